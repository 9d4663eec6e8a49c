#include "library/libraryundo.h"

#include <QCoreApplication>

namespace {

// The translation context of every undo text ("Undo remove 3 papers from “to read”").
struct LibraryUndo
{
    Q_DECLARE_TR_FUNCTIONS(LibraryUndo)
};

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

QList<LibraryStore::Entry> stamped(const QList<LibraryStore::Paper> &papers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<LibraryStore::Entry> entries;
    for (const auto &p : papers)
        entries.append({p, QString(), now, false});
    return entries;
}

} // namespace

QUndoCommand *LibraryUndoCommand::said(const QString &done, LibraryUndoCommand *command)
{
    command->m_doneText = done;
    return command;
}

QString LibraryUndoCommand::doneText(const QUndoCommand *command)
{
    const auto *own = dynamic_cast<const LibraryUndoCommand *>(command);
    return own ? own->m_doneText : command->text();
}

LibraryUndoCommand::LibraryUndoCommand(const QString &text, Action redo, Action undo)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void LibraryUndoCommand::redo()
{
    if (!m_redo())
        setObsolete(true);
}

void LibraryUndoCommand::undo()
{
    m_undo();
}

QUndoCommand *LibraryUndoCommand::setBookmarked(LibraryStore *store, const QList<LibraryStore::Paper> &papers, bool on)
{
    // Only the papers whose state changes; unbookmarking keeps their entries to restore the dates.
    const QSet<QString> marked = store->bookmarkedIds();
    QList<LibraryStore::Paper> changing;
    for (const auto &p : papers)
        if (marked.contains(p.id) != on)
            changing << p;
    QSet<QString> changingIds;
    for (const auto &p : changing)
        changingIds.insert(p.id);
    QList<LibraryStore::Entry> previous;
    if (!on)
        for (const auto &e : store->bookmarks())
            if (changingIds.contains(e.paper.id))
                previous << e;
    const int n = int(changing.size());
    const QString text = on ? LibraryUndo::tr("bookmark %n paper(s)", nullptr, n) : LibraryUndo::tr("remove the bookmark of %n paper(s)", nullptr, n);
    // Redo after undo restores the same "added" date: the entries are stamped once, here.
    const auto adding = stamped(changing);
    return said(on ? LibraryUndo::tr("Bookmarked %n paper(s)", nullptr, n) : LibraryUndo::tr("Removed the bookmark of %n paper(s)", nullptr, n),
                new LibraryUndoCommand(
        text, [=] { return on ? store->mergeList(LibraryStore::kBookmarksName, adding) : store->setBookmarked(changing, false); },
        [=] { return on ? store->setBookmarked(changing, false) : store->mergeList(LibraryStore::kBookmarksName, previous); }));
}

QUndoCommand *LibraryUndoCommand::setNotRelevant(LibraryStore *store, const QString &name,
                                                 const QList<LibraryStore::Paper> &papers, bool on)
{
    const QStringList voted = store->notRelevant(name);
    QList<LibraryStore::Paper> changing;
    for (const auto &p : papers)
        if (voted.contains(p.id) != on)
            changing << p;
    const int n = int(changing.size());
    const QString text = on ? LibraryUndo::tr("mark %n paper(s) not relevant for %1", nullptr, n).arg(quoted(name))
                            : LibraryUndo::tr("take back %n “not relevant” vote(s) for %1", nullptr, n).arg(quoted(name));
    return new LibraryUndoCommand(
        text, [=] { return store->setNotRelevant(name, changing, on); }, [=] { return store->setNotRelevant(name, changing, !on); });
}

QUndoCommand *LibraryUndoCommand::setRead(LibraryStore *store, const QStringList &ids, bool read)
{
    const QSet<QString> readIds = store->readIds();
    QStringList changing;
    for (const QString &id : ids)
        if (readIds.contains(id) != read)
            changing << id;
    const int n = int(changing.size());
    return said(read ? LibraryUndo::tr("Marked %n paper(s) read", nullptr, n) : LibraryUndo::tr("Marked %n paper(s) unread", nullptr, n),
                new LibraryUndoCommand(read ? LibraryUndo::tr("mark %n paper(s) read", nullptr, n) : LibraryUndo::tr("mark %n paper(s) unread", nullptr, n),
                                  [=] { return store->setRead(changing, read); },
                                  [=] { return store->setRead(changing, !read); }));
}

