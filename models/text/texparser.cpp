#include "text/texparser.h"

#include "text/texmathfinder.h"
#include "text/texsymbols.h"

#include <algorithm>
#include <string_view>

namespace {
constexpr qsizetype kMaxMathLength = 2000; // a "$" with no closing one this close is a literal dollar
// Nesting deeper than this (\bm\bm…, {{{…) is not real TeX: the construct is shown as written.
// Each nested group, command and argument counts once, so a real formula has room for 20 levels.
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxBracedLength = 2000; // a \url{ with no closing brace this close is not a URL

// A character parseSequence copies as it is.
bool isPlain(QChar c, bool math)
{
    return c != u'{' && c != u'}' && c != u'$' && c != u'\\' && c != u'~' && !c.isSpace() && !(math && (c == u'^' || c == u'_'));
}

// Counts one level of recursion for as long as it lives: every recursive parse function holds one,
// so no input nests deeper than kMaxDepth whichever way it recurses.
struct DepthGuard
{
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;
    int &m_depth;
};

TexNode textNode(QString text, TexNode::Kind kind = TexNode::Text)
{
    return TexNode{kind, std::move(text), {}};
}

TexNode wrapNode(TexNode::Kind kind, TexNode child, const QString &text = {})
{
    TexNode n{kind, text, {}};
    n.children.push_back(std::move(child));
    return n;
}

QString flatten(const TexNode &n)
{
    QString out = n.text;
    for (const TexNode &c : n.children)
        out += flatten(c);
    return out;
}

// A short list compared in place: a hash lookup needed a QString of the name for every command.
TexNode::Kind styleFor(QStringView name)
{
    static constexpr struct
    {
        std::u16string_view name;
        TexNode::Kind kind;
    } styles[] = {
        {u"mathbf", TexNode::Bold},        {u"boldsymbol", TexNode::Bold}, {u"bm", TexNode::Bold},
        {u"textbf", TexNode::Bold},        {u"mathit", TexNode::Italic},   {u"textit", TexNode::Italic},
        {u"emph", TexNode::Italic},        {u"textsl", TexNode::Italic},   {u"texttt", TexNode::Mono},
        {u"mathtt", TexNode::Mono},        {u"mathrm", TexNode::Group},    {u"text", TexNode::Group},
        {u"textrm", TexNode::Group},       {u"mathsf", TexNode::Group},    {u"textsf", TexNode::Group},
        {u"operatorname", TexNode::Group}, {u"mbox", TexNode::Group},      {u"underline", TexNode::Group},
        {u"textnormal", TexNode::Group},   {u"sqrt", TexNode::Sqrt},
    };
    for (const auto &style : styles) {
        if (QStringView(style.name) == name)
            return style.kind;
    }
    return TexNode::Raw;
}

// "$ \pm n $" shows as "± n": spaces just inside the dollars are layout, not content.
void trimSpaces(std::vector<TexNode> &nodes)
{
    if (!nodes.empty() && nodes.front().kind == TexNode::Text) {
        QString &t = nodes.front().text;
        while (t.startsWith(u' '))
            t.remove(0, 1);
    }
    if (!nodes.empty() && nodes.back().kind == TexNode::Text) {
        QString &t = nodes.back().text;
        while (t.endsWith(u' '))
            t.chop(1);
    }
}
} // namespace

bool TexParser::mightContainTex(QStringView text)
{
    return text.contains(u'$') || text.contains(u'\\');
}

