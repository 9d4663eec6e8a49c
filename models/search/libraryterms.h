#pragma once

#include "search/rowset.h"
#include "search/searchquery.h"

#include <QHash>
#include <QString>

// The library's answer to the query terms list:NAME, is:starred, is:read and is:unread. Search does
// not know the library (the library links search, not the other way round): it declares this
// interface, the library implements it (LibraryTermSource), and whoever runs a query resolves the
// terms it names into LibraryRows on the thread that owns the store, before the engine runs.
class LibraryTerms
{
public:
    virtual ~LibraryTerms() = default;
    virtual RowSet starredRows() const = 0;
    virtual RowSet readRows() const = 0;
    // The papers of the list named so (case-insensitively); no rows for a list that does not exist.
    virtual RowSet listRows(const QString &name) const = 0;
};

// The paper map's answer to cluster:N terms, declared here for the same reason: the map (in its own
// folder) implements it. Before a map is ready every cluster has no papers.
class ClusterTerms
{
public:
    virtual ~ClusterTerms() = default;
    virtual bool isReady() const = 0;
    // The papers of cluster `id` at `level` (0: the overview); no rows for one that does not exist.
    virtual RowSet clusterRows(int level, int id) const = 0;
};

// The rows of one query's library terms, resolved: a plain value the engine reads on any thread and
// the controller compares (equal rows re-run nothing). Without a library every mark is empty, so
// is:unread matches every paper and list:NAME none.
struct LibraryRows
{
    RowSet starred = none();
    RowSet read = none();
    QHash<QString, RowSet> lists; // by name folded to lower case
    QHash<quint32, RowSet> clusters; // by clusterKey(level, id)
    bool mapReady = false;           // whether cluster terms had a map to read

    static RowSet none() { return RowSet(std::vector<bool>{}); }
    static LibraryRows resolve(const SearchQuery &query, const LibraryTerms *terms,
                               const ClusterTerms *clusterTerms = nullptr);
    static quint32 clusterKey(int level, int id) { return quint32(level) << 24 | quint32(id & 0xFFFFFF); }
    static QString key(const QString &listName) { return listName.toCaseFolded(); }
    RowSet list(const QString &name) const { return lists.value(key(name), none()); }
    bool contains(const SearchQuery::Phrase &term, quint32 row) const;
    bool operator==(const LibraryRows &) const = default;
};
