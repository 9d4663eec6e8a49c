#pragma once

#include "libraryscope.h"

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

class LibraryStore;
class PaperModel;

// Restricts a PaperModel (or a model stacked on it with the same rows) to a LibraryScope; a list
// scope also puts the papers in the list's own order. Stands in the chain until the search
// controller takes the scope's row filter itself. Re-filters when the store changes.
class LibraryScopeProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryScopeProxyModel(QObject *parent = nullptr);

    void setPaperModel(PaperModel *papers); // where corpus rows and ids come from
    void setStore(LibraryStore *store);
    void setScope(const LibraryScope &scope);
    LibraryScope scope() const { return m_scope; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rebuild();

    QPointer<PaperModel> m_papers;
    QPointer<LibraryStore> m_store;
    LibraryScope m_scope;
    LibraryScope::RowFilter m_filter;
    QHash<quint32, int> m_listPosition; // corpus row -> position in the list (list scope only)
};
