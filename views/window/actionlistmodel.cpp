#include "window/actionlistmodel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QWidget>

ActionListModel::ActionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionListModel::setWindow(QWidget *window, Selection selection)
{
    beginResetModel();
    m_entries.clear();
    // Menus first, so that an action in a menu is listed with its menu path.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window))
        collect(mainWindow->menuBar()->actions(), QString(), selection);
    collect(window->actions(), QString(), selection);
    endResetModel();
}

void ActionListModel::collect(const QList<QAction *> &actions, const QString &menuPath, Selection selection)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || action->property(placeholderProperty).toBool())
            continue;
        if (QMenu *sub = action->menu()) {
            const QString name = plainText(action);
            collect(sub->actions(), menuPath.isEmpty() ? name : menuPath + QStringLiteral(" ▸ ") + name, selection);
            continue;
        }
        if (selection == ActionsWithShortcuts && action->shortcuts().isEmpty())
            continue;
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [action](const Entry &e) { return e.action == action; });
        if (!known)
            m_entries.append({action, menuPath});
    }
}

QAction *ActionListModel::action(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).action.data() : nullptr;
}

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    QAction *action = entry.action;
    if (!action)
        return {};
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts()) {
        // A platform's standard key may repeat one given explicitly (Redo is Ctrl+Shift+Z too).
        if (const QString key = k.toString(QKeySequence::NativeText); !key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return plainText(action);
        return index.column() == ShortcutColumn ? keys.join(QStringLiteral(", ")) : entry.menu;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(action->icon()) : QVariant();
    case Qt::ToolTipRole:
        return action->toolTip();
    case ActionRole:
        return QVariant::fromValue(action);
    case SearchTextRole:
        return QStringList{plainText(action), keys.join(QLatin1Char(' ')), entry.menu}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Action");
    case ShortcutColumn: return tr("Shortcut");
    case MenuColumn: return tr("Menu");
    default: return {};
    }
}

QString ActionListModel::plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // "文件(&F)"
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QRegularExpression ActionListModel::filterFor(const QString &query)
{
    QString pattern = QStringLiteral("^");
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}
