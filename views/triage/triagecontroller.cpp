#include "triage/triagecontroller.h"

#include "corpus/papermodel.h"
#include "library/librarycontroller.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryundo.h"
#include "library/listpickerdialog.h"
#include "library/readtracker.h"
#include "pipeline/resultspipeline.h"
#include "ranking/listclassifier.h"
#include "reading/detailview.h"
#include "reading/paperhtml.h"
#include "search/highlighter.h"
#include "search/paperdelegate.h"
#include "search/searchresultsmodel.h"
#include "search/similarityindex.h"
#include "triage/triageorder.h"
#include "triage/triageranker.h"
#include "triage/triagesession.h"
#include "widgets/appearance.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

TriageController::TriageController(const Parts &parts)
    : QObject(parts.window), m_window(parts.window), m_list(parts.list), m_pipeline(parts.pipeline),
      m_library(parts.library), m_detail(parts.detail), m_session(new TriageSession(this)), m_ranker(new TriageRanker(this))
{
    // The panes and the triage page share the central place; the panes' shortcuts (bound to them)
    // only fire while they are the page shown.
    m_panes = m_window->takeCentralWidget();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(m_panes);
    m_view = new TriageView;
    m_stack->addWidget(m_view);
    m_window->setCentralWidget(m_stack);

    m_action = parts.viewMenu->addAction(tr("&Triage"));
    m_action->setObjectName(QStringLiteral("triageAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_action->setCheckable(true);
    m_action->setToolTip(tr("One paper at a time over the current results: keep, skip, star, not relevant"));
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (on)
            enter();
        else
            leave();
    });
    connect(m_view, &TriageView::commandRequested, this, &TriageController::run);
    connect(m_view->orderBox(), &QComboBox::activated, this,
            [this](int i) { setOrder(i == 1 ? Order::MostUncertain : Order::Ranking); });
    connect(m_session, &TriageSession::changed, this, &TriageController::refresh);
    connect(m_ranker, &TriageRanker::ready, this, &TriageController::classifierReady);
    connect(m_pipeline->paperModel(), &PaperModel::corpusChanged, this, [this] {
        m_ranker->stop();
        leave(); // its papers are gone
    });
    // Stars, read state and lists shown on the page follow the store (another instance too).
    connect(m_pipeline->decoration(), &QAbstractItemModel::dataChanged, this, [this] {
        if (isActive())
            refresh();
    });
}

TriageController::~TriageController() = default;

bool TriageController::isActive() const
{
    return m_stack->currentWidget() == m_view;
}

void TriageController::showMessage(const QString &text, int ms)
{
    m_window->statusBar()->showMessage(text, ms);
}

bool TriageController::enter()
{
    if (isActive())
        return true;
    QAbstractItemModel *model = m_pipeline->model();
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(PaperRoles::IdRole).toString());
    if (ids.isEmpty() || !m_library->store() || m_library->store()->isReadOnly()) {
        m_action->setChecked(false);
        showMessage(ids.isEmpty() ? tr("Triage: no papers to go through; search or clear the filters first.")
                                  : tr("Triage needs a library that can be written."));
        return false;
    }
    m_rankingOrder = ids;
    const QModelIndex current = m_list->currentIndex();
    m_session->start(ids, current.isValid() ? current.row() : 0);
    m_order = Order::Ranking;
    m_view->orderBox()->setCurrentIndex(0);
    m_view->setOrderNote(QString());
    m_view->setKeepList(m_keepList);
    m_stack->setCurrentWidget(m_view);
    m_view->setFocus(Qt::OtherFocusReason);
    m_action->setChecked(true);
    refresh();
    emit activeChanged(true);
    return true;
}

void TriageController::leave()
{
    m_action->setChecked(false);
    if (!isActive())
        return;
    m_ranker->stop();
    m_stack->setCurrentWidget(m_panes);
    // Back on the paper the pass stopped at, or the nearest one the list still shows.
    const QStringList ids = m_session->ids();
    const qsizetype at = m_session->position();
    QModelIndex target;
    for (qsizetype d = 0; at >= 0 && !target.isValid() && (at + d < ids.size() || at - d >= 0); ++d) {
        if (at + d < ids.size())
            target = m_pipeline->indexOfPaper(ids.at(at + d));
        if (!target.isValid() && at - d >= 0)
            target = m_pipeline->indexOfPaper(ids.at(at - d));
    }
    if (target.isValid()) {
        m_list->setCurrentIndex(target);
        m_list->scrollTo(target, QAbstractItemView::PositionAtCenter);
        m_library->readTracker()->setCurrentChosen();
    }
    m_list->setFocus(Qt::OtherFocusReason);
    showMessage(tr("Triage: %1").arg(progress()), 6000);
    emit activeChanged(false);
}

void TriageController::setKeepList(const QString &name)
{
    m_keepList = name;
    m_view->setKeepList(name);
    refresh();
}

