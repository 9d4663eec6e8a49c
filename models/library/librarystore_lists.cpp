#include "library/librarystore.h"

#include <algorithm>

// LibraryStore: the reading lists. Positions inside a list are kept contiguous from 0.

qint64 LibraryStore::listId(const QString &name) const
{
    const auto rows = select(QStringLiteral("SELECT id FROM lists WHERE name = ?"), {name.trimmed()});
    return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
}

bool LibraryStore::hasList(const QString &name) const
{
    return listId(name) >= 0;
}

QString LibraryStore::canonicalListName(const QString &name) const
{
    const auto rows = select(QStringLiteral("SELECT name FROM lists WHERE name = ?"), {name.trimmed()});
    return rows.isEmpty() ? QString() : rows.first().value(0).toString();
}

QList<LibraryStore::ListInfo> LibraryStore::lists() const
{
    QList<ListInfo> result;
    for (const QVariantList &row :
         select(QStringLiteral("SELECT l.name, COUNT(e.paper_id) FROM lists l LEFT JOIN entries e ON e.list_id = l.id"
                               " GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.name")))
        result.append({row[0].toString(), row[1].toInt()});
    return result;
}

bool LibraryStore::checkNewName(const QString &name, qint64 except)
{
    if (name.trimmed().isEmpty())
        return fail(Error::Invalid, tr("a list needs a name"));
    if (name.trimmed().compare(kBookmarksName, Qt::CaseInsensitive) == 0)
        return fail(Error::Invalid, tr("“%1” is reserved for the bookmarks").arg(kBookmarksName));
    const qint64 existing = listId(name);
    if (existing >= 0 && existing != except)
        return fail(Error::Invalid, tr("a list named “%1” already exists").arg(name.trimmed()));
    return true;
}

qint64 LibraryStore::ensureList(const QString &name)
{
    const qint64 existing = listId(name);
    if (existing >= 0)
        return existing;
    QVariantList row;
    if (!checkNewName(name, -1)
        || !exec(QStringLiteral("INSERT INTO lists (name, created) VALUES (?, ?)"), {name.trimmed(), now()})
        || !exec(QStringLiteral("SELECT last_insert_rowid()"), {}, &row))
        return -1;
    return row.value(0).toLongLong();
}

qint64 LibraryStore::beginOnList(const QString &name)
{
    if (!begin())
        return -1;
    const qint64 id = listId(name);
    if (id < 0) {
        fail(Error::NoSuchList, tr("no list named “%1”").arg(name));
        rollback(QString());
    }
    return id;
}

bool LibraryStore::createList(const QString &name)
{
    if (!begin())
        return false;
    if (!checkNewName(name, -1) || ensureList(name) < 0)
        return rollback(QStringLiteral("create list"));
    return commit();
}

bool LibraryStore::renameList(const QString &name, const QString &newName)
{
    const qint64 id = beginOnList(name);
    if (id < 0)
        return false;
    markListed(order(id));
    if (!checkNewName(newName, id)
        || !exec(QStringLiteral("UPDATE lists SET name = ? WHERE id = ?"), {newName.trimmed(), id}))
        return rollback(QStringLiteral("rename list"));
    return commit();
}

bool LibraryStore::deleteList(const QString &name)
{
    const qint64 id = beginOnList(name);
    if (id < 0)
        return false;
    markListed(order(id));
    if (!exec(QStringLiteral("DELETE FROM lists WHERE id = ?"), {id})
        || !exec(QStringLiteral("DELETE FROM votes WHERE list_id = ?"), {id})) // a later list may reuse the id
        return rollback(QStringLiteral("delete list"));
    return commit();
}

int LibraryStore::nextPosition(qint64 list)
{
    // Positions are contiguous from 0; read once per transaction, so appending n papers stays linear.
    QVariantList row;
    exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM entries WHERE list_id = ?"), {list}, &row);
    return row.value(0).toInt();
}

void LibraryStore::markListed(const QStringList &ids)
{
    for (const QString &id : ids)
        m_pending.listed.insert(id);
}