QUndoCommand *LibraryUndoCommand::createList(LibraryStore *store, const QString &name)
{
    return said(LibraryUndo::tr("Created list %1").arg(quoted(name)),
                new LibraryUndoCommand(LibraryUndo::tr("create list %1").arg(quoted(name)), [=] { return store->createList(name); },
                                  [=] { return store->deleteList(name); }));
}

QUndoCommand *LibraryUndoCommand::addToList(LibraryStore *store, const QString &name, const QList<LibraryStore::Paper> &papers)
{
    const bool existed = store->hasList(name);
    const QString shownName = existed ? store->canonicalListName(name) : name.trimmed();
    QSet<QString> present;
    for (const auto &e : store->entries(name))
        present.insert(e.paper.id);
    QStringList adding;
    for (const auto &p : papers)
        if (!present.contains(p.id)) {
            adding << p.id;
            present.insert(p.id); // a paper given twice is added once
        }
    const bool reserved = name.trimmed().compare(LibraryStore::kBookmarksName, Qt::CaseInsensitive) == 0;
    const auto entries = stamped(papers);
    return said(LibraryUndo::tr("Added %n paper(s) to %1", nullptr, int(adding.size())).arg(quoted(shownName)),
                new LibraryUndoCommand(
        LibraryUndo::tr("add %n paper(s) to %1", nullptr, int(adding.size())).arg(quoted(shownName)),
        [=] { return reserved ? store->addToList(name, papers) : store->mergeList(name, entries); },
        [=] { return existed ? store->removeFromList(name, adding) : store->deleteList(name); }));
}

QUndoCommand *LibraryUndoCommand::removeFromList(LibraryStore *store, const QString &name, const QStringList &ids)
{
    QList<QPair<int, LibraryStore::Entry>> removed;
    const auto entries = store->entries(name);
    for (int i = 0; i < entries.size(); ++i)
        if (ids.contains(entries[i].paper.id))
            removed.append({i, entries[i]});
    return said(LibraryUndo::tr("Removed %n paper(s) from %1", nullptr, int(removed.size())).arg(quoted(store->canonicalListName(name))),
                new LibraryUndoCommand(
        LibraryUndo::tr("remove %n paper(s) from %1", nullptr, int(removed.size())).arg(quoted(store->canonicalListName(name))),
        [=] { return store->removeFromList(name, ids); }, [=] { return store->insertIntoList(name, removed); }));
}

QUndoCommand *LibraryUndoCommand::renameList(LibraryStore *store, const QString &name, const QString &newName)
{
    const QString old = store->canonicalListName(name);
    return said(LibraryUndo::tr("Renamed %1 to %2").arg(quoted(old), quoted(newName.trimmed())),
                new LibraryUndoCommand(LibraryUndo::tr("rename %1 to %2").arg(quoted(old), quoted(newName.trimmed())),
                                  [=] { return store->renameList(old, newName); },
                                  [=] { return store->renameList(newName, old); }));
}

QUndoCommand *LibraryUndoCommand::deleteList(LibraryStore *store, const QString &name)
{
    const QString old = store->canonicalListName(name);
    const auto entries = store->entries(name);
    QList<LibraryStore::Paper> voted; // the list's "not relevant" votes go with it and come back with it
    for (const QString &id : store->notRelevant(name))
        voted.append({id, {}, {}});
    return said(LibraryUndo::tr("Deleted list %1").arg(quoted(old)),
                new LibraryUndoCommand(LibraryUndo::tr("delete list %1").arg(quoted(old)), [=] { return store->deleteList(old); },
                                  [=] {
                                      return store->restoreList(old, entries)
                                             && (voted.isEmpty() || store->setNotRelevant(old, voted, true));
                                  }));
}

