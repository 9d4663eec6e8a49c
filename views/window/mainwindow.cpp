#include "window/mainwindow.h"

#include "acronyms/acronymcontroller.h"
#include "facets/authorfacetpanel.h"
#include "facets/fieldfacetdock.h"
#include "facets/filterchipbar.h"
#include "library/librarylistsmodel.h"
#include "library/librarypanel.h"
#include "library/readtracker.h"
#include "map/mapcontroller.h"
#include "reading/detailview.h"
#include "reading/papercopyactions.h"
#include "search/highlighter.h"
#include "search/paperdelegate.h"
#include "search/searchcontroller.h"
#include "search/searchfield.h"
#include "search/searchfieldnavigator.h"
#include "search/searchresultsmodel.h"
#include "search/similaritybuilder.h"
#include "search/sortmenu.h"
#include "triage/triagecontroller.h"
#include "widgets/emptystateoverlay.h"
#include "widgets/noticebar.h"
#include "widgets/termcompleter.h"
#include "window/detailpanelinks.h"
#include "window/likesortcontroller.h"
#include "window/navigationcontroller.h"
#include "window/savedviewscontroller.h"
#include "window/viewactions.h"

#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_pipeline(new ResultsPipeline(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *chipBar = new FilterChipBar;
    auto *notice = new NoticeBar;
    auto *layout = new QVBoxLayout(createPanes());
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(chipBar);
    layout->addWidget(m_splitter, 1);
    layout->insertWidget(1, notice); // after the panes in the focus chain, as Tab expects
    // The menus in their order, Help last; each controller fills its own.
    QMenu *file = addMenu(tr("&File"), "fileMenu");
    QMenu *edit = addMenu(QString(), "editMenu");
    QMenu *view = addMenu(tr("&View"), "viewMenu");
    QMenu *go = addMenu(QString(), "goMenu");
    auto *sort = new SortMenu(m_pipeline->search(), this);
    menuBar()->addMenu(sort);
    QMenu *facets = addMenu(QString(), "facetsMenu");
    QMenu *library = addMenu(QString(), "libraryMenu");
    QMenu *savedViews = addMenu(tr("Vie&ws"), "viewsMenu");
    QMenu *help = addMenu(tr("&Help"), "helpMenu");

    connect(m_searchEdit, &QLineEdit::textChanged, m_pipeline->search(), &SearchController::setQueryText);
    m_pipeline->setSelectionModel(m_list->selectionModel());
    connect(m_pipeline, &ResultsPipeline::resultsRefreshed, this, &MainWindow::showResults);
    m_filters = new FilterController(this, facets, m_pipeline, m_searchEdit, chipBar);
    m_status = new ResultsStatus(statusBar(), m_pipeline, m_filters);
    connect(this, &MainWindow::clearAllFilters, m_filters, &FilterController::clearAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, m_detail, &DetailView::setCurrentIndex);
    m_detailLinks = new DetailPaneLinks(m_detail, m_pipeline, m_searchEdit, m_list);
    new ViewActions(this, view, help, m_list);
    m_acronyms = new AcronymController(this, view, m_pipeline->paperModel(), m_pipeline->search());
    layout->insertWidget(layout->indexOf(chipBar) + 1, m_acronyms->hint()); // what the query also matches
    m_navigation = new NavigationActions(this, go, help, m_searchEdit, m_list);
    connect(m_navigation->navigator(), &SearchFieldNavigator::enterPressed, this, &MainWindow::openCurrentOrBest);
    connect(m_navigation->navigator(), &SearchFieldNavigator::clearAllFilters, this, &MainWindow::clearAllFilters);
    new EmptyStateOverlay(m_list, [this] { return emptyListText(); });
    m_files = new FileController(this, file, notice, m_pipeline, m_list);
    connect(m_files, &FileController::corpusRead, this, &MainWindow::setCorpus);
    m_library = new LibraryController(this, library, m_list, m_pipeline);
    connect(m_pipeline->results(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_currentChosen = m_library->readTracker()->isCurrentChosen(); });
    view->addAction(m_library->historyAction());
    view->addAction(m_detail->texSourceAction());
    new PaperCopyActions(this, edit, m_list);
    m_filters->setLibraryPanel(m_library->panel());
    auto *lists = new TermCompleter(m_searchEdit, m_library->listsModel(), QStringLiteral("list"),
                                    LibraryListsModel::NameRole, LibraryListsModel::NameRole); // list:to → list:"to read"
    lists->popup()->setAccessibleName(tr("Reading lists"));
    registerFocusTarget(3, m_filters->facetPanel(), tr("Authors"));
    registerFocusTarget(4, m_library->panel(), tr("Library"));
    registerFocusTarget(5, m_filters->fieldFacets()->focusTarget(), tr("Year and Category"));
    m_detailLinks->connectCommands(m_library, m_filters);
    auto *like = new LikeSortController(this, sort, m_library, m_pipeline, m_list);
    connect(m_detailLinks->similarityBuilder(), &SimilarityBuilder::ready, like, &LikeSortController::setIndex);
    layout->insertWidget(layout->indexOf(m_splitter), like->explanation());
    m_savedViews = new SavedViewsController({this, savedViews, m_pipeline, m_filters, m_library, m_searchEdit, sort});
    auto *navigation = new NavigationController({this, go, m_pipeline, m_filters, m_library, m_searchEdit, m_list});
    connect(m_savedViews, &SavedViewsController::recallStarted, navigation, &NavigationController::suspend);
    connect(m_savedViews, &SavedViewsController::recallFinished, navigation, &NavigationController::resume);
    m_map = new MapController(this, view, m_pipeline->model(), m_list->selectionModel());
    m_map->link(m_pipeline->search(), m_searchEdit, m_filters);
    connect(m_map, &MapController::spaceReady, m_detail, &DetailView::setSemanticSpace);
    m_triage = new TriageController({this, view, m_list, m_pipeline, m_library, m_detail}); // wraps the panes: after them
    m_session = new SessionController({this, m_splitter, m_searchEdit, m_list, notice, m_files, m_pipeline, m_savedViews});
    m_searchEdit->setFocus(Qt::OtherFocusReason); // a reader starts by typing
    resize(1200, 760);
    m_status->update();
}