bool LibraryStore::appendEntry(qint64 list, const Entry &entry, int *next, bool *inserted)
{
    QVariantList row;
    if (!upsertPaper(entry.paper)
        || !exec(QStringLiteral("INSERT OR IGNORE INTO entries (list_id, paper_id, position, added, note)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {list, entry.paper.id, *next, entry.added.toUTC().toString(Qt::ISODateWithMs), entry.note})
        || !exec(QStringLiteral("SELECT changes()"), {}, &row))
        return false;
    *inserted = row.value(0).toInt() > 0;
    if (*inserted) {
        ++*next;
        m_pending.listed.insert(entry.paper.id);
    }
    return true;
}

bool LibraryStore::addToList(const QString &name, const QList<Paper> &papers, int *added)
{
    if (!begin())
        return false;
    const qint64 id = ensureList(name);
    if (id < 0)
        return rollback(QStringLiteral("add to list"));
    const QDateTime stamp = QDateTime::fromString(now(), Qt::ISODateWithMs);
    int count = 0;
    int next = nextPosition(id);
    for (const Paper &paper : papers) {
        bool inserted = false;
        if (!appendEntry(id, {paper, QString(), stamp, false}, &next, &inserted))
            return rollback(QStringLiteral("add to list"));
        count += inserted;
    }
    if (added)
        *added = count;
    return commit();
}

QStringList LibraryStore::order(qint64 list) const
{
    QStringList ids;
    for (const QVariantList &row :
         select(QStringLiteral("SELECT paper_id FROM entries WHERE list_id = ? ORDER BY position"), {list}))
        ids << row.value(0).toString();
    return ids;
}

bool LibraryStore::writeOrder(qint64 list, const QStringList &ids)
{
    for (int i = 0; i < ids.size(); ++i)
        if (!exec(QStringLiteral("UPDATE entries SET position = ? WHERE list_id = ? AND paper_id = ? AND position <> ?"),
                  {i, list, ids[i], i}))
            return false;
    return true;
}

bool LibraryStore::removeFromList(const QString &name, const QStringList &ids)
{
    const qint64 id = beginOnList(name);
    if (id < 0)
        return false;
    for (const QString &paper : ids)
        if (!exec(QStringLiteral("DELETE FROM entries WHERE list_id = ? AND paper_id = ?"), {id, paper}))
            return rollback(QStringLiteral("remove from list"));
    markListed(ids);
    if (!writeOrder(id, order(id)))
        return rollback(QStringLiteral("remove from list"));
    m_pending.reordered = true;
    return commit();
}

bool LibraryStore::insertIntoList(const QString &name, const QList<QPair<int, Entry>> &positioned)
{
    const qint64 id = beginOnList(name);
    if (id < 0)
        return false;
    auto sorted = positioned;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ids = order(id);
    int next = int(ids.size());
    for (const auto &[position, entry] : sorted) {
        bool inserted = false;
        if (!appendEntry(id, entry, &next, &inserted))
            return rollback(QStringLiteral("insert into list"));
        if (inserted)
            ids.insert(std::clamp(position, 0, int(ids.size())), entry.paper.id);
    }
    if (!writeOrder(id, ids))
        return rollback(QStringLiteral("insert into list"));
    m_pending.reordered = true;
    return commit();
}

bool LibraryStore::moveInList(const QString &name, const QString &paperId, int newPosition)
{
    if (!begin())
        return false;
    const qint64 id = listId(name);
    QStringList ids = order(id);
    const int from = int(ids.indexOf(paperId));
    if (id < 0 || from < 0) {
        fail(Error::Invalid, tr("“%1” is not in the list “%2”").arg(paperId, name));
        return rollback(QString());
    }
    ids.move(from, std::clamp(newPosition, 0, int(ids.size()) - 1));
    if (!writeOrder(id, ids))
        return rollback(QStringLiteral("reorder list"));
    m_pending.reordered = true;
    return commit();
}

bool LibraryStore::setOrder(const QString &name, const QStringList &ids)
{
    const qint64 id = beginOnList(name);
    if (id < 0)
        return false;
    QStringList have = order(id);
    QStringList want = ids;
    std::sort(have.begin(), have.end());
    std::sort(want.begin(), want.end());
    if (have != want) {
        fail(Error::Invalid, tr("a new order of “%1” must hold each of its papers exactly once").arg(name));
        return rollback(QString());
    }
    if (!writeOrder(id, ids))
        return rollback(QStringLiteral("reorder list"));
    m_pending.reordered = true;
    return commit();
}

bool LibraryStore::setNote(const QString &name, const QString &paperId, const QString &note)
{
    if (!begin())
        return false;
    QVariantList row;
    if (!exec(QStringLiteral("UPDATE entries SET note = ? WHERE paper_id = ? AND list_id ="
                             " (SELECT id FROM lists WHERE name = ?)"),
              {note, paperId, name.trimmed()})
        || !exec(QStringLiteral("SELECT changes()"), {}, &row))
        return rollback(QStringLiteral("note"));
    if (row.value(0).toInt() == 0) {
        fail(Error::Invalid, tr("“%1” is not in the list “%2”").arg(paperId, name));
        return rollback(QString());
    }
    m_pending.noted.insert(paperId);
    return commit();
}

QList<LibraryStore::Entry> LibraryStore::entries(const QString &name) const
{
    return entriesWhere(QStringLiteral("entries e JOIN papers p ON p.id = e.paper_id"
                                       " LEFT JOIN reads r ON r.paper_id = e.paper_id"
                                       " WHERE e.list_id = (SELECT id FROM lists WHERE name = ?) ORDER BY e.position"),
                        {name.trimmed()});
}

QStringList LibraryStore::listsContaining(const QString &id) const
{
    QStringList names;
    for (const QVariantList &row :
         select(QStringLiteral("SELECT l.name FROM entries e JOIN lists l ON l.id = e.list_id WHERE e.paper_id = ?"
                               " ORDER BY l.name COLLATE NOCASE, l.name"),
                {id}))
        names << row.value(0).toString();
    return names;
}

QHash<QString, QStringList> LibraryStore::listsByPaper() const
{
    QHash<QString, QStringList> result;
    for (const QVariantList &row :
         select(QStringLiteral("SELECT e.paper_id, l.name FROM entries e JOIN lists l ON l.id = e.list_id"
                               " ORDER BY l.name COLLATE NOCASE, l.name")))
        result[row[0].toString()].append(row[1].toString());
    return result;
}
