#pragma once

#include "library/librarystore.h"

#include <QAbstractListModel>
#include <QPointer>

// The saved views of a LibraryStore in their order, for the Views menu and the manage dialog.
// Follows the store: a saved, deleted or moved view is one row inserted, removed or moved, a
// renamed or changed one is dataChanged on its row; anything else (another instance) is a reset.
class SavedViewsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, SummaryRole, ViewRole };
    Q_ENUM(Role)

    explicit SavedViewsModel(QObject *parent = nullptr);

    void setStore(LibraryStore *store);
    const QList<SavedView> &views() const { return m_views; }
    int rowOf(const QString &name) const; // -1 when absent (case-insensitive)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing a name (F2 in a view) does not write: it asks for the rename with renameRequested(),
    // which the window turns into an undoable change; the row follows once the store has it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void refresh();

signals:
    void renameRequested(const QString &name, const QString &newName);

private:
    bool applyOneRowChange(const QList<SavedView> &next);

    QPointer<LibraryStore> m_store;
    QList<SavedView> m_views;
};
