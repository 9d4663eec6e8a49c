#include "library/undohistorydock.h"

#include <QAction>
#include <QUndoView>

UndoHistoryDock::UndoHistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("History"), parent), m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("historyDock"));
    m_view->setObjectName(QStringLiteral("undoHistoryView"));
    m_view->setEmptyLabel(tr("Library as opened"));
    m_view->setAccessibleName(tr("Library history"));
    setWidget(m_view);
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&History"));
    toggle->setObjectName(QStringLiteral("historyAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    // From the keyboard the point of opening the history is to move in it.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
}
