#include "library/librarycontroller.h"

#include "library/librarydecorationmodel.h"
#include "library/libraryentriesmodel.h"
#include "library/librarylistsmodel.h"
#include "library/librarypanel.h"
#include "library/libraryscopeproxymodel.h"
#include "pipeline/resultspipeline.h"
#include "library/libraryundo.h"
#include "library/listpickerdialog.h"
#include "library/readtracker.h"
#include "library/savedviewsmodel.h"
#include "library/listtransferactions.h"
#include "library/undohistorydock.h"
#include "corpus/papermodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

LibraryController::LibraryController(QMainWindow *window, QMenu *menu, QAbstractItemView *paperView,
                                     ResultsPipeline *pipeline)
    : QObject(window), m_window(window), m_view(paperView), m_pipeline(pipeline), m_papers(pipeline->paperModel()),
      m_undo(new QUndoStack(this)), m_lists(new LibraryListsModel(this)), m_views(new SavedViewsModel(this)), m_entries(new LibraryEntriesModel(this))
{
    m_panel = new LibraryPanel(m_lists, m_entries);
    m_dock = new QDockWidget(tr("Library"), window);
    m_dock->setObjectName(QStringLiteral("libraryDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    // Papers are dragged onto a reading list, or between the rows of a list scope to reorder it:
    // the scope proxy decides where a drop is allowed, so outside a list no indicator shows.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropOverwriteMode(false);
    m_readTracker = new ReadTracker(m_view, this);
    m_externalTimer.setInterval(2000);
    connect(m_readTracker, &ReadTracker::readDue, this, [this](const QString &id) {
        if (m_store && !m_store->isReadOnly() && !m_store->isRead(id))
            m_store->setRead({id}, true); // implicit, so not on the undo stack
    });
    connect(&m_externalTimer, &QTimer::timeout, this, [this] {
        if (m_store)
            m_store->checkForExternalChanges();
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && m_store)
            m_store->checkForExternalChanges();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryController::currentPaperChanged);
    connect(m_papers, &PaperModel::corpusChanged, this, [this] { m_entries->setCorpus(m_papers->corpus()); });
    connect(m_panel, &LibraryPanel::scopeChanged, this, [this](const LibraryScope &s) {
        m_pipeline->setScope(s);
        m_pipeline->decoration()->setNoteList(s.kind() == LibraryScope::Kind::List ? s.listName() : QString());
        updateActions();
    });
    connect(m_panel, &LibraryPanel::noteEdited, this, [this](const QString &id, const QString &note) {
        if (m_store && m_panel->scope().kind() == LibraryScope::Kind::List)
            push(LibraryUndoCommand::setNote(m_store, m_panel->scope().listName(), id, note));
    });
    connect(m_lists, &LibraryListsModel::papersDropped, this, [this](const QString &list, const QStringList &ids) {
        const auto corpus = m_papers->corpus();
        QList<LibraryStore::Paper> papers;
        for (const QString &id : ids)
            if (const qsizetype row = corpus ? corpus->indexOfId(id) : -1; row >= 0)
                papers << LibraryStore::paperFrom(*corpus, row);
        if (m_store && !papers.isEmpty())
            push(LibraryUndoCommand::addToList(m_store, list, papers));
    });
    connect(m_pipeline->scopeProxy(), &LibraryScopeProxyModel::reorderRequested, this, &LibraryController::reorder);
    createActions(window, menu);
    setStore(nullptr);
}

LibraryController::~LibraryController() = default;

void LibraryController::setAutoReadDelay(int ms)
{
    m_readTracker->setDelay(ms);
}

QAction *LibraryController::historyAction() const
{
    return m_history->toggleViewAction();
}

void LibraryController::createActions(QMainWindow *window, QMenu *menu)
{
    menu->setTitle(tr("&Library"));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    menu->addAction(undo);
    menu->addAction(redo);
    // After the stack moved: what was done must not stay in the status bar once it is undone.
    connect(undo, &QAction::triggered, this, [this] {
        m_window->statusBar()->showMessage(tr("Undone: %1").arg(m_undo->redoText()), 3000);
    });
    connect(redo, &QAction::triggered, this, [this] {
        m_window->statusBar()->showMessage(tr("Redone: %1").arg(m_undo->undoText()), 3000);
    });
    menu->addSeparator();
    // An action with its shortcuts; one bound to a widget only fires while focus is inside it.
    const auto add = [&](const QString &text, const QList<QKeySequence> &keys, auto slot, QWidget *boundTo = nullptr) {
        QAction *a = menu->addAction(text, this, slot);
        a->setShortcuts(keys);
        if (boundTo) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            boundTo->addAction(a);
        }
        m_storeActions << a;
        return a;
    };
    // The paper actions also take a single key (B, M, L) wherever a paper is being read — the list
    // and the detail pane — while text fields keep those keys for typing.
    QWidget *reading = window->centralWidget() ? window->centralWidget() : m_view;
    add(tr("Toggle &Bookmark"), {QKeySequence(QStringLiteral("Ctrl+D")), QKeySequence(Qt::Key_B)},
        &LibraryController::toggleBookmark, reading);
    add(tr("Toggle &Read"), {QKeySequence(Qt::Key_M)}, &LibraryController::toggleRead, reading);
    add(tr("&Add to List…"), {QKeySequence(QStringLiteral("Ctrl+L")), QKeySequence(Qt::Key_L)},
        &LibraryController::addToList, reading);
    m_listActions[0] = add(tr("Re&move from List"), {QKeySequence(QStringLiteral("Shift+Del"))}, &LibraryController::removeFromList,
                           m_view);
    m_listActions[1] = add(tr("Move &Up in List"), {QKeySequence(QStringLiteral("Ctrl+Shift+Up"))}, [this] { moveCurrent(-1); },
                           m_view);
    m_listActions[2] = add(tr("Move &Down in List"), {QKeySequence(QStringLiteral("Ctrl+Shift+Down"))}, [this] { moveCurrent(1); },
                           m_view);
    menu->addSeparator();
    // On the lists panel's view only (F2 and Del mean other things elsewhere).
    QAction *rename = add(tr("Re&name List…"), {QKeySequence(Qt::Key_F2)}, &LibraryController::renameList);
    QAction *remove = add(tr("De&lete List…"), {QKeySequence(QKeySequence::Delete)}, &LibraryController::deleteList);
    for (QAction *a : {rename, remove})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_panel->listsView()->addActions({rename, remove});
    m_panel->listsView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    menu->addSeparator();
    m_transfer = new ListTransferActions(window, menu, this, m_papers);
    m_storeActions << m_transfer->importAction();
    m_history = new UndoHistoryDock(m_undo, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());
}

void LibraryController::setStore(LibraryStore *store)
{
    m_undo->clear();
    m_store = store && store->isOpen() ? store : nullptr;
    m_pipeline->setStore(m_store);
    m_lists->setStore(m_store);
    m_views->setStore(m_store);
    m_entries->setStore(m_store);
    if (m_store)
        m_externalTimer.start();
    else
        m_externalTimer.stop();
    m_dock->setEnabled(m_store);
    updateActions();
}

void LibraryController::updateActions()
{
    for (QAction *a : std::as_const(m_storeActions))
        a->setEnabled(m_store && !m_store->isReadOnly());
    const bool inList = m_store && m_panel->scope().kind() == LibraryScope::Kind::List;
    for (QAction *a : m_listActions)
        if (a)
            a->setEnabled(inList && !m_store->isReadOnly());
}

QString LibraryController::currentId() const
{
    return m_view->currentIndex().data(PaperRoles::IdRole).toString();
}

QList<LibraryStore::Paper> LibraryController::selectedPapers() const
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes << m_view->currentIndex();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<LibraryStore::Paper> papers;
    for (const QModelIndex &i : indexes)
        papers.append({i.data(PaperRoles::IdRole).toString(), i.data(PaperRoles::AuthorLabelRole).toString(),
                       i.data(PaperRoles::HeadlineRole).toString()});
    return papers;
}

