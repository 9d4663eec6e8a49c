#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class QAction;
class QRegularExpression;
class QWidget;

// The actions of a window as a table (name, shortcuts, menu), read live from the QActions so that the
// shortcut sheet and the command palette can never drift from what the window really does.
class ActionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ShortcutColumn, MenuColumn, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole + 1, // QAction*
        SearchTextRole,                // name, shortcuts and menu in one string, for filtering
    };

    enum Selection { AllActions, ActionsWithShortcuts };
    // A menu entry that only says something ("No recent files") sets this property and is not listed.
    static constexpr const char *placeholderProperty = "skimmerPlaceholder";

    explicit ActionListModel(QObject *parent = nullptr);

    // Collects the window's actions: those in its menus (with their menu path) and those added to it
    // directly. Separators, submenus, placeholders and actions without text are left out.
    void setWindow(QWidget *window, Selection selection);
    QAction *action(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Open &Recent…" -> "Open Recent"
    static QString plainText(const QAction *action);
    // A case-insensitive expression matching text that contains every word of query, in any order.
    static QRegularExpression filterFor(const QString &query);

private:
    struct Entry
    {
        QPointer<QAction> action;
        QString menu;
    };
    void collect(const QList<QAction *> &actions, const QString &menuPath, Selection selection);

    QList<Entry> m_entries;
};
