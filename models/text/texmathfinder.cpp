#include "text/texmathfinder.h"

#include <algorithm>
#include <limits>

TexMathFinder::TexMathFinder(QStringView text, qsizetype maxLength) : m_text(text), m_maxLength(maxLength) { }

void TexMathFinder::build() const
{
    m_built = true;
    const QStringView text = m_text;
    const qsizetype n = text.size();
    // Which characters a backslash escapes. Math starts right after a '$', never inside a run of
    // backslashes, so this does not depend on where a scan starts.
    std::vector<bool> escaped(size_t(n), false);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (text[i] == u'\\' && !escaped[size_t(i)])
            escaped[size_t(i + 1)] = true;
    }
    m_nextDollar.assign(size_t(n) + 1, -1);
    m_nextClosingDollar.assign(size_t(n) + 1, -1);
    m_nextTexMark.assign(size_t(n) + 1, -1);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const auto at = size_t(i);
        const QChar c = text[i];
        const bool dollar = c == u'$' && !escaped[at];
        const auto pos = qint32(i);
        m_nextDollar[at] = dollar ? pos : m_nextDollar[at + 1];
        m_nextClosingDollar[at] = dollar && !(i + 1 < n && text[i + 1].isDigit()) ? pos : m_nextClosingDollar[at + 1];
        m_nextTexMark[at] = c == u'\\' || c == u'^' || c == u'_' ? pos : m_nextTexMark[at + 1];
    }
}

qsizetype TexMathFinder::next(const std::vector<qint32> &table, qsizetype from) const
{
    return from >= 0 && from < qsizetype(table.size()) ? table[size_t(from)] : -1;
}

qsizetype TexMathFinder::findClose(qsizetype from, bool display) const
{
    if (m_text.size() >= std::numeric_limits<qint32>::max())
        return -1; // no abstract is that long; such text is shown as written
    if (!m_built)
        build();
    const qsizetype limit = std::min(m_text.size(), from + m_maxLength);
    auto within = [limit](qsizetype pos) { return pos >= 0 && pos < limit ? pos : -1; };
    if (display) {
        const qsizetype i = within(next(m_nextDollar, from));
        return i >= 0 && i + 1 < m_text.size() && m_text[i + 1] == u'$' ? i : -1;
    }
    // The first dollar not before a digit closes; so does any dollar after a TeX mark in the math.
    qsizetype close = within(next(m_nextClosingDollar, from));
    if (const qsizetype mark = within(next(m_nextTexMark, from)); mark >= 0) {
        const qsizetype afterMark = within(next(m_nextDollar, mark + 1));
        if (afterMark >= 0 && (close < 0 || afterMark < close))
            close = afterMark;
    }
    return close;
}
