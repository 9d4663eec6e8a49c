#include "search/libraryterms.h"

LibraryRows LibraryRows::resolve(const SearchQuery &query, const LibraryTerms *terms, const ClusterTerms *clusterTerms)
{
    LibraryRows rows;
    if (!query.hasLibraryTerms())
        return rows;
    bool starred = false, read = false;
    rows.mapReady = clusterTerms && clusterTerms->isReady();
    for (const SearchQuery::Clause &c : query.clauses) {
        for (const SearchQuery::Phrase &p : c.alternatives) {
            starred |= p.library == SearchQuery::Library::Starred;
            read |= p.library == SearchQuery::Library::Read || p.library == SearchQuery::Library::Unread;
            if (p.library == SearchQuery::Library::Cluster && rows.mapReady)
                rows.clusters.insert(clusterKey(p.clusterLevel, p.clusterId), clusterTerms->clusterRows(p.clusterLevel, p.clusterId));
        }
    }
    if (!terms)
        return rows;
    if (starred)
        rows.starred = terms->starredRows();
    if (read)
        rows.read = terms->readRows();
    for (const QString &name : query.listNames())
        rows.lists.insert(key(name), terms->listRows(name));
    return rows;
}

bool LibraryRows::contains(const SearchQuery::Phrase &term, quint32 row) const
{
    switch (term.library) {
    case SearchQuery::Library::None: return false;
    case SearchQuery::Library::List: return list(term.listName).contains(row);
    case SearchQuery::Library::Starred: return starred.contains(row);
    case SearchQuery::Library::Read: return read.contains(row);
    case SearchQuery::Library::Unread: return !read.contains(row);
    case SearchQuery::Library::Cluster:
        return clusters.value(clusterKey(term.clusterLevel, term.clusterId), none()).contains(row);
    }
    return false;
}
