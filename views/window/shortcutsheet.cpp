#include "window/shortcutsheet.h"

#include <QLineEdit>
#include <QTreeView>

ShortcutSheet::ShortcutSheet(QWidget *window) : ActionFinderDialog(window, ActionListModel::AllActions, window)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    filterField()->setPlaceholderText(tr("Filter by action, key or menu"));
    filterField()->setAccessibleName(tr("Filter shortcuts"));
    view()->setAccessibleName(tr("Shortcuts"));
    setNoMatchText(tr("No action or key matches “%1”."));
}
