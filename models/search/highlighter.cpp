#include "search/highlighter.h"

#include "search/tokenizer.h"

Highlighter::Highlighter(const SearchQuery &query)
{
    for (const SearchQuery::Clause &c : query.clauses) {
        if (!c.excluded)
            m_phrases.append(c.alternatives);
    }
}

QList<int> Highlighter::spans(QStringView text, quint8 fields) const
{
    if (m_phrases.isEmpty() || text.isEmpty())
        return {};
    const QList<Tokenizer::Token> tokens = Tokenizer::tokenize(text);
    QList<bool> marked(tokens.size(), false);
    for (const SearchQuery::Phrase &p : m_phrases) {
        if (!(p.fields & fields) || p.words.isEmpty())
            continue;
        const qsizetype n = p.words.size();
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            qsizetype k = 0;
            for (; k < n; ++k) {
                const QByteArray &t = tokens[i + k].folded;
                const bool prefix = k == n - 1 && p.lastIsPrefix;
                if (prefix ? !t.startsWith(p.words[k]) : t != p.words[k])
                    break;
            }
            if (k == n)
                std::fill(marked.begin() + i, marked.begin() + i + n, true);
        }
    }
    QList<int> out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (marked[i])
            out << int(tokens[i].start) << int(tokens[i].length);
    }
    return out;
}

QString Highlighter::toHtml(QStringView text, quint8 fields) const
{
    return toHtml(text, spans(text, fields), m_markCss);
}

QString Highlighter::toHtml(QStringView text, const QList<int> &spans, const QString &markCss)
{
    const QString open = markCss.isEmpty() ? QStringLiteral("<b>")
                                           : QStringLiteral("<span style='background-color:%1'>").arg(markCss.toHtmlEscaped());
    const QString close = markCss.isEmpty() ? QStringLiteral("</b>") : QStringLiteral("</span>");
    QString html;
    qsizetype pos = 0;
    for (qsizetype k = 0; k + 1 < spans.size(); k += 2) {
        const qsizetype start = qBound<qsizetype>(pos, spans[k], text.size());
        const qsizetype end = qBound<qsizetype>(start, start + spans[k + 1], text.size());
        html += text.sliced(pos, start - pos).toString().toHtmlEscaped();
        html += open + text.sliced(start, end - start).toString().toHtmlEscaped() + close;
        pos = end;
    }
    html += text.sliced(pos).toString().toHtmlEscaped();
    return html;
}
