#pragma once

#include "libraryscope.h"

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

class LibraryStore;
class PaperModel;

// Restricts a model of papers (PaperModel, or search results stacked on it: rows are mapped to
// corpus rows through CorpusIndexRole) to a LibraryScope; a list scope also puts the papers in the
// list's own order. Re-filters when the store changes and announces it, so the search controller
// can take the same predicate (and facet counts follow the scope).
class LibraryScopeProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryScopeProxyModel(QObject *parent = nullptr);

    void setPaperModel(PaperModel *papers); // where corpus rows and ids come from
    void setStore(LibraryStore *store);
    void setScope(const LibraryScope &scope);
    LibraryScope scope() const { return m_scope; }
    // The scope as a predicate over corpus rows (null for "All"), for the search controller.
    LibraryScope::RowFilter rowFilter() const { return m_filter; }

signals:
    // The scope or what is in it changed; rowFilter() has the new predicate.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rebuild();
    quint32 corpusRow(int sourceRow) const;

    QPointer<PaperModel> m_papers;
    QPointer<LibraryStore> m_store;
    LibraryScope m_scope;
    LibraryScope::RowFilter m_filter;
    QHash<quint32, int> m_listPosition; // corpus row -> position in the list (list scope only)
};
