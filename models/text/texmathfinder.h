#pragma once

#include <QStringView>

#include <vector>

// Finds where $…$ and $$…$$ math closes, in logarithmic time per dollar after one linear pass over
// the text (a scan per dollar made `$1$1$1…` quadratic: 11 s for 64 KB). The rules: a backslash escapes
// the next character; a single dollar right before a digit does not close math ("$5 and $10")
// unless what it would close holds \, ^ or _ ("256$\times$256"); no math is longer than maxLength.
class TexMathFinder
{
public:
    TexMathFinder(QStringView text, qsizetype maxLength);

    // Position of the closing delimiter of math whose content starts at `from` (just after the
    // opening "$" or "$$"), or -1 when there is none within maxLength.
    qsizetype findClose(qsizetype from, bool display) const;

private:
    void build() const;
    // The first of `positions` (sorted) at or after `from`, or -1.
    qsizetype next(const std::vector<qint32> &positions, qsizetype from) const;

    QStringView m_text;
    qsizetype m_maxLength;
    // Built on the first findClose(): most text has no dollar at all. Positions fit 32 bits: an
    // abstract is at most a line (100 KB); longer text is never math (see findClose).
    mutable bool m_built = false;
    mutable std::vector<qint32> m_dollars;        // unescaped '$'
    mutable std::vector<qint32> m_closingDollars; // ... not followed by a digit
    mutable std::vector<qint32> m_texMarks[3];    // '\\', '^' and '_', one list each
};
