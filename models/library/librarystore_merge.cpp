#include "library/librarystore.h"

// LibraryStore: entries coming back in bulk, a deleted list restored (undo) and an export merged in.

bool LibraryStore::restoreList(const QString &name, const QList<Entry> &entries)
{
    if (!begin())
        return false;
    if (hasList(name)) {
        fail(Error::Invalid, tr("a list named “%1” already exists").arg(name));
        return rollback(QString());
    }
    const qint64 id = ensureList(name);
    bool inserted = false;
    int next = 0;
    for (const Entry &e : entries)
        if (id < 0 || !appendEntry(id, e, &next, &inserted))
            return rollback(QStringLiteral("restore list"));
    return commit();
}

bool LibraryStore::mergeList(const QString &name, const QList<Entry> &entries, int *added)
{
    if (!begin())
        return false;
    const bool bookmarks = name.trimmed().compare(kBookmarksName, Qt::CaseInsensitive) == 0;
    const qint64 id = bookmarks ? 0 : ensureList(name);
    int count = 0;
    int next = bookmarks || id < 0 ? 0 : nextPosition(id);
    for (const Entry &e : entries) {
        QVariantList row;
        bool ok = id >= 0;
        const QString added = e.added.toUTC().toString(Qt::ISODateWithMs);
        if (ok && bookmarks)
            ok = upsertPaper(e.paper)
                 && exec(QStringLiteral("INSERT OR IGNORE INTO bookmarks (paper_id, added) VALUES (?, ?)"),
                         {e.paper.id, added})
                 && exec(QStringLiteral("SELECT changes()"), {}, &row);
        bool inserted = !row.isEmpty() && row.value(0).toInt() > 0;
        if (ok && !bookmarks)
            ok = appendEntry(id, e, &next, &inserted)
                 && (e.note.isEmpty()
                     || exec(QStringLiteral("UPDATE entries SET note = ? WHERE list_id = ? AND paper_id = ? AND note = ''"),
                             {e.note, id, e.paper.id}));
        if (ok && e.read)
            ok = exec(QStringLiteral("INSERT OR IGNORE INTO reads (paper_id, read_at) VALUES (?, ?)"), {e.paper.id, now()});
        if (!ok)
            return rollback(QStringLiteral("import"));
        if (bookmarks)
            m_pending.bookmarked.insert(e.paper.id, true);
        if (!bookmarks && !e.note.isEmpty())
            m_pending.noted.insert(e.paper.id);
        if (e.read)
            m_pending.read.insert(e.paper.id, true);
        count += inserted;
    }
    if (added)
        *added = count;
    return commit();
}