QModelIndex TriageController::indexOf(const QString &id) const
{
    // The list's row (stars, lists and matches included); a paper the scope no longer shows (an
    // Unread scope after S) still reads from the corpus.
    if (const QModelIndex shown = m_pipeline->indexOfPaper(id); shown.isValid())
        return shown;
    const auto corpus = m_pipeline->paperModel()->corpus();
    const qsizetype row = corpus ? corpus->indexOfId(id) : -1;
    return row >= 0 ? m_pipeline->paperModel()->index(int(row), 0) : QModelIndex();
}

QString TriageController::progress() const
{
    if (m_session->isEmpty())
        return tr("nothing to triage");
    QStringList parts = {tr("%1 of %2").arg(m_session->position() + 1).arg(m_session->count()),
                         tr("%n kept", nullptr, m_session->keptCount())};
    if (m_session->skippedCount())
        parts << tr("%n skipped", nullptr, m_session->skippedCount());
    if (m_session->notRelevantCount())
        parts << tr("%n not relevant", nullptr, m_session->notRelevantCount());
    if (m_session->starredCount())
        parts << tr("%n starred", nullptr, m_session->starredCount());
    return parts.join(QStringLiteral(", "));
}

void TriageController::refresh()
{
    if (!isActive())
        return;
    QString state;
    switch (m_session->decision(m_session->currentId())) {
    case TriageSession::Decision::Kept: state = tr("kept"); break;
    case TriageSession::Decision::Skipped: state = tr("skipped"); break;
    case TriageSession::Decision::NotRelevant: state = tr("not relevant"); break;
    case TriageSession::Decision::None: break;
    }
    m_view->setProgress(state.isEmpty() ? progress() : tr("%1 — this paper: %2").arg(progress(), state));
    Highlighter highlighter(m_pipeline->results()->query());
    highlighter.setMarkColor(PaperDelegate::highlightColor(m_view->palette()).name());
    PaperHtml html;
    html.render = [highlighter](const QString &plain) { return highlighter.toHtml(plain); };
    html.tldrBackground = m_view->palette().color(QPalette::AlternateBase).name();
    html.dimText = Appearance::dimText(m_view->palette()).name();
    const QModelIndex index = indexOf(m_session->currentId());
    m_view->setPaperHtml(index.isValid() ? html.triage(index) : QString());
}

int TriageController::push(QUndoCommand *command)
{
    QUndoStack *stack = m_library->undoStack();
    const int before = stack->index();
    const QString done = LibraryUndoCommand::doneText(command);
    stack->push(command);
    if (stack->index() == before) {
        showMessage(tr("Library: %1").arg(m_library->store()->errorString()), 8000);
        return -1;
    }
    showMessage(done, 3000);
    return stack->index();
}

void TriageController::run(TriageView::Command command)
{
    using C = TriageView::Command;
    if (m_asking || !m_library->store())
        return;
    switch (command) {
    case C::Keep: withKeepList([this] { keep(); }); break;
    case C::ChooseKeepList: withKeepList([] {}, true); break;
    case C::Skip: skip(); break;
    case C::Star: star(); break;
    case C::NotRelevant: withKeepList([this] { notRelevant(); }); break;
    case C::File: file(); break;
    case C::Undo: undo(); break;
    case C::Next:
        if (!m_session->next())
            showMessage(tr("Triage: that was the last paper; Esc goes back to the list."));
        break;
    case C::Previous: m_session->previous(); break;
    case C::First: m_session->setPosition(0); break;
    case C::Last: m_session->setPosition(m_session->count() - 1); break;
    case C::ToggleOrder: setOrder(m_order == Order::Ranking ? Order::MostUncertain : Order::Ranking); break;
    case C::Leave: leave(); break;
    }
}

void TriageController::withKeepList(std::function<void()> then, bool ask)
{
    if (!m_keepList.isEmpty() && !ask) {
        then();
        return;
    }
    pickList(tr("Keep papers in list"), [this, then](const QString &name) {
        setKeepList(name);
        then();
    });
}

