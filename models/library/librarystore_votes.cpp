#include "library/librarystore.h"

// LibraryStore: "not relevant" votes per list (the negatives of "more like my list"). The bookmarks
// vote under list id 0, which no list has.

qint64 LibraryStore::voteListId(const QString &name) const
{
    return name.trimmed().compare(kBookmarksName, Qt::CaseInsensitive) == 0 ? 0 : listId(name);
}

bool LibraryStore::setNotRelevant(const QString &name, const QList<Paper> &papers, bool notRelevant)
{
    if (!begin())
        return false;
    const qint64 list = voteListId(name);
    if (list < 0) {
        fail(Error::NoSuchList, tr("no list named “%1”").arg(name));
        return rollback(QString());
    }
    const QString stamp = now();
    for (const Paper &paper : papers) {
        const bool ok = notRelevant ? upsertPaper(paper)
                                          && exec(QStringLiteral("INSERT OR IGNORE INTO votes (list_id, paper_id, verdict,"
                                                                 " added) VALUES (?, ?, -1, ?)"),
                                                  {list, paper.id, stamp})
                                    : exec(QStringLiteral("DELETE FROM votes WHERE list_id = ? AND paper_id = ?"),
                                           {list, paper.id});
        if (!ok)
            return rollback(QStringLiteral("vote"));
        m_pending.listed.insert(paper.id);
    }
    return commit();
}

QStringList LibraryStore::notRelevant(const QString &name) const
{
    QStringList ids;
    const qint64 list = voteListId(name);
    if (list < 0)
        return ids;
    for (const QVariantList &row :
         select(QStringLiteral("SELECT paper_id FROM votes WHERE list_id = ? AND verdict < 0 ORDER BY added, rowid"), {list}))
        ids.append(row.value(0).toString());
    return ids;
}