QUndoCommand *LibraryUndoCommand::moveInList(LibraryStore *store, const QString &name, const QString &id, int newPosition)
{
    int old = -1;
    const auto entries = store->entries(name);
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].paper.id == id)
            old = i;
    return said(LibraryUndo::tr("Moved %n paper(s) in %1", nullptr, 1).arg(quoted(store->canonicalListName(name))),
                new LibraryUndoCommand(LibraryUndo::tr("move %n paper(s) in %1", nullptr, 1).arg(quoted(store->canonicalListName(name))),
                                  [=] { return old >= 0 && store->moveInList(name, id, newPosition); },
                                  [=] { return store->moveInList(name, id, old); }));
}

QUndoCommand *LibraryUndoCommand::setOrder(LibraryStore *store, const QString &name, const QStringList &order, int moved)
{
    QStringList old;
    for (const auto &e : store->entries(name))
        old << e.paper.id;
    return said(LibraryUndo::tr("Moved %n paper(s) in %1", nullptr, moved).arg(quoted(store->canonicalListName(name))),
                new LibraryUndoCommand(LibraryUndo::tr("move %n paper(s) in %1", nullptr, moved).arg(quoted(store->canonicalListName(name))),
                                  [=] { return store->setOrder(name, order); }, [=] { return store->setOrder(name, old); }));
}

QUndoCommand *LibraryUndoCommand::setNote(LibraryStore *store, const QString &name, const QString &id, const QString &note)
{
    QString old;
    for (const auto &e : store->entries(name))
        if (e.paper.id == id)
            old = e.note;
    return said(LibraryUndo::tr("Saved the note in %1").arg(quoted(store->canonicalListName(name))),
                new LibraryUndoCommand(LibraryUndo::tr("edit the note in %1").arg(quoted(store->canonicalListName(name))),
                                  [=] { return store->setNote(name, id, note); },
                                  [=] { return store->setNote(name, id, old); }));
}

QUndoCommand *LibraryUndoCommand::importList(LibraryStore *store, const QString &name, const QList<LibraryStore::Entry> &entries,
                                             const QList<SavedView> &views)
{
    QStringList newViews;
    for (const SavedView &v : views)
        if (!store->hasView(v.name))
            newViews << v.name.trimmed();
    const bool bookmarks = name.trimmed().compare(LibraryStore::kBookmarksName, Qt::CaseInsensitive) == 0;
    const bool existed = !bookmarks && store->hasList(name);
    const QString shownName = bookmarks ? LibraryStore::kBookmarksName : existed ? store->canonicalListName(name) : name.trimmed();
    const auto before = existed ? store->entries(name) : QList<LibraryStore::Entry>();
    const QSet<QString> marked = store->bookmarkedIds();
    const QSet<QString> read = store->readIds();
    QList<LibraryStore::Paper> newBookmarks;
    QStringList newlyRead;
    for (const auto &e : entries) {
        if (bookmarks && !marked.contains(e.paper.id))
            newBookmarks << e.paper;
        if (e.read && !read.contains(e.paper.id) && !newlyRead.contains(e.paper.id))
            newlyRead << e.paper.id;
    }
    const auto undo = [=] {
        bool ok = newlyRead.isEmpty() || store->setRead(newlyRead, false);
        for (const QString &view : newViews)
            ok = ok && store->deleteView(view);
        if (bookmarks)
            return ok && (newBookmarks.isEmpty() || store->setBookmarked(newBookmarks, false));
        ok = ok && store->deleteList(shownName);
        return ok && (!existed || store->restoreList(shownName, before));
    };
    return said(LibraryUndo::tr("Imported %n paper(s) into %1", nullptr, int(entries.size())).arg(quoted(shownName)),
                new LibraryUndoCommand(LibraryUndo::tr("import %n paper(s) into %1", nullptr, int(entries.size())).arg(quoted(shownName)),
                                  [=] { return store->mergeList(shownName, entries) && (views.isEmpty() || store->mergeViews(views)); }, undo));
}
