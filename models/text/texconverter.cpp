#include "text/texconverter.h"

#include "text/texparser.h"
#include "text/texsymbols.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString plain(const TexNode &n);

QString plainChildren(const TexNode &n)
{
    QString out;
    for (const TexNode &c : n.children)
        out += plain(c);
    return out;
}

int codePoints(const QString &s)
{
    return int(s.toUcs4().size());
}

// Roots and scripts of more than one symbol get parentheses (√(nT), x^(a/b)); fraction parts only
// when they hold an operator (a/(b+c), but 1/√n).
bool needsParentheses(const QString &s, bool operatorsOnly = false)
{
    if (codePoints(s) <= 1 || (s.startsWith(u'(') && s.endsWith(u')')))
        return false;
    static const QString operators = u" +-−±·×/,=<>∣"_qs;
    return !operatorsOnly || std::any_of(s.begin(), s.end(), [](QChar c) { return operators.contains(c); });
}

QString parenthesized(const QString &s, bool operatorsOnly = false)
{
    return needsParentheses(s, operatorsOnly) ? u'(' + s + u')' : s;
}

QString script(const QString &text, bool up)
{
    QString mapped;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        const QChar m = up ? TexSymbols::superscript(c) : TexSymbols::subscript(c);
        if (m.isNull())
            return (up ? u'^' : u'_') + parenthesized(text.trimmed());
        mapped += m;
    }
    return mapped;
}

bool isWebAddress(const QString &url)
{
    return url.startsWith(u"https://") || url.startsWith(u"http://");
}

QString plain(const TexNode &n)
{
    switch (n.kind) {
    case TexNode::Text:
    case TexNode::Raw:
        return n.text;
    case TexNode::Sup:
    case TexNode::Sub:
        return script(plainChildren(n), n.kind == TexNode::Sup);
    case TexNode::Sqrt:
        return u'√' + parenthesized(plainChildren(n));
    case TexNode::Frac:
        return parenthesized(plain(n.children[0]), true) + u'/' + parenthesized(plain(n.children[1]), true);
    case TexNode::Accent:
        return (plainChildren(n) + n.text).normalized(QString::NormalizationForm_C);
    case TexNode::Link: {
        const QString label = plainChildren(n);
        return !label.isEmpty() ? label : !n.text.isEmpty() ? n.text : QCoreApplication::translate("TexConverter", "[link]");
    }
    default:
        return plainChildren(n);
    }
}

QString html(const TexNode &n, const TexConverter::Escaper &escape);

QString htmlChildren(const TexNode &n, const TexConverter::Escaper &escape)
{
    QString out;
    for (const TexNode &c : n.children)
        out += html(c, escape);
    return out;
}

QString tagged(const char *tag, const QString &inner)
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), inner);
}

QString html(const TexNode &n, const TexConverter::Escaper &escape)
{
    switch (n.kind) {
    case TexNode::Text:
    case TexNode::Raw:
        return escape(n.text);
    case TexNode::Sup:
        return tagged("sup", htmlChildren(n, escape));
    case TexNode::Sub:
        return tagged("sub", htmlChildren(n, escape));
    case TexNode::Bold:
        return tagged("b", htmlChildren(n, escape));
    case TexNode::Italic:
        return tagged("i", htmlChildren(n, escape));
    case TexNode::Mono:
        return tagged("code", htmlChildren(n, escape));
    case TexNode::Sqrt:
        if (codePoints(plainChildren(n)) <= 1)
            return u'√' + htmlChildren(n, escape);
        return u"√<span style=\"text-decoration:overline\">"_qs + htmlChildren(n, escape) + u"</span>"_qs;
    case TexNode::Frac: {
        auto part = [&](const TexNode &c) {
            return needsParentheses(plain(c), true) ? u'(' + html(c, escape) + u')' : html(c, escape);
        };
        return part(n.children[0]) + u'/' + part(n.children[1]);
    }
    case TexNode::Accent:
        return htmlChildren(n, escape) + escape(n.text);
    case TexNode::Link: {
        const QString label = n.children.empty() ? escape(plain(n)) : htmlChildren(n, escape);
        if (!isWebAddress(n.text))
            return label;
        return u"<a href=\""_qs + n.text.toHtmlEscaped() + u"\">"_qs + label + u"</a>"_qs;
    }
    default:
        return htmlChildren(n, escape);
    }
}
} // namespace

QString TexConverter::toHtml(const QString &text, const Escaper &escape)
{
    if (!TexParser::mightContainTex(text))
        return escape ? escape(text) : text.toHtmlEscaped();
    return toHtml(TexParser::parse(text), escape);
}

QString TexConverter::toHtml(const std::vector<TexSegment> &segments, const Escaper &escape)
{
    // Most pieces have nothing to escape: they are shared as they are, not copied.
    const Escaper esc = escape ? escape : [](const QString &s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c == u'<' || c == u'>' || c == u'&' || c == u'"'; })
            ? s.toHtmlEscaped()
            : s;
    };
    QString out;
    for (const TexSegment &seg : segments) {
        for (const TexNode &n : seg.nodes)
            out += html(n, esc);
    }
    return out;
}

namespace {
struct Mapped
{
    qsizetype srcBegin, srcEnd, outBegin, outEnd;
    bool verbatim;
};

// The segments tile the source in order, so the one holding pos is found by binary search (a scan
// per span made mapping every span of a long abstract quadratic).
qsizetype mapPosition(const std::vector<Mapped> &map, qsizetype pos, bool isEnd)
{
    const auto it = isEnd ? std::lower_bound(map.begin(), map.end(), pos,
                                             [](const Mapped &m, qsizetype p) { return m.srcEnd < p; })
                          : std::upper_bound(map.begin(), map.end(), pos,
                                             [](qsizetype p, const Mapped &m) { return p < m.srcEnd; });
    if (it != map.end() && (isEnd ? (pos > it->srcBegin && pos <= it->srcEnd) : (pos >= it->srcBegin && pos < it->srcEnd)))
        return it->verbatim ? it->outBegin + (pos - it->srcBegin) : (isEnd ? it->outEnd : it->outBegin);
    return map.empty() ? 0 : map.back().outEnd;
}
} // namespace

QString TexConverter::toPlainText(const QString &text, QList<int> *spans)
{
    if (!TexParser::mightContainTex(text))
        return text;
    return toPlainText(TexParser::parse(text), spans);
}

QString TexConverter::toPlainText(const std::vector<TexSegment> &segments, QList<int> *spans)
{
    QString out;
    std::vector<Mapped> map;
    map.reserve(segments.size());
    for (const TexSegment &seg : segments) {
        const qsizetype begin = out.size();
        for (const TexNode &n : seg.nodes)
            out += plain(n);
        map.push_back({seg.srcBegin, seg.srcEnd, begin, out.size(), seg.verbatim});
    }
    if (spans) {
        QList<int> mapped;
        mapped.reserve(spans->size());
        for (qsizetype i = 0; i + 1 < spans->size(); i += 2) {
            const qsizetype start = mapPosition(map, spans->at(i), false);
            const qsizetype end = mapPosition(map, spans->at(i) + spans->at(i + 1), true);
            if (end > start)
                mapped << int(start) << int(end - start);
        }
        *spans = mapped;
    }
    return out;
}