void LibraryController::push(QUndoCommand *command)
{
    const int before = m_undo->count();
    const QString done = LibraryUndoCommand::doneText(command);
    m_undo->push(command);
    if (m_undo->count() == before && m_store)
        m_window->statusBar()->showMessage(tr("Library: %1").arg(m_store->errorString()), 8000);
    else
        m_window->statusBar()->showMessage(done, 3000);
}

void LibraryController::toggleBookmark()
{
    const auto papers = selectedPapers();
    if (!m_store || papers.isEmpty())
        return;
    push(LibraryUndoCommand::setBookmarked(m_store, papers, !allSelected(PaperRoles::BookmarkedRole)));
}

void LibraryController::toggleRead()
{
    const auto papers = selectedPapers();
    if (!m_store || papers.isEmpty())
        return;
    QStringList ids;
    for (const auto &p : papers)
        ids << p.id;
    m_readTracker->cancel(); // a manual choice wins over the timer
    push(LibraryUndoCommand::setRead(m_store, ids, !allSelected(PaperRoles::ReadRole)));
}

void LibraryController::addToList()
{
    const auto papers = selectedPapers();
    if (!m_store || papers.isEmpty())
        return;
    auto *picker = new ListPickerDialog(m_lists, tr("Add %n paper(s) to list", nullptr, int(papers.size())), m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ListPickerDialog::listChosen, this, [this, papers](const QString &name) {
        push(LibraryUndoCommand::addToList(m_store, name, papers));
    });
    picker->open();
}