std::vector<TexSegment> TexParser::parse(QStringView s)
{
    std::vector<TexSegment> segments;
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainStart)
            segments.push_back({plainStart, to, true, {textNode(s.sliced(plainStart, to - plainStart).toString())}});
    };
    const TexMathFinder finder(s, kMaxMathLength);
    // Only a dollar or a backslash starts anything: the scan jumps between them (Qt's indexOf),
    // rather than looking at every character of the prose between.
    qsizetype nextDollar = -1, nextBackslash = -1; // cached; the text's size when there is none
    auto next = [&](QChar c, qsizetype &cached, qsizetype from) {
        if (cached < from) {
            const qsizetype at = s.indexOf(c, from);
            cached = at < 0 ? s.size() : at;
        }
        return cached;
    };
    auto nextSpecial = [&](qsizetype from) {
        return std::min(next(u'$', nextDollar, from), next(u'\\', nextBackslash, from));
    };
    qsizetype i = 0;
    while ((i = nextSpecial(i)) < s.size()) {
        if (s[i] == u'$') {
            const bool display = i + 1 < s.size() && s[i + 1] == u'$';
            const qsizetype open = display ? 2 : 1;
            const qsizetype close = finder.findClose(i + open, display);
            if (close < 0) {
                i += open;
                continue;
            }
            flushPlain(i);
            TexParser p(s, close);
            p.m_pos = i + open;
            TexSegment seg{i, close + open, false, {}};
            if (!p.parseSequence(seg.nodes, true, QChar()) || p.m_pos != close)
                seg.nodes = {textNode(s.sliced(i, close + open - i).toString(), TexNode::Raw)};
            else
                trimSpaces(seg.nodes);
            segments.push_back(std::move(seg));
            i = plainStart = close + open;
        } else if (s[i] == u'\\') {
            TexParser p(s, s.size());
            p.m_pos = i;
            std::vector<TexNode> nodes;
            if (!p.parseCommand(nodes, false)) {
                // Unknown: the command stays in the plain text as written. Too deep: so does all of
                // it up to where the bound was hit, which is not tried again level by level (that
                // made 33,000 \bm take seconds).
                i = p.m_tooDeep ? std::max(i + 2, p.m_pos) : i + 2;
                continue;
            }
            flushPlain(i);
            segments.push_back({i, p.m_pos, false, std::move(nodes)});
            i = plainStart = p.m_pos;
        }
    }
    flushPlain(s.size());
    return segments;
}

bool TexParser::tooDeep()
{
    if (m_depth > kMaxDepth)
        m_tooDeep = true;
    return m_tooDeep;
}

void TexParser::appendText(std::vector<TexNode> &out, QStringView text)
{
    if (!out.empty() && out.back().kind == TexNode::Text)
        out.back().text += text;
    else
        out.push_back(textNode(text.toString()));
}

bool TexParser::parseSequence(std::vector<TexNode> &out, bool math, QChar close)
{
    const DepthGuard guard(m_depth);
    if (tooDeep())
        return false;
    while (m_pos < m_end) {
        const QChar c = m_src[m_pos];
        if (!close.isNull() && c == close) {
            ++m_pos;
            return true;
        }
        if (c == u'}' || c == u'$')
            return false;
        if (c == u'{') {
            ++m_pos;
            TexNode group{TexNode::Group, {}, {}};
            if (!parseSequence(group.children, math, u'}'))
                return false;
            out.push_back(std::move(group));
        } else if (c == u'\\') {
            if (!parseCommand(out, math))
                return false;
        } else if (math && (c == u'^' || c == u'_')) {
            if (!parseScript(out, c == u'^' ? TexNode::Sup : TexNode::Sub))
                return false;
        } else if (c.isSpace() || c == u'~') {
            while (m_pos < m_end && (m_src[m_pos].isSpace() || m_src[m_pos] == u'~'))
                ++m_pos;
            appendText(out, u" ");
        } else {
            // Plain characters run on: append the whole run at once, not a string per character.
            const qsizetype start = m_pos;
            while (m_pos < m_end && isPlain(m_src[m_pos], math))
                ++m_pos;
            appendText(out, m_src.sliced(start, m_pos - start));
        }
    }
    return close.isNull();
}

QStringView TexParser::commandName()
{
    ++m_pos; // the backslash
    const qsizetype start = m_pos;
    while (m_pos < m_end && m_src[m_pos].isLetter() && m_src[m_pos].unicode() < 128)
        ++m_pos;
    if (m_pos == start && m_pos < m_end)
        ++m_pos; // a control symbol: \% \{ \, …
    return m_src.sliced(start, m_pos - start);
}

QString TexParser::readBraced()
{
    while (m_pos < m_end && m_src[m_pos] == u' ')
        ++m_pos;
    if (m_pos >= m_end || m_src[m_pos] != u'{')
        return {};
    const qsizetype close = m_src.sliced(m_pos, std::min(m_end - m_pos, kMaxBracedLength)).indexOf(u'}');
    if (close < 0)
        return {};
    const QString inner = m_src.sliced(m_pos + 1, close - 1).toString();
    m_pos += close + 1;
    return inner.isNull() ? u""_qs : inner;
}

