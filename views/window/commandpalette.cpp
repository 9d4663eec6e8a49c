#include "window/commandpalette.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>

CommandPalette::CommandPalette(QWidget *window) : ActionFinderDialog(window, ActionListModel::AllActions, window)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setAccessibleName(tr("Command palette"));
    filterField()->setPlaceholderText(tr("Type a command"));
    filterField()->setAccessibleName(tr("Command"));
    view()->setAccessibleName(tr("Commands"));
    view()->setHeaderHidden(true);
    setNoMatchText(tr("No command matches “%1”."));
}

void CommandPalette::activate(QAction *action)
{
    if (!action || !action->isEnabled())
        return;
    accept();
    // Run after the palette has closed, so the action sees the window as the user left it.
    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
}
