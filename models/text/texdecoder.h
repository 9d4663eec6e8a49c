#pragma once

#include <QString>
#include <QStringView>

// Decodes the TeX that bibliographic sources put in names and titles to plain Unicode: accents
// (\"o, {\'e}, \c{c}, \v s), special letters ({\ss}, \o, \ae, \i), escapes (\&, \%, \_), dashes
// (-- and ---), ties (~) and grouping braces. Math ($…$) is kept verbatim so that TexConverter
// can still render it. Iterative, so no input nests deeper than the stack allows.
class TexDecoder
{
public:
    static QString decode(QStringView tex);
    // True when decode() would change the text (a backslash, brace, tilde or double dash).
    static bool needsDecoding(QStringView text);
    // QString::normalized(NormalizationForm_C), in pieces cut before characters that never compose
    // with what precedes them: Qt 6.4 composes a long text of marks in quadratic time (400,000
    // accented letters: 3.7 s), pieces of a few thousand characters take linear time.
    static QString composed(const QString &text);
};
