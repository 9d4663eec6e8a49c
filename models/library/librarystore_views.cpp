#include "library/librarystore.h"

#include <QJsonDocument>

// LibraryStore: saved views, in the `views` table that schema 4 laid down (name unique without case,
// a contiguous position from 0, the state as SavedView::stateJson()).

qint64 LibraryStore::viewId(const QString &name) const
{
    const auto rows = select(QStringLiteral("SELECT id FROM views WHERE name = ?"), {name.trimmed()});
    return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
}

bool LibraryStore::hasView(const QString &name) const
{
    return viewId(name) >= 0;
}

QList<SavedView> LibraryStore::views() const
{
    QList<SavedView> views;
    for (const QVariantList &row : select(QStringLiteral("SELECT name, state FROM views ORDER BY position, id")))
        views.append(SavedView::fromStateJson(row.value(0).toString(),
                                              QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object()));
    return views;
}

bool LibraryStore::checkNewViewName(const QString &name, qint64 except)
{
    if (name.trimmed().isEmpty())
        return fail(Error::Invalid, tr("a saved view needs a name"));
    const qint64 existing = viewId(name);
    if (existing >= 0 && existing != except)
        return fail(Error::Invalid, tr("a saved view named “%1” already exists").arg(name.trimmed()));
    return true;
}

bool LibraryStore::writeViewOrder(const QList<qint64> &ids)
{
    for (int i = 0; i < ids.size(); ++i)
        if (!exec(QStringLiteral("UPDATE views SET position = ? WHERE id = ?"), {i, ids[i]}))
            return false;
    return true;
}

namespace {

QString stateText(const SavedView &view)
{
    return QString::fromUtf8(QJsonDocument(view.stateJson()).toJson(QJsonDocument::Compact));
}

QList<qint64> idsOf(const QList<QVariantList> &rows)
{
    QList<qint64> ids;
    for (const QVariantList &row : rows)
        ids.append(row.value(0).toLongLong());
    return ids;
}

} // namespace

bool LibraryStore::insertView(const SavedView &view, int position)
{
    if (!begin())
        return false;
    QList<qint64> ids = idsOf(select(QStringLiteral("SELECT id FROM views ORDER BY position, id")));
    QVariantList row;
    if (!checkNewViewName(view.name, -1)
        || !exec(QStringLiteral("INSERT INTO views (name, position, state, created) VALUES (?, ?, ?, ?)"),
                 {view.name.trimmed(), int(ids.size()), stateText(view), now()})
        || !exec(QStringLiteral("SELECT last_insert_rowid()"), {}, &row))
        return rollback(QStringLiteral("save view"));
    const int at = position < 0 || position > ids.size() ? int(ids.size()) : position;
    ids.insert(at, row.value(0).toLongLong());
    if (!writeViewOrder(ids))
        return rollback(QStringLiteral("save view"));
    return commit();
}

bool LibraryStore::updateView(const SavedView &view)
{
    if (!begin())
        return false;
    const qint64 id = viewId(view.name);
    if (id < 0) {
        fail(Error::Invalid, tr("no saved view named “%1”").arg(view.name));
        return rollback(QString());
    }
    if (!exec(QStringLiteral("UPDATE views SET state = ? WHERE id = ?"), {stateText(view), id}))
        return rollback(QStringLiteral("update view"));
    return commit();
}

bool LibraryStore::renameView(const QString &name, const QString &newName)
{
    if (!begin())
        return false;
    const qint64 id = viewId(name);
    if (id < 0)
        fail(Error::Invalid, tr("no saved view named “%1”").arg(name));
    if (id < 0 || !checkNewViewName(newName, id)
        || !exec(QStringLiteral("UPDATE views SET name = ? WHERE id = ?"), {newName.trimmed(), id}))
        return rollback(QStringLiteral("rename view"));
    return commit();
}

bool LibraryStore::moveView(const QString &name, int newPosition)
{
    if (!begin())
        return false;
    QList<qint64> ids = idsOf(select(QStringLiteral("SELECT id FROM views ORDER BY position, id")));
    const qint64 id = viewId(name);
    if (id < 0 || newPosition < 0 || newPosition >= ids.size()) {
        fail(Error::Invalid, tr("no saved view named “%1”").arg(name));
        return rollback(QString());
    }
    ids.move(ids.indexOf(id), newPosition);
    if (!writeViewOrder(ids))
        return rollback(QStringLiteral("move view"));
    return commit();
}

bool LibraryStore::deleteView(const QString &name)
{
    if (!begin())
        return false;
    const qint64 id = viewId(name);
    if (id < 0) {
        fail(Error::Invalid, tr("no saved view named “%1”").arg(name));
        return rollback(QString());
    }
    if (!exec(QStringLiteral("DELETE FROM views WHERE id = ?"), {id})
        || !writeViewOrder(idsOf(select(QStringLiteral("SELECT id FROM views ORDER BY position, id")))))
        return rollback(QStringLiteral("delete view"));
    return commit();
}

bool LibraryStore::mergeViews(const QList<SavedView> &views, int *added)
{
    if (!begin())
        return false;
    QVariantList row;
    exec(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM views"), {}, &row);
    int next = row.value(0).toInt();
    int count = 0;
    for (const SavedView &view : views) {
        if (view.name.trimmed().isEmpty() || viewId(view.name) >= 0)
            continue;
        if (!exec(QStringLiteral("INSERT INTO views (name, position, state, created) VALUES (?, ?, ?, ?)"),
                  {view.name.trimmed(), next++, stateText(view), now()}))
            return rollback(QStringLiteral("import views"));
        ++count;
    }
    if (added)
        *added = count;
    return commit();
}
