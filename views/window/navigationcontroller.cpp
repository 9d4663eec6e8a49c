#include "window/navigationcontroller.h"

#include "corpus/papermodel.h"
#include "facets/filtercontroller.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/readtracker.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QMenu>

NavigationController::NavigationController(const Parts &parts)
    : QObject(parts.window), m_parts(parts), m_history(new NavigationHistory(this))
{
    QMenu *go = parts.go;
    QAction *first = go->actions().value(0);
    m_back = new QAction(tr("&Back"), parts.window);
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setToolTip(tr("Back to the previous paper, query and filters"));
    connect(m_back, &QAction::triggered, this, &NavigationController::goBack);
    m_forward = new QAction(tr("F&orward"), parts.window);
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    connect(m_forward, &QAction::triggered, this, &NavigationController::goForward);
    go->insertActions(first, {m_back, m_forward});
    go->insertSeparator(first);
    parts.window->addActions({m_back, m_forward});
    connect(m_history, &NavigationHistory::changed, this, &NavigationController::updateActions);
    updateActions();

    ResultsPipeline *pipeline = parts.pipeline;
    connect(pipeline, &ResultsPipeline::changed, this, &NavigationController::record);
    connect(parts.list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NavigationController::record);
    connect(pipeline, &ResultsPipeline::resultsRefreshed, this, [this] {
        if (!m_pendingPaper.isEmpty())
            selectPaper(std::exchange(m_pendingPaper, QString()));
    });
    // Paper ids of another corpus lead nowhere.
    connect(pipeline->paperModel(), &QAbstractItemModel::modelReset, m_history, &NavigationHistory::clear);
}

void NavigationController::record()
{
    if (m_restoring || !m_pendingPaper.isEmpty())
        return;
    NavigationHistory::Place place;
    place.paperId = m_parts.pipeline->currentPaperId();
    place.query = m_parts.pipeline->search()->queryText();
    place.authors = m_parts.filters->selection();
    place.scope = m_parts.pipeline->scope();
    m_history->visit(place);
}

void NavigationController::resume()
{
    m_restoring = false;
    record();
}

void NavigationController::goBack()
{
    if (m_history->canGoBack())
        show(m_history->back());
}

void NavigationController::goForward()
{
    if (m_history->canGoForward())
        show(m_history->forward());
}

void NavigationController::show(const NavigationHistory::Place &place)
{
    m_restoring = true;
    m_parts.filters->setSelection(place.authors);
    if (LibraryPanel *panel = m_parts.library->panel())
        panel->setScope(place.scope);
    if (m_parts.searchEdit->text() != place.query)
        m_parts.searchEdit->setText(place.query);
    m_restoring = false;
    selectPaper(place.paperId);
}

void NavigationController::selectPaper(const QString &id)
{
    if (id.isEmpty())
        return;
    const QModelIndex index = m_parts.pipeline->indexOfPaper(id);
    if (!index.isValid()) {
        if (m_parts.pipeline->search()->isIndexing() || m_parts.pipeline->shownCount() == 0)
            m_pendingPaper = id; // the results are still on their way
        return;
    }
    m_parts.list->setCurrentIndex(index);
    m_parts.list->scrollTo(index);
    m_parts.library->readTracker()->setCurrentChosen(); // the reader went back to it
}

void NavigationController::updateActions()
{
    m_back->setEnabled(m_history->canGoBack());
    m_forward->setEnabled(m_history->canGoForward());
}
