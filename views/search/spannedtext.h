#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRect;

// Draws text with highlighted spans (flattened start, length pairs) for the paper list: one elided
// line that always shows its first match, or a few word-wrapped lines whose last is elided.
namespace SpannedText {

// Corpus text as one display line: TeX rendered to Unicode (spans follow), white space collapsed.
QString displayLine(const QString &text, QList<int> *spans = nullptr);

// The text one line of `width` pixels shows: elided at the end, and when the first match would
// fall behind the ellipsis, started a few words before that match with a leading "…" (spans follow).
QString visibleLine(const QString &text, QList<int> *spans, const QFont &font, int width);
void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
              const QFont &font, const QColor &mark);

// The lines `text` wraps to in `width` pixels, at most maxLines, the first indented by firstIndent;
// a last line that does not hold the rest ends in an ellipsis.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines, int firstIndent = 0);
// Draws wrappedLines() with the spans highlighted; returns the number of lines drawn.
int drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
                const QFont &font, const QColor &mark, int maxLines, int firstIndent = 0);

} // namespace SpannedText
