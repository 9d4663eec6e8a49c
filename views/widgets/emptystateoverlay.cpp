#include "widgets/emptystateoverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text)
    : QObject(view), m_view(view), m_text(std::move(text))
{
    view->viewport()->installEventFilter(this);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || watched != m_view->viewport() || !m_view->model()
        || m_view->model()->rowCount(m_view->rootIndex()) > 0)
        return QObject::eventFilter(watched, event);
    const QString text = m_text();
    if (text.isEmpty())
        return false;
    QWidget *viewport = m_view->viewport();
    QPainter painter(viewport);
    painter.setPen(viewport->palette().color(QPalette::PlaceholderText));
    const int margin = viewport->fontMetrics().height();
    painter.drawText(viewport->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    return true;
}
