#pragma once

#include "library/librarystore.h"

#include <QAbstractListModel>
#include <QPointer>

// The reading lists of a LibraryStore with their counts, sorted by name, for the lists panel.
// Follows the store: a new, renamed or deleted list is a row inserted or removed, a changed count
// is dataChanged on that row. Papers dropped on a row are announced with papersDropped().
class LibraryListsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, CountRole };
    Q_ENUM(Role)

    static inline const QString kMimeType = QStringLiteral("application/x-skimmer-paper-ids");

    explicit LibraryListsModel(QObject *parent = nullptr);

    void setStore(LibraryStore *store);
    int rowOf(const QString &name) const; // -1 when absent (case-insensitive)
    QString nameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    void refresh();

signals:
    void papersDropped(const QString &listName, const QStringList &ids);

private:
    QPointer<LibraryStore> m_store;
    QList<LibraryStore::ListInfo> m_lists;
};
