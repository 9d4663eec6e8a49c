#include "library/libraryundo.h"

#include <QCoreApplication>

// LibraryUndoCommand: saved views. Each command finds its view by name, so undo and redo still
// work after other steps moved or renamed neighbours.

namespace {

struct SavedViewUndo
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewUndo)
};

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

int rowOf(const QList<SavedView> &views, const QString &name)
{
    for (int i = 0; i < views.size(); ++i)
        if (views[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

QUndoCommand *LibraryUndoCommand::saveView(LibraryStore *store, const SavedView &view)
{
    const QList<SavedView> views = store->views();
    const int row = rowOf(views, view.name);
    const QString name = view.name.trimmed();
    if (row < 0)
        return said(SavedViewUndo::tr("Saved the view %1").arg(quoted(name)),
                    new LibraryUndoCommand(SavedViewUndo::tr("save the view %1").arg(quoted(name)),
                                           [=] { return store->insertView(view); },
                                           [=] { return store->deleteView(name); }));
    const SavedView old = views[row];
    SavedView replacement = view;
    replacement.name = old.name;
    return said(SavedViewUndo::tr("Replaced the view %1").arg(quoted(old.name)),
                new LibraryUndoCommand(SavedViewUndo::tr("replace the view %1").arg(quoted(old.name)),
                                       [=] { return store->updateView(replacement); },
                                       [=] { return store->updateView(old); }));
}

QUndoCommand *LibraryUndoCommand::renameView(LibraryStore *store, const QString &name, const QString &newName)
{
    const QList<SavedView> views = store->views();
    const QString old = rowOf(views, name) >= 0 ? views[rowOf(views, name)].name : name.trimmed();
    const QString next = newName.trimmed();
    return said(SavedViewUndo::tr("Renamed the view %1 to %2").arg(quoted(old), quoted(next)),
                new LibraryUndoCommand(SavedViewUndo::tr("rename the view %1 to %2").arg(quoted(old), quoted(next)),
                                       [=] { return store->renameView(old, next); },
                                       [=] { return store->renameView(next, old); }));
}

QUndoCommand *LibraryUndoCommand::moveView(LibraryStore *store, const QString &name, int newPosition)
{
    const QList<SavedView> views = store->views();
    const int from = rowOf(views, name);
    const QString shown = from >= 0 ? views[from].name : name.trimmed();
    return said(SavedViewUndo::tr("Moved the view %1").arg(quoted(shown)),
                new LibraryUndoCommand(SavedViewUndo::tr("move the view %1").arg(quoted(shown)),
                                       [=] { return from >= 0 && store->moveView(shown, newPosition); },
                                       [=] { return store->moveView(shown, from); }));
}

QUndoCommand *LibraryUndoCommand::deleteView(LibraryStore *store, const QString &name)
{
    const QList<SavedView> views = store->views();
    const int row = rowOf(views, name);
    const SavedView old = row >= 0 ? views[row] : SavedView{};
    return said(SavedViewUndo::tr("Deleted the view %1").arg(quoted(old.name)),
                new LibraryUndoCommand(SavedViewUndo::tr("delete the view %1").arg(quoted(old.name)),
                                       [=] { return row >= 0 && store->deleteView(old.name); },
                                       [=] { return store->insertView(old, row); }));
}
