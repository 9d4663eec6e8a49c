#include "facets/yearhistogram.h"

#include "facets/fieldfacetmodel.h"
#include "widgets/appearance.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

YearHistogram::YearHistogram(FieldFacetModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("yearHistogram"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Years"));
    setMouseTracking(true);
    setToolTip(tr("Left/Right choose a year, Shift extends a range, Enter applies, Esc clears"));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int n = m_model->rowCount();
        if (n == 0) {
            m_cursor = m_anchor = -1;
        } else if (m_cursor < 0 || m_cursor >= n) {
            m_cursor = m_anchor = n - 1;
            int first = 0, last = 0;
            if (m_model->selection().yearRange(&first, &last)) {
                m_anchor = std::max(0, m_model->rowOfTerm(QString::number(first)));
                m_cursor = std::max(0, m_model->rowOfTerm(QString::number(last)));
            }
        }
        updateAccessibleText();
        update();
    });
}

QSize YearHistogram::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 2 + 72};
}

QSize YearHistogram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().height() * 2 + 56};
}

int YearHistogram::yearOf(int bar) const
{
    return bar < 0 ? 0 : m_model->index(bar).data(FieldFacetModel::TermRole).toInt();
}

int YearHistogram::cursorFirstYear() const
{
    return yearOf(std::min(m_cursor, m_anchor));
}

int YearHistogram::cursorLastYear() const
{
    return yearOf(std::max(m_cursor, m_anchor));
}

QRect YearHistogram::barsRect() const
{
    const int label = fontMetrics().height();
    return rect().adjusted(4, label + 4, -4, -label - 4);
}

int YearHistogram::barAt(int x) const
{
    const int n = m_model->rowCount();
    const QRect r = barsRect();
    if (n == 0 || r.width() <= 0)
        return -1;
    return std::clamp((x - r.left()) * n / std::max(1, r.width()), 0, n - 1);
}

void YearHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int n = m_model->rowCount();
    const QRect r = barsRect();
    if (n == 0 || r.width() <= 0)
        return;
    int maxCount = 1;
    for (int i = 0; i < n; ++i)
        maxCount = std::max(maxCount, m_model->index(i).data(FieldFacetModel::CorpusCountRole).toInt());
    int first = 0, last = 0;
    const bool chosen = m_model->selection().yearRange(&first, &last);
    const QColor accent = Appearance::accent(Appearance::Accent::Include, palette());
    QColor plain = palette().color(QPalette::Text);
    plain.setAlphaF(0.35);
    const int lo = std::min(m_cursor, m_anchor), hi = std::max(m_cursor, m_anchor);
    const double w = double(r.width()) / n;
    for (int i = 0; i < n; ++i) {
        const int count = m_model->index(i).data(FieldFacetModel::CountRole).toInt();
        const int year = yearOf(i);
        const int h = count == 0 ? 0 : std::max(2, int(double(r.height()) * count / maxCount));
        const QRectF bar(r.left() + i * w + (w > 4 ? 1 : 0), r.bottom() - h + 1, std::max(1.0, w - (w > 4 ? 2 : 0)), h);
        const bool inRange = chosen && year >= first && year <= last;
        // Behind each bar, the year's papers in the whole corpus, faint: the shape stays while filtering.
        const int corpus = m_model->index(i).data(FieldFacetModel::CorpusCountRole).toInt();
        const int ch = corpus == 0 ? 0 : std::max(2, int(double(r.height()) * corpus / maxCount));
        QColor ghost = plain;
        ghost.setAlphaF(0.12);
        p.fillRect(QRectF(bar.left(), r.bottom() - ch + 1, bar.width(), ch), ghost);
        p.fillRect(bar, inRange ? accent : plain);
        if (hasFocus() && i >= lo && i <= hi && lo >= 0) {
            QColor mark = palette().color(QPalette::Highlight);
            p.fillRect(QRectF(bar.left(), r.bottom() + 2, bar.width(), 3), mark);
        }
    }
    // Labels: the first and last year below, the cursor's year(s) and count above.
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRect below(r.left(), r.bottom() + 6, r.width(), fontMetrics().height());
    p.drawText(below, Qt::AlignLeft | Qt::AlignVCenter, QString::number(yearOf(0)));
    p.drawText(below, Qt::AlignRight | Qt::AlignVCenter, QString::number(yearOf(n - 1)));
    if (m_cursor >= 0) {
        int papers = 0;
        for (int i = lo; i <= hi; ++i)
            papers += m_model->index(i).data(FieldFacetModel::CountRole).toInt();
        const QString years = lo == hi ? QString::number(yearOf(lo))
                                       : QStringLiteral("%1–%2").arg(yearOf(lo)).arg(yearOf(hi));
        p.setPen(palette().color(hasFocus() ? QPalette::Text : QPalette::PlaceholderText));
        p.drawText(QRect(r.left(), 0, r.width(), fontMetrics().height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1: %n paper(s)", nullptr, papers).arg(years));
    }
}

void YearHistogram::moveCursor(int bar, bool extend)
{
    const int n = m_model->rowCount();
    if (n == 0)
        return;
    m_cursor = std::clamp(bar, 0, n - 1);
    if (!extend || m_anchor < 0)
        m_anchor = m_cursor;
    updateAccessibleText();
    update();
}

void YearHistogram::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left: moveCursor(m_cursor - 1, shift); return;
    case Qt::Key_Right: moveCursor(m_cursor + 1, shift); return;
    case Qt::Key_Home: moveCursor(0, shift); return;
    case Qt::Key_End: moveCursor(m_model->rowCount() - 1, shift); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_cursor >= 0)
            emit rangeRequested(cursorFirstYear(), cursorLastYear());
        return;
    case Qt::Key_Escape:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        emit clearRequested();
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void YearHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_dragging = true;
    moveCursor(barAt(event->position().toPoint().x()), event->modifiers() & Qt::ShiftModifier);
}

void YearHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        moveCursor(barAt(event->position().toPoint().x()), true);
}

void YearHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    if (m_cursor >= 0)
        emit rangeRequested(cursorFirstYear(), cursorLastYear());
}

bool YearHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const int bar = barAt(static_cast<QHelpEvent *>(event)->pos().x());
        if (bar >= 0) {
            const int count = m_model->index(bar).data(FieldFacetModel::CountRole).toInt();
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                               tr("%1: %n paper(s)", nullptr, count).arg(yearOf(bar)), this);
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

void YearHistogram::updateAccessibleText()
{
    setAccessibleDescription(m_cursor < 0 ? QString()
                                          : QStringLiteral("%1–%2").arg(cursorFirstYear()).arg(cursorLastYear()));
}
