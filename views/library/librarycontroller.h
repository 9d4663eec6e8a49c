#pragma once

#include "library/librarystore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class LibraryEntriesModel;
class LibraryListsModel;
class LibraryPanel;
class ListTransferActions;
class UndoHistoryDock;
class PaperModel;
class QAbstractItemView;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;
class ReadTracker;
class ResultsPipeline;

// The library in the window: the "Library" menu and its shortcuts (Ctrl+D bookmark, M read,
// Ctrl+L add to list, Ctrl+Shift+Up/Down reorder, Ctrl+Z / Ctrl+Shift+Z), the lists panel dock, the
// list picker, automatic read state, and noticing changes made by another running instance.
// Every change goes through one QUndoStack.
class LibraryController : public QObject
{
    Q_OBJECT

public:
    // Fills menu (the window's Library menu); the panel's scope choice goes to the pipeline.
    LibraryController(QMainWindow *window, QMenu *menu, QAbstractItemView *paperView, ResultsPipeline *pipeline);
    ~LibraryController() override;

    void setStore(LibraryStore *store);
    LibraryStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    LibraryPanel *panel() const { return m_panel; }
    LibraryListsModel *listsModel() const { return m_lists; }
    ListTransferActions *listTransfer() const { return m_transfer; }
    // View ▸ History: shows the undo stack (MainWindow puts it into the View menu).
    QAction *historyAction() const;
    // How long a paper stays current before it counts as read (default 3 s).
    void setAutoReadDelay(int ms);
    ReadTracker *readTracker() const { return m_readTracker; }

    void toggleBookmark();
    void toggleRead();
    void addToList();
    void removeFromList();
    void moveCurrent(int delta);
    void renameList();
    void deleteList();
    // Puts a list in a dropped order as one undoable change and selects the moved papers.
    void reorder(const QString &list, const QStringList &order, const QStringList &moved);
    // Pushes a library change on the undo stack and says in the status bar what it did.
    void push(class QUndoCommand *command);

private:
    void createActions(QMainWindow *window, QMenu *menu);
    QList<LibraryStore::Paper> selectedPapers() const;
    QString currentId() const;
    bool allSelected(int role) const; // every selected paper (or the current one) has role set
    void currentPaperChanged();
    void updateActions();

    QMainWindow *m_window;
    QAbstractItemView *m_view;
    ResultsPipeline *m_pipeline;
    PaperModel *m_papers;
    QPointer<LibraryStore> m_store;
    QUndoStack *m_undo;
    LibraryListsModel *m_lists;
    LibraryEntriesModel *m_entries;
    LibraryPanel *m_panel;
    QDockWidget *m_dock;
    QList<QAction *> m_storeActions;
    QAction *m_listActions[3] = {}; // remove, move up, move down: only in a list scope
    ReadTracker *m_readTracker;
    QTimer m_externalTimer;
    ListTransferActions *m_transfer = nullptr;
    UndoHistoryDock *m_history = nullptr;
};