QWidget *MainWindow::createPanes()
{
    m_searchEdit = new SearchField;
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("paperList"));
    m_list->setAccessibleName(tr("Papers"));
    m_list->setModel(m_pipeline->model());
    m_list->setItemDelegate(new PaperDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_detail = new DetailView;
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    // Headlines wrap in the list, so it gets half the room: a card reads whole at the default size.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 500});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(new QWidget);
    return centralWidget();
}

QMenu *MainWindow::addMenu(const QString &title, const char *objectName)
{
    QMenu *menu = menuBar()->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    return menu;
}

void MainWindow::setCorpus(const CorpusParser::Result &result)
{
    // SKIMMER_STALL_LOG=1 prints what each step costs on the GUI thread (issue 13: stalls > 50 ms).
    static const bool logSteps = qEnvironmentVariableIsSet("SKIMMER_STALL_LOG");
    QElapsedTimer step;
    step.start();
    const auto mark = [&](const char *what) {
        if (logSteps)
            qInfo("setCorpus: %s %.1f ms", what, double(step.nsecsElapsed()) / 1e6);
        step.restart();
    };
    m_status->setProblems(int(result.diagnostics.size()));
    m_list->setCurrentIndex({}); // a new corpus starts at its first paper
    m_detail->setCurrentIndex({});
    mark("current cleared");
    // The facet must know the new corpus before the search reports rows of it.
    m_filters->setCorpus(result.corpus);
    mark("filters");
    // Similar papers are computed off the GUI thread; the detail pane says so until they are ready.
    m_detailLinks->build(result.corpus);
    mark("similar papers");
    m_pipeline->setCorpus(result.corpus);
    mark("pipeline");
    m_map->setCorpus(result.corpus);
    mark("map");
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    mark("title");
    m_files->corpusShown(result);
    mark("files (watcher, recent files, problems)");
}

void MainWindow::showResults(const QModelIndex &kept)
{
    // Matches are highlighted in the detail pane too, in the list's colour (matched author names
    // included); TeX rendering composes around the highlighter.
    Highlighter highlighter(m_pipeline->results()->query());
    highlighter.setMarkColor(PaperDelegate::highlightColor(m_list->palette()).name());
    m_detail->setTextRenderer([highlighter](const QString &plain) { return highlighter.toHtml(plain); });
    // The paper the user moved to stays while it is a result. Else a query shows the top of the
    // ranking with nothing current, so Down (or Enter) opens the best hit; no query: the first paper.
    const QModelIndex stay = m_currentChosen ? kept : QModelIndex();
    if (stay.isValid()) {
        m_list->setCurrentIndex(stay);
    } else if (m_pipeline->shownCount() > 0 && m_searchEdit->text().trimmed().isEmpty()) {
        m_list->setCurrentIndex(m_pipeline->model()->index(0, 0));
        m_list->scrollToTop();
    } else {
        m_list->setCurrentIndex({});
        m_list->scrollToTop();
        m_detail->setCurrentIndex({});
    }
    m_list->viewport()->update(); // the empty state (EmptyStateOverlay) may change
}

void MainWindow::openCurrentOrBest()
{
    // Enter in the field reads the paper the user moved to, or else the best match.
    if (!m_list->currentIndex().isValid() && m_pipeline->shownCount() > 0) {
        m_list->setCurrentIndex(m_pipeline->model()->index(0, 0));
        m_library->readTracker()->setCurrentChosen();
    }
    m_detail->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->save();
    QMainWindow::closeEvent(event);
}
