#pragma once

#include "library/libraryscope.h"

#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

class LibraryStore;
class PaperModel;

// What only the view's end of the chain can do for a LibraryScope: in a list scope, put the papers
// of a model of papers (PaperModel, or search results stacked on it: rows are mapped to corpus rows
// through CorpusIndexRole) in the list's own order, and take drops that reorder the list. It filters
// nothing — the search controller keeps only the scope's papers (ResultsPipeline hands it the
// scope's RowSet). A change of the list's order re-sorts, which keeps the view's selection.
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
    // A drop asks to put listName in this order; moved are the dropped papers, in their new order.
    void reorderRequested(const QString &listName, const QStringList &order, const QStringList &moved);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Re-reads the list's order; re-sorts only when it changed (always when forced).
    void rebuild(bool force = true);
    quint32 corpusRow(int sourceRow) const;
    QStringList droppedIds(const QMimeData *data) const; // the dragged papers that are in the list
    QString visibleId(int from, int step, const QSet<QString> &skip) const;
    QStringList storedOrder() const; // the list's ids in its order, as stored

    QPointer<PaperModel> m_papers;
    QPointer<LibraryStore> m_store;
    LibraryScope m_scope;
    QHash<quint32, int> m_listPosition; // corpus row -> position in the list (list scope only)
};
