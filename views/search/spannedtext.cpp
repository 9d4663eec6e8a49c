#include "search/spannedtext.h"

#include "text/texconverter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace SpannedText {

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

void drawLine(QPainter *painter, const QRect &rect, const QString &text, const QList<int> &spans,
              const QFont &font, const QColor &mark)
{
    const QFontMetrics fm(font);
    const QString elided = fm.elidedText(text, Qt::ElideRight, rect.width());
    QTextLayout layout(elided, font);
    QList<QTextLayout::FormatRange> formats;
    for (qsizetype i = 0; i + 1 < spans.size(); i += 2) {
        const int start = spans[i];
        const int end = std::min<int>(spans[i] + spans[i + 1], int(elided.size()));
        if (start < 0 || start >= end)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = end - start;
        range.format.setBackground(mark);
        formats.append(range);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width() + fm.averageCharWidth()); // the elided text fits; never wrap it
    layout.endLayout();
    const qreal y = rect.top() + (rect.height() - fm.height()) / 2.0;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

int drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QFont &font, int maxLines)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    qsizetype lastStart = 0;
    qreal y = rect.top();
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y - rect.top()));
        lastStart = line.textStart();
        y += fm.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    const QTextLine last = lines > 0 ? layout.lineAt(lines - 1) : QTextLine();
    const bool cut = last.isValid() && last.textStart() + last.textLength() < text.size();
    for (int i = 0; i < lines - (cut ? 1 : 0); ++i)
        layout.lineAt(i).draw(painter, QPointF(rect.left(), rect.top()));
    if (cut) {
        const QString rest = fm.elidedText(text.mid(lastStart), Qt::ElideRight, rect.width());
        painter->setFont(font);
        painter->drawText(QRect(rect.left(), rect.top() + int(last.y()), rect.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, rest);
    }
    painter->restore();
    return lines;
}

} // namespace SpannedText
