#include "window/focustargets.h"

#include <QAction>
#include <QDockWidget>
#include <QWidget>

FocusTargets::FocusTargets(QWidget *window) : QObject(window), m_window(window) {}

QAction *FocusTargets::registerTarget(int number, QWidget *target, const QString &name)
{
    Q_ASSERT(number >= 1 && number <= 9);
    m_targets[number] = target;
    QAction *&action = m_actions[number];
    if (!action) {
        action = new QAction(m_window);
        action->setObjectName(QStringLiteral("focusTarget%1").arg(number));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, [this, number] {
            QWidget *w = m_targets.value(number);
            if (!w)
                return;
            // A pane in a hidden or tabbed dock is brought forward first.
            for (QWidget *p = w; p; p = p->parentWidget()) {
                if (auto *dock = qobject_cast<QDockWidget *>(p)) {
                    dock->show();
                    dock->raise();
                }
            }
            w->setFocus(Qt::ShortcutFocusReason);
        });
    }
    action->setText(tr("Go to %1").arg(name));
    return action;
}