void LibraryController::removeFromList()
{
    const auto papers = selectedPapers();
    if (!m_store || papers.isEmpty() || m_panel->scope().kind() != LibraryScope::Kind::List)
        return;
    QStringList ids;
    for (const auto &p : papers)
        ids << p.id;
    push(LibraryUndoCommand::removeFromList(m_store, m_panel->scope().listName(), ids));
}

void LibraryController::moveCurrent(int delta)
{
    const QString id = currentId();
    if (!m_store || id.isEmpty() || m_panel->scope().kind() != LibraryScope::Kind::List)
        return;
    const QString list = m_panel->scope().listName();
    const auto entries = m_store->entries(list);
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].paper.id != id)
            continue;
        if (i + delta < 0 || i + delta >= entries.size())
            return;
        push(LibraryUndoCommand::moveInList(m_store, list, id, i + delta));
        // The scope proxy re-sorted: keep the moved paper current.
        const QModelIndexList hits = m_view->model()->match(m_view->model()->index(0, 0), PaperRoles::IdRole, id, 1,
                                                            Qt::MatchExactly);
        if (!hits.isEmpty())
            m_view->setCurrentIndex(hits.first());
        return;
    }
}

void LibraryController::reorder(const QString &list, const QStringList &order, const QStringList &moved)
{
    if (!m_store)
        return;
    push(LibraryUndoCommand::setOrder(m_store, list, order, int(moved.size())));
    // The proxy re-sorted with layoutChanged, which carries the selection along; make sure the
    // moved papers are exactly what is selected, with the first of them current.
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : moved) {
        const QModelIndexList hits = m_view->model()->match(m_view->model()->index(0, 0), PaperRoles::IdRole, id, 1, Qt::MatchExactly);
        if (hits.isEmpty())
            continue;
        selection.select(hits.first(), hits.first());
        if (!first.isValid())
            first = hits.first();
    }
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
}

bool LibraryController::allSelected(int role) const
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes << m_view->currentIndex();
    return std::all_of(indexes.cbegin(), indexes.cend(), [role](const QModelIndex &i) { return i.data(role).toBool(); });
}

void LibraryController::renameList()
{
    const QString name = m_panel->currentListName();
    if (!m_store || name.isEmpty())
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(m_window, tr("Rename List"), tr("New name for “%1”:").arg(name),
                                                  QLineEdit::Normal, name, &ok);
    if (ok && newName.trimmed() != name)
        push(LibraryUndoCommand::renameList(m_store, name, newName));
}

void LibraryController::deleteList()
{
    const QString name = m_panel->currentListName();
    if (!m_store || name.isEmpty())
        return;
    const int count = int(m_store->entries(name).size());
    const auto answer = QMessageBox::question(
        m_window, tr("Delete List"),
        tr("Delete the list “%1” with %n paper(s)? (Ctrl+Z brings it back.)", nullptr, count).arg(name));
    if (answer != QMessageBox::Yes)
        return;
    m_panel->setScope(LibraryScope::all());
    push(LibraryUndoCommand::deleteList(m_store, name));
}

void LibraryController::currentPaperChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_panel->showNote(currentId(), current.data(PaperRoles::NoteRole).toString());
}
