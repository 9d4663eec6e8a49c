#include "text/texmathfinder.h"

#include <algorithm>
#include <limits>

TexMathFinder::TexMathFinder(QStringView text, qsizetype maxLength) : m_text(text), m_maxLength(maxLength) { }

void TexMathFinder::build() const
{
    m_built = true;
    const QStringView text = m_text;
    const qsizetype n = text.size();
    // Only the positions of dollars and marks are kept (a table per character cost three ints a
    // character and most of the TeX fuzz target's time in allocation and page faults), found with
    // Qt's indexOf rather than a look at every character. A backslash escapes the next character
    // unless it is escaped itself: a dollar after an odd run of backslashes is escaped. Math starts
    // right after a '$', never inside a run of backslashes, so this does not depend on where a scan
    // starts.
    for (qsizetype i = text.indexOf(u'$'); i >= 0; i = text.indexOf(u'$', i + 1)) {
        qsizetype run = 0;
        while (run < i && text[i - run - 1] == u'\\')
            ++run;
        if (run % 2)
            continue;
        m_dollars.push_back(qint32(i));
        if (!(i + 1 < n && text[i + 1].isDigit()))
            m_closingDollars.push_back(qint32(i));
    }
    const QChar marks[] = {u'\\', u'^', u'_'};
    for (int m = 0; m < 3; ++m) {
        for (qsizetype i = text.indexOf(marks[m]); i >= 0; i = text.indexOf(marks[m], i + 1))
            m_texMarks[m].push_back(qint32(i));
    }
}

qsizetype TexMathFinder::next(const std::vector<qint32> &positions, qsizetype from) const
{
    if (from < 0)
        return -1;
    const auto it = std::lower_bound(positions.begin(), positions.end(), from);
    return it == positions.end() ? -1 : *it;
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
        const qsizetype i = within(next(m_dollars, from));
        return i >= 0 && i + 1 < m_text.size() && m_text[i + 1] == u'$' ? i : -1;
    }
    // The first dollar not before a digit closes; so does any dollar after a TeX mark in the math.
    qsizetype close = within(next(m_closingDollars, from));
    qsizetype firstMark = -1;
    for (const std::vector<qint32> &marks : m_texMarks) {
        const qsizetype mark = next(marks, from);
        if (mark >= 0 && (firstMark < 0 || mark < firstMark))
            firstMark = mark;
    }
    if (const qsizetype mark = within(firstMark); mark >= 0) {
        const qsizetype afterMark = within(next(m_dollars, mark + 1));
        if (afterMark >= 0 && (close < 0 || afterMark < close))
            close = afterMark;
    }
    return close;
}
