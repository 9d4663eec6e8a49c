#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

// Ctrl+1 … Ctrl+9 jump to the panes of a window. Panes register themselves with a number and a name;
// each registration creates (or retargets) the window action "Go to <name>" with that shortcut.
class FocusTargets : public QObject
{
    Q_OBJECT

public:
    explicit FocusTargets(QWidget *window);

    QAction *registerTarget(int number, QWidget *target, const QString &name);
    QWidget *target(int number) const { return m_targets.value(number); }
    QList<QAction *> actions() const { return m_actions.values(); }

private:
    QWidget *m_window;
    QMap<int, QPointer<QWidget>> m_targets;
    QMap<int, QAction *> m_actions;
};