bool TexParser::parseArgument(TexNode &out, bool math)
{
    const DepthGuard guard(m_depth);
    if (tooDeep())
        return false;
    while (m_pos < m_end && m_src[m_pos] == u' ')
        ++m_pos;
    if (m_pos >= m_end)
        return false;
    out = TexNode{TexNode::Group, {}, {}};
    const QChar c = m_src[m_pos];
    if (c == u'{') {
        ++m_pos;
        return parseSequence(out.children, math, u'}');
    }
    if (c == u'\\')
        return parseCommand(out.children, math) && !out.children.empty();
    if (c == u'}' || c == u'$' || c == u'^' || c == u'_')
        return false;
    // One character, which may be two UTF-16 units: splitting a surrogate pair would leave each half
    // alone on either side of the markup (invalid text; found by fuzz_texconverter).
    const qsizetype units = c.isHighSurrogate() && m_pos + 1 < m_end && m_src[m_pos + 1].isLowSurrogate() ? 2 : 1;
    out.children.push_back(textNode(m_src.sliced(m_pos, units).toString()));
    m_pos += units;
    return true;
}

bool TexParser::parseScript(std::vector<TexNode> &out, TexNode::Kind kind)
{
    ++m_pos;
    TexNode arg;
    if (!parseArgument(arg, true))
        return false;
    out.push_back(wrapNode(kind, std::move(arg)));
    return true;
}

bool TexParser::parseCommand(std::vector<TexNode> &out, bool math)
{
    const DepthGuard guard(m_depth);
    if (tooDeep())
        return false;
    const QStringView name = commandName();
    if (name.isEmpty())
        return false;
    if (name.size() == 1 && !name[0].isLetter()) {
        static const QString escaped = u"%$_&#{}"_qs;
        if (escaped.contains(name))
            appendText(out, name);
        else if (name == u" " || name == u"," || name == u";" || name == u":")
            appendText(out, u" ");
        else if (name == u"|")
            appendText(out, u"‖");
        else if (name != u"!")
            return false;
        return true;
    }
    if (const QString sym = TexSymbols::symbol(name); !sym.isNull()) {
        appendText(out, sym);
        while (!math && m_pos < m_end && m_src[m_pos] == u' ') // as in TeX, a control word ends at its spaces
            ++m_pos;
        return true;
    }
    if (TexSymbols::isIgnoredSwitch(name)) {
        while (m_pos < m_end && m_src[m_pos] == u' ')
            ++m_pos;
        return true;
    }
    if (name == u"url") {
        const QString url = readBraced();
        if (url.isNull())
            return false;
        out.push_back(TexNode{TexNode::Link, url, {}});
        return true;
    }
    if (name == u"href") {
        const QString url = readBraced();
        TexNode label;
        if (url.isNull() || !parseArgument(label, false))
            return false;
        out.push_back(wrapNode(TexNode::Link, std::move(label), url));
        return true;
    }
    TexNode arg;
    if (const TexNode::Kind style = styleFor(name); style != TexNode::Raw) {
        const bool textMode = name.startsWith(u"text") || name == u"emph" || name == u"mbox";
        if (!parseArgument(arg, math && !textMode))
            return false;
        out.push_back(wrapNode(style, std::move(arg)));
        return true;
    }
    if (!math)
        return false;
    return parseMathCommand(out, name);
}

bool TexParser::parseMathCommand(std::vector<TexNode> &out, QStringView name)
{
    TexNode arg;
    if (name == u"mathbb" || name == u"mathcal" || name == u"mathscr") {
        if (!parseArgument(arg, true))
            return false;
        QString letters;
        for (const QChar c : flatten(arg))
            letters += name == u"mathbb" ? TexSymbols::blackboard(c) : TexSymbols::calligraphic(c);
        appendText(out, letters);
        return true;
    }
    if (name == u"frac" || name == u"dfrac" || name == u"tfrac") {
        TexNode den;
        if (!parseArgument(arg, true) || !parseArgument(den, true))
            return false;
        TexNode frac = wrapNode(TexNode::Frac, std::move(arg));
        frac.children.push_back(std::move(den));
        out.push_back(std::move(frac));
        return true;
    }
    if (const QString mark = TexSymbols::accent(name); !mark.isNull()) {
        if (!parseArgument(arg, true))
            return false;
        out.push_back(wrapNode(TexNode::Accent, std::move(arg), mark));
        return true;
    }
    return false;
}
