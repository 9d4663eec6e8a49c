#include "library/libraryscopeproxymodel.h"

#include "library/librarylistsmodel.h"
#include "library/librarystore.h"
#include "corpus/papermodel.h"

#include <QMimeData>
#include <QSet>

LibraryScopeProxyModel::LibraryScopeProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void LibraryScopeProxyModel::setPaperModel(PaperModel *papers)
{
    if (m_papers)
        disconnect(m_papers, nullptr, this, nullptr);
    m_papers = papers;
    if (m_papers)
        connect(m_papers, &PaperModel::corpusChanged, this, [this] { rebuild(); });
    rebuild();
}

void LibraryScopeProxyModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, [this] {
            // Only a list has an order of its own.
            if (m_scope.kind() == LibraryScope::Kind::List)
                rebuild(false);
        });
    rebuild();
}

void LibraryScopeProxyModel::setScope(const LibraryScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    rebuild();
}

void LibraryScopeProxyModel::rebuild(bool force)
{
    const auto corpus = m_papers ? m_papers->corpus() : nullptr;
    QHash<quint32, int> positions;
    if (corpus && m_store) {
        const QList<quint32> order = m_scope.listOrder(*corpus, *m_store);
        for (int i = 0; i < order.size(); ++i)
            positions.insert(order[i], i);
    }
    if (!force && positions == m_listPosition)
        return; // e.g. a bookmark toggled inside a list: the decoration announces that row
    m_listPosition = std::move(positions);
    // Sorting on column 0 keeps list order; -1 restores corpus order. Re-sorting moves rows with
    // layoutChanged, so selections and the current paper follow them.
    sort(m_listPosition.isEmpty() ? -1 : 0);
}

quint32 LibraryScopeProxyModel::corpusRow(int sourceRow) const
{
    return quint32(sourceModel()->index(sourceRow, 0).data(PaperRoles::CorpusIndexRole).toInt());
}

bool LibraryScopeProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_listPosition.value(corpusRow(left.row()), INT_MAX) < m_listPosition.value(corpusRow(right.row()), INT_MAX);
}

bool LibraryScopeProxyModel::acceptsReorder() const
{
    return m_scope.kind() == LibraryScope::Kind::List && m_store && m_store->isOpen() && !m_store->isReadOnly();
}

Qt::ItemFlags LibraryScopeProxyModel::flags(const QModelIndex &index) const
{
    // Drops go between rows only (never "onto" a paper), and only where they mean a reorder.
    const Qt::ItemFlags base = QSortFilterProxyModel::flags(index) & ~Qt::ItemIsDropEnabled;
    return !index.isValid() && acceptsReorder() ? base | Qt::ItemIsDropEnabled : base;
}

Qt::DropActions LibraryScopeProxyModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

QStringList LibraryScopeProxyModel::droppedIds(const QMimeData *data) const
{
    const auto corpus = m_papers ? m_papers->corpus() : nullptr;
    if (!data || !corpus || !data->hasFormat(LibraryListsModel::kMimeType))
        return {};
    QStringList ids;
    for (const QString &id : QString::fromUtf8(data->data(LibraryListsModel::kMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (const qsizetype row = corpus->indexOfId(id); row >= 0 && m_listPosition.contains(quint32(row)))
            ids << id;
    return ids;
}

bool LibraryScopeProxyModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                             const QModelIndex &parent) const
{
    return acceptsReorder() && !parent.isValid() && (action == Qt::CopyAction || action == Qt::MoveAction)
           && !droppedIds(data).isEmpty();
}

bool LibraryScopeProxyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                          const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = droppedIds(data);
    const QStringList after = orderAfterDrop(ids, row);
    if (after == storedOrder())
        return false;
    QStringList moved;
    for (const QString &id : after)
        if (ids.contains(id))
            moved << id;
    emit reorderRequested(m_store->canonicalListName(m_scope.listName()), after, moved);
    return true;
}

QString LibraryScopeProxyModel::visibleId(int from, int step, const QSet<QString> &skip) const
{
    for (int r = from; r >= 0 && r < rowCount(); r += step)
        if (const QString id = index(r, 0).data(PaperRoles::IdRole).toString(); !skip.contains(id))
            return id;
    return {};
}

QStringList LibraryScopeProxyModel::storedOrder() const
{
    QStringList ids;
    if (m_store && m_scope.kind() == LibraryScope::Kind::List)
        for (const LibraryStore::Entry &e : m_store->entries(m_scope.listName()))
            ids << e.paper.id;
    return ids;
}

QStringList LibraryScopeProxyModel::orderAfterDrop(const QStringList &ids, int row) const
{
    const QStringList current = storedOrder();
    const QSet<QString> moving(ids.cbegin(), ids.cend());
    QStringList moved, rest;
    for (const QString &id : current)
        (moving.contains(id) ? moved : rest) << id;
    if (moved.isEmpty())
        return current;
    // The neighbour shown below the drop, else the one shown above it.
    const int at = row < 0 || row > rowCount() ? rowCount() : row;
    int position = -1;
    if (const QString below = visibleId(at, 1, moving); !below.isEmpty())
        position = int(rest.indexOf(below));
    else if (const QString above = visibleId(at - 1, -1, moving); !above.isEmpty())
        position = int(rest.indexOf(above)) + 1;
    if (position < 0)
        return current; // every paper shown is being dragged: nothing to place them against
    for (const QString &id : std::as_const(moved))
        rest.insert(position++, id);
    return rest;
}
