#pragma once

#include "library/librarystore.h"

#include <QUndoCommand>

#include <functional>

// Undoable library changes for a QUndoStack. Each factory reads what it needs to undo from the store
// before changing it, so undo restores exactly (positions, notes, added dates). A command whose redo
// fails marks itself obsolete, so the stack drops it; the store's errorString() says why.
class LibraryUndoCommand : public QUndoCommand
{
public:
    using Action = std::function<bool()>;
    LibraryUndoCommand(const QString &text, Action redo, Action undo);
    void redo() override;
    void undo() override;
    // What the status bar says once the command is done ("Bookmarked 3 papers").
    static QString doneText(const QUndoCommand *command);

    static QUndoCommand *setBookmarked(LibraryStore *store, const QList<LibraryStore::Paper> &papers, bool on);
    static QUndoCommand *setRead(LibraryStore *store, const QStringList &ids, bool read);
    static QUndoCommand *createList(LibraryStore *store, const QString &name);
    static QUndoCommand *addToList(LibraryStore *store, const QString &name, const QList<LibraryStore::Paper> &papers);
    static QUndoCommand *removeFromList(LibraryStore *store, const QString &name, const QStringList &ids);
    static QUndoCommand *renameList(LibraryStore *store, const QString &name, const QString &newName);
    static QUndoCommand *deleteList(LibraryStore *store, const QString &name);
    static QUndoCommand *moveInList(LibraryStore *store, const QString &name, const QString &id, int newPosition);
    // Puts the list in `order` (a drag and drop of `moved` papers); undo restores the old order.
    static QUndoCommand *setOrder(LibraryStore *store, const QString &name, const QStringList &order, int moved);
    // Merges an exported list (LibraryStore::mergeList); undo puts the list (or the bookmarks) and
    // the read state back exactly as they were. The export's saved views whose names are free are
    // added too (undo deletes them).
    static QUndoCommand *importList(LibraryStore *store, const QString &name, const QList<LibraryStore::Entry> &entries,
                                    const QList<SavedView> &views = {});
    // Votes the papers "not relevant" for a list (or takes the votes back); undo restores the votes.
    static QUndoCommand *setNotRelevant(LibraryStore *store, const QString &name, const QList<LibraryStore::Paper> &papers, bool on);
    static QUndoCommand *setNote(LibraryStore *store, const QString &name, const QString &id, const QString &note);

    // Saved views (libraryundo_views.cpp). Saving under a taken name replaces that view's state.
    static QUndoCommand *saveView(LibraryStore *store, const SavedView &view);
    static QUndoCommand *renameView(LibraryStore *store, const QString &name, const QString &newName);
    static QUndoCommand *moveView(LibraryStore *store, const QString &name, int newPosition);
    static QUndoCommand *deleteView(LibraryStore *store, const QString &name);

private:
    Action m_redo;
    Action m_undo;
    static QUndoCommand *said(const QString &done, LibraryUndoCommand *command);
    QString m_doneText;
};
