#include "libraryscopeproxymodel.h"

#include "librarystore.h"
#include "papermodel.h"

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
        connect(m_papers, &PaperModel::corpusChanged, this, &LibraryScopeProxyModel::rebuild);
    rebuild();
}

void LibraryScopeProxyModel::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &LibraryStore::changed, this, [this] {
            // Bookmark or read toggles inside the "All" scope change nothing here.
            if (!m_scope.isAll())
                rebuild();
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

void LibraryScopeProxyModel::rebuild()
{
    const auto corpus = m_papers ? m_papers->corpus() : nullptr;
    m_filter = {};
    m_listPosition.clear();
    if (corpus && m_store && !m_scope.isAll()) {
        m_filter = m_scope.rowFilter(*corpus, *m_store);
        const QList<quint32> order = m_scope.listOrder(*corpus, *m_store);
        for (int i = 0; i < order.size(); ++i)
            m_listPosition.insert(order[i], i);
    }
    invalidate();
    emit filterChanged();
    // Sorting on column 0 keeps list order; -1 restores corpus order.
    sort(m_listPosition.isEmpty() ? -1 : 0);
}

bool LibraryScopeProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return !m_filter || m_filter(corpusRow(sourceRow));
}

quint32 LibraryScopeProxyModel::corpusRow(int sourceRow) const
{
    return quint32(sourceModel()->index(sourceRow, 0).data(PaperModel::CorpusIndexRole).toInt());
}

bool LibraryScopeProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_listPosition.value(corpusRow(left.row()), INT_MAX) < m_listPosition.value(corpusRow(right.row()), INT_MAX);
}
