#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QPainter;
class QRect;

// Draws text with highlighted spans (flattened start, length pairs) for the paper list: one elided
// line, or a few word-wrapped lines whose last is elided.
namespace SpannedText {

// Corpus text as one display line: TeX rendered to Unicode (spans follow), white space collapsed.
QString displayLine(const QString &text, QList<int> *spans = nullptr);

void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
              const QFont &font, const QColor &mark);
// Returns the number of lines drawn.
int drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, int maxLines);

} // namespace SpannedText
