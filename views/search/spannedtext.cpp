#include "search/spannedtext.h"

#include "text/texconverter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace SpannedText {

namespace {
constexpr int kContextWords = 3; // words kept before a match that had to be scrolled into view

// Spans moved by delta and clipped to [0, length).
QList<int> shifted(const QList<int> &spans, int delta, int length)
{
    QList<int> out;
    for (qsizetype i = 0; i + 1 < spans.size(); i += 2) {
        const int start = std::max(0, spans[i] + delta);
        const int end = std::min(length, spans[i] + spans[i + 1] + delta);
        if (start < end)
            out << start << end - start;
    }
    return out;
}

// Lays text out with spans marked and draws it at origin, clipped to clip.
void drawLaidOut(QPainter *painter, const QRect &clip, QPointF origin, const QString &text, const QList<int> &spans,
                 const QFont &font, const QColor &mark, qreal lineWidth)
{
    QTextLayout layout(text, font);
    QList<QTextLayout::FormatRange> formats;
    const QList<int> clipped = shifted(spans, 0, int(text.size()));
    for (qsizetype k = 0; k + 1 < clipped.size(); k += 2) {
        QTextLayout::FormatRange range;
        range.start = clipped[k];
        range.length = clipped[k + 1];
        range.format.setBackground(mark);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(lineWidth); // the text was cut to fit; never wrap it
    layout.endLayout();
    painter->save();
    painter->setClipRect(clip, Qt::IntersectClip);
    layout.draw(painter, origin);
    painter->restore();
}
} // namespace

QString displayLine(const QString &text, QList<int> *spans)
{
    QString line = TexConverter::toPlainText(text, spans);
    // Same length in, same length out, so spans stay valid.
    for (QChar &c : line) {
        if (c.isSpace())
            c = u' ';
    }
    return line;
}

QString visibleLine(const QString &text, QList<int> *spans, const QFont &font, int width)
{
    const QFontMetrics fm(font);
    QString elided = fm.elidedText(text, Qt::ElideRight, width);
    const QList<int> original = spans ? *spans : QList<int>();
    const bool cutsMatch = original.size() >= 2 && elided.size() < text.size()
        && original[0] + original[1] > elided.size() - 1;
    if (!cutsMatch) {
        if (spans)
            *spans = shifted(original, 0, int(elided.size()));
        return elided;
    }
    // Start a few words before the match, so it shows with some context.
    qsizetype start = original[0];
    for (int words = 0; words < kContextWords && start > 0; ++words) {
        const qsizetype space = text.lastIndexOf(u' ', std::max<qsizetype>(0, start - 2));
        start = space < 0 ? 0 : space + 1;
    }
    while (start < original[0] && fm.horizontalAdvance(u'…' + text.left(original[0] + original[1]).mid(start)) > width) {
        const qsizetype space = text.indexOf(u' ', start + 1);
        start = (space < 0 || space >= original[0]) ? original[0] : space + 1;
    }
    elided = fm.elidedText(u'…' + text.mid(start), Qt::ElideRight, width);
    if (spans)
        *spans = shifted(original, 1 - int(start), int(elided.size()));
    return elided;
}

void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
              const QFont &font, const QColor &mark)
{
    const QFontMetrics fm(font);
    QList<int> shown = spans;
    const QString visible = visibleLine(text, &shown, font, rect.width());
    const qreal y = rect.top() + (rect.height() - fm.height()) / 2.0;
    drawLaidOut(painter, rect, QPointF(rect.left(), y), visible, shown, font, mark, rect.width() + fm.averageCharWidth());
}

QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines, int firstIndent)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max(1, lines.isEmpty() ? width - firstIndent : width));
        lines << text.mid(line.textStart(), line.textLength());
        if (lines.size() == maxLines && line.textStart() + line.textLength() < text.size()) {
            const int lastWidth = maxLines == 1 ? width - firstIndent : width;
            lines.last() = fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, std::max(1, lastWidth));
        }
    }
    layout.endLayout();
    return lines;
}

int drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
                const QFont &font, const QColor &mark, int maxLines, int firstIndent)
{
    const QFontMetrics fm(font);
    const QStringList lines = wrappedLines(text, font, rect.width(), maxLines, firstIndent);
    int offset = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int indent = i == 0 ? firstIndent : 0;
        const QRect lineRect(rect.left() + indent, rect.top() + i * fm.lineSpacing(), rect.width() - indent, fm.height());
        drawLaidOut(painter, lineRect.intersected(rect), lineRect.topLeft(), lines[i],
                    shifted(spans, -offset, int(lines[i].size())), font, mark, lineRect.width() + fm.averageCharWidth());
        offset += int(lines[i].size());
    }
    return int(lines.size());
}

} // namespace SpannedText
