#pragma once

#include "library/libraryscope.h"

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

class LibraryStore;
class PaperModel;

// Restricts a model of papers (PaperModel, or search results stacked on it: rows are mapped to
// corpus rows through CorpusIndexRole) to a LibraryScope; a list scope also puts the papers in the
// list's own order. Re-filters when the store changes what is in the scope and announces it, so the
// search controller can take the same predicate (and facet counts follow the scope); a change of
// order only re-sorts, which keeps the view's selection.
//
// In a writable list scope, papers dragged from this model (their ids, LibraryListsModel::kMimeType)
// can be dropped between its rows to reorder the list: the drop computes the list's new order and
// asks for it with reorderRequested(), so the caller makes it one undoable change. When a query or
// facet hides some entries, the dragged papers land just before the visible paper under the drop
// indicator (or just after the last visible one when dropped below all rows); hidden entries keep
// their places relative to the papers shown around them.
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
    // True in a list scope on a writable store: rows can be reordered by dropping papers.
    bool acceptsReorder() const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // The list's whole order (papers missing from the corpus included) after dropping ids before
    // proxy row `row` (-1: below the last row); the current order when nothing would move.
    QStringList orderAfterDrop(const QStringList &ids, int row) const;

signals:
    // The scope or what is in it changed; rowFilter() has the new predicate.
    void filterChanged();
    // A drop asks to put listName in this order; moved are the dropped papers, in their new order.
    void reorderRequested(const QString &listName, const QStringList &order, const QStringList &moved);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Re-reads the scope; re-filters only when its papers may have changed (always when forced).
    void rebuild(bool force = true);
    quint32 corpusRow(int sourceRow) const;
    QStringList droppedIds(const QMimeData *data) const; // the dragged papers that are in the list
    QString visibleId(int from, int step, const QSet<QString> &skip) const;
    QStringList storedOrder() const; // the list's ids in its order, as stored

    QPointer<PaperModel> m_papers;
    QPointer<LibraryStore> m_store;
    LibraryScope m_scope;
    LibraryScope::Members m_members;
    LibraryScope::RowFilter m_filter;
    QHash<quint32, int> m_listPosition; // corpus row -> position in the list (list scope only)
};
