#include "library/librarystore.h"

// LibraryStore: bookmarks and read state.

bool LibraryStore::setBookmarked(const QList<Paper> &papers, bool bookmarked)
{
    if (!begin())
        return false;
    const QString stamp = now();
    for (const Paper &paper : papers) {
        const bool ok = bookmarked ? upsertPaper(paper)
                                         && exec(QStringLiteral("INSERT OR IGNORE INTO bookmarks (paper_id, added)"
                                                                " VALUES (?, ?)"),
                                                 {paper.id, stamp})
                                   : exec(QStringLiteral("DELETE FROM bookmarks WHERE paper_id = ?"), {paper.id});
        if (!ok)
            return rollback(QStringLiteral("bookmark"));
        m_pending.bookmarked.insert(paper.id, bookmarked);
    }
    return commit();
}

QSet<QString> LibraryStore::idSet(const QString &sql) const
{
    QSet<QString> ids;
    for (const QVariantList &row : select(sql))
        ids.insert(row.value(0).toString());
    return ids;
}

bool LibraryStore::isBookmarked(const QString &id) const
{
    return !select(QStringLiteral("SELECT 1 FROM bookmarks WHERE paper_id = ?"), {id}).isEmpty();
}

QSet<QString> LibraryStore::bookmarkedIds() const
{
    return idSet(QStringLiteral("SELECT paper_id FROM bookmarks"));
}

QList<LibraryStore::Entry> LibraryStore::bookmarks() const
{
    return entriesWhere(QStringLiteral("bookmarks e JOIN papers p ON p.id = e.paper_id"
                                       " LEFT JOIN reads r ON r.paper_id = e.paper_id ORDER BY e.added, e.rowid"),
                        {});
}

bool LibraryStore::setRead(const QStringList &ids, bool read)
{
    if (!begin())
        return false;
    const QString stamp = now();
    for (const QString &id : ids) {
        const bool ok = read ? exec(QStringLiteral("INSERT OR IGNORE INTO reads (paper_id, read_at) VALUES (?, ?)"),
                                    {id, stamp})
                             : exec(QStringLiteral("DELETE FROM reads WHERE paper_id = ?"), {id});
        if (!ok)
            return rollback(QStringLiteral("read state"));
        m_pending.read.insert(id, read);
    }
    return commit();
}

bool LibraryStore::isRead(const QString &id) const
{
    return !select(QStringLiteral("SELECT 1 FROM reads WHERE paper_id = ?"), {id}).isEmpty();
}

QSet<QString> LibraryStore::readIds() const
{
    return idSet(QStringLiteral("SELECT paper_id FROM reads"));
}