void TriageController::pickList(const QString &title, std::function<void(const QString &)> chosen)
{
    auto *picker = new ListPickerDialog(m_library->listsModel(), title, m_window);
    picker->setObjectName(QStringLiteral("listPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    connect(picker, &QObject::destroyed, this, [this] {
        m_asking = false;
        if (isActive())
            m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(picker, &ListPickerDialog::listChosen, this, [this, chosen](const QString &name) {
        m_asking = false;
        chosen(name);
    });
    picker->open();
}

static QList<LibraryStore::Paper> paperOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    return {{index.data(PaperRoles::IdRole).toString(), index.data(PaperRoles::AuthorLabelRole).toString(),
             index.data(PaperRoles::HeadlineRole).toString()}};
}

void TriageController::keep()
{
    const auto paper = paperOf(indexOf(m_session->currentId()));
    if (paper.isEmpty())
        return;
    m_session->decide(TriageSession::Decision::Kept,
                      push(LibraryUndoCommand::addToList(m_library->store(), m_keepList, paper)));
}

void TriageController::skip()
{
    const QString id = m_session->currentId();
    if (id.isEmpty())
        return;
    m_session->decide(TriageSession::Decision::Skipped, push(LibraryUndoCommand::setRead(m_library->store(), {id}, true)));
}

void TriageController::star()
{
    const auto paper = paperOf(indexOf(m_session->currentId()));
    if (paper.isEmpty())
        return;
    const bool before = m_library->store()->isBookmarked(paper.first().id);
    m_session->recordStar(before, !before,
                          push(LibraryUndoCommand::setBookmarked(m_library->store(), paper, !before)));
}

void TriageController::notRelevant()
{
    const auto paper = paperOf(indexOf(m_session->currentId()));
    if (paper.isEmpty())
        return;
    // One undo step: the vote for the keep list, and the paper counts as read.
    LibraryStore *store = m_library->store();
    const QString id = paper.first().id;
    QUndoStack *stack = m_library->undoStack();
    const int before = stack->index();
    stack->beginMacro(tr("not relevant for “%1”").arg(m_keepList));
    stack->push(LibraryUndoCommand::setNotRelevant(store, m_keepList, paper, true));
    stack->push(LibraryUndoCommand::setRead(store, {id}, true));
    stack->endMacro();
    if (!store->notRelevant(m_keepList).contains(id)) {
        if (stack->index() != before)
            stack->undo(); // half a step is no step
        showMessage(tr("Library: %1").arg(store->errorString()), 8000);
        return;
    }
    m_session->decide(TriageSession::Decision::NotRelevant, stack->index());
    showMessage(tr("Not relevant for “%1”").arg(m_keepList), 3000);
}

void TriageController::file()
{
    const auto paper = paperOf(indexOf(m_session->currentId()));
    if (paper.isEmpty())
        return;
    pickList(tr("Add the paper to list"), [this, paper](const QString &name) {
        m_session->recordFiled(push(LibraryUndoCommand::addToList(m_library->store(), name, paper)));
    });
}

void TriageController::undo()
{
    if (!m_session->canUndo()) {
        showMessage(tr("Triage: nothing to undo in this pass."));
        return;
    }
    QUndoStack *stack = m_library->undoStack();
    const TriageSession::Step step = m_session->undo();
    // Only while the pass's change is still the last one on the stack (else it was undone already).
    if (step.undoIndex >= 0 && stack->index() == step.undoIndex) {
        const QString text = stack->undoText();
        stack->undo();
        showMessage(tr("Undone: %1").arg(text), 3000);
    }
}

void TriageController::setOrder(Order order)
{
    if (order == Order::Ranking) {
        m_ranker->stop();
        m_order = Order::Ranking;
        m_view->orderBox()->setCurrentIndex(0);
        m_view->setOrderNote(QString());
        m_session->setOrder(m_rankingOrder);
        return;
    }
    m_view->orderBox()->setCurrentIndex(0); // until the classifier is ready
    withKeepList([this] { train(); });
}

void TriageController::train()
{
    const auto index = m_detail->similarityIndex();
    const auto corpus = m_pipeline->paperModel()->corpus();
    if (!index || !corpus || index->corpus() != corpus) {
        showMessage(tr("Most uncertain first needs the similar-papers index, still being computed; try again in a moment."));
        emit orderReady(false);
        return;
    }
    QList<qsizetype> positives, negatives;
    for (const auto &entry : m_library->store()->entries(m_keepList))
        if (const qsizetype row = corpus->indexOfId(entry.paper.id); row >= 0)
            positives.append(row);
    for (const QString &id : m_library->store()->notRelevant(m_keepList))
        if (const qsizetype row = corpus->indexOfId(id); row >= 0)
            negatives.append(row);
    if (positives.isEmpty()) {
        showMessage(tr("Most uncertain first: keep a paper in “%1” first, so there is something to learn from.").arg(m_keepList));
        emit orderReady(false);
        return;
    }
    m_view->setOrderNote(tr("learning from “%1”…").arg(m_keepList));
    m_ranker->train(index, positives, negatives);
}

void TriageController::classifierReady(std::shared_ptr<const ListClassifier> classifier)
{
    const auto corpus = m_pipeline->paperModel()->corpus();
    if (!classifier || !corpus || !isActive()) {
        m_view->setOrderNote(QString());
        emit orderReady(false);
        return;
    }
    QList<qsizetype> rows;
    for (const QString &id : std::as_const(m_rankingOrder))
        rows.append(corpus->indexOfId(id));
    QStringList ids;
    for (qsizetype row : TriageOrder::mostUncertain(rows, classifier->scores()))
        if (row >= 0)
            ids.append(corpus->id(row));
    m_order = Order::MostUncertain;
    m_view->orderBox()->setCurrentIndex(1);
    m_view->setOrderNote(tr("like “%1”: %2").arg(m_keepList, classifier->topWords(4).join(QStringLiteral(", "))));
    m_session->setOrder(ids);
    emit orderReady(true);
}
