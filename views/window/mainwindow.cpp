#include "window/mainwindow.h"

#include "widgets/appearancemenu.h"
#include "window/commandpalette.h"
#include "reading/detailview.h"
#include "map/mapcontroller.h"
#include "search/highlighter.h"
#include "widgets/emptystateoverlay.h"
#include "window/focustargets.h"
#include "window/languagemenu.h"
#include "search/searchfieldnavigator.h"
#include "search/searchhistory.h"
#include "search/searchhistorypopup.h"
#include "window/shortcutsheet.h"
#include "session/translationloader.h"
#include "library/librarycontroller.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryscope.h"
#include "library/librarypanel.h"
#include "library/libraryscopeproxymodel.h"
#include "facets/authorfacetmodel.h"
#include "facets/authorfacetpanel.h"
#include "facets/filterchipbar.h"
#include "facets/filtercontroller.h"
#include "search/paperdelegate.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"
#include "search/similaritybuilder.h"
#include "search/sortmenu.h"
#include "reading/papercopyactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QGridLayout>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new PaperModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_search = new SearchController(m_model, this);
    // PaperModel -> search results -> library roles -> library scope (list order) -> the list.
    m_decoration = new LibraryDecorationModel(this);
    m_decoration->setSourceModel(m_search->resultsModel());
    m_scopeProxy = new LibraryScopeProxyModel(this);
    m_scopeProxy->setSourceModel(m_decoration);
    m_scopeProxy->setPaperModel(m_model);
    connect(m_scopeProxy, &LibraryScopeProxyModel::filterChanged, this,
            [this] { m_search->setRowFilter(QStringLiteral("scope"), m_scopeProxy->rowFilter()); });

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search: words, \"a phrase\", author:name, -exclude, this OR that"));
    m_searchEdit->setToolTip(tr("<p>Every word must match; a word matches words starting with it, ignoring case "
                                "and accents (<i>scholkopf</i> finds Schölkopf).</p>"
                                "<p><b>\"graph neural\"</b> words in a row · <b>-word</b> or <b>-\"a phrase\"</b> "
                                "exclude · <b>author:levine</b>, <b>a:</b>, <b>tldr:</b>, <b>abstract:</b> one field · "
                                "<b>graph OR tree neural</b> either of two, then AND.</p>"));
    m_searchEdit->setClearButtonEnabled(true);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("paperList"));
    m_list->setAccessibleName(tr("Papers"));
    m_list->setModel(m_scopeProxy);
    m_delegate = new PaperDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_detail = new DetailView;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_searchEdit);
    m_chipBar = new FilterChipBar;
    layout->addWidget(m_chipBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel;
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, m_search, &SearchController::setQueryText);
    connect(m_search->resultsModel(), &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberCurrent);
    connect(m_search, &SearchController::resultsChanged, this, &MainWindow::showResults);
    m_filters = new FilterController(this, m_search, m_model, m_searchEdit, m_chipBar, m_scopeProxy);
    connect(m_filters, &FilterController::filtersChanged, this, &MainWindow::updateStatus);
    connect(this, &MainWindow::clearAllFilters, m_filters, &FilterController::clearAll);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    connect(m_detail, &DetailView::paperActivated, this, &MainWindow::openSimilarPaper);
    m_similarity = new SimilarityBuilder(this);
    connect(m_similarity, &SimilarityBuilder::ready, m_detail, &DetailView::setSimilarityIndex);
    createActions();
    menuBar()->addMenu(new SortMenu(m_search, this));
    createKeyboardActions();
    createFileHandling();
    m_library = new LibraryController(this, m_list, m_model, m_decoration, m_scopeProxy);
    new PaperCopyActions(this, m_list);
    m_filters->setLibraryPanel(m_library->panel());
    registerFocusTarget(3, m_filters->facetPanel(), tr("Authors"));
    registerFocusTarget(4, m_library->panel(), tr("Library"));
    connectDetailPane();
    m_map = new MapController(this, findChild<QMenu *>(QStringLiteral("viewMenu")), m_scopeProxy, m_list->selectionModel());
    arrangeMenus();
    m_searchEdit->setFocus(Qt::OtherFocusReason); // a reader starts by typing
    connect(m_scopeProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_scopeProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    resize(1200, 760);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(tr("&Open Corpus…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto *language = new LanguageMenu(TranslationLoader().availableLanguages(), view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString &, const QString &notice) { statusBar()->showMessage(notice); });
    view->addMenu(new AppearanceMenu(view));
    createViewMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About Skimmer"), this, [this] {
        QMessageBox::about(this, tr("About Skimmer"),
                           tr("Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createKeyboardActions()
{
    m_navigator = new SearchFieldNavigator(m_searchEdit, m_list, this);
    connect(m_navigator, &SearchFieldNavigator::enterPressed, this, [this] { m_detail->setFocus(Qt::OtherFocusReason); });
    connect(m_navigator, &SearchFieldNavigator::clearAllFilters, this, &MainWindow::clearAllFilters);
    new EmptyStateOverlay(m_list, [this] { return emptyListText(); });
    m_history = new SearchHistory(this);
    m_history->load();
    new SearchHistoryPopup(m_searchEdit, m_history);

    QMenu *go = new QMenu(tr("&Go"), this);
    go->setObjectName(QStringLiteral("goMenu"));
    menuBar()->insertMenu(menuBar()->actions().value(1), go);
    QAction *find = go->addAction(tr("&Find"), m_navigator, &SearchFieldNavigator::focusField);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)});
    QAction *history = go->addAction(tr("Recent &Searches"), this, [this] {
        m_navigator->focusField();
        findChild<SearchHistoryPopup *>()->showHistory();
    });
    history->setObjectName(QStringLiteral("searchHistoryAction"));
    history->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    history->setShortcutContext(Qt::WidgetShortcut); // Alt+Down is handled by the field itself
    go->addSeparator();
    m_focusTargets = new FocusTargets(this);
    registerFocusTarget(1, m_searchEdit, tr("Search"));
    registerFocusTarget(2, m_list, tr("Results"));
    go->addActions(m_focusTargets->actions());
    go->addSeparator();
    QAction *palette = go->addAction(tr("&Command Palette…"), this, [this] { showActionFinder(m_commandPalette); });
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QMenu *help = findChild<QMenu *>(QStringLiteral("helpMenu"));
    QAction *sheet = new QAction(tr("&Keyboard Shortcuts"), this);
    help->insertAction(help->actions().value(0), sheet);
    sheet->setObjectName(QStringLiteral("shortcutSheetAction"));
    sheet->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    connect(sheet, &QAction::triggered, this, [this] { showActionFinder(m_shortcutSheet); });
}

template<typename Finder>
void MainWindow::showActionFinder(Finder *&finder)
{
    if (!finder)
        finder = new Finder(this);
    finder->refresh(); // the actions may have changed since it was last open
    finder->show();
    finder->activateWindow();
}

QString MainWindow::emptyListText() const
{
    if (m_model->rowCount() == 0)
        return tr("No corpus is open. Open one with File ▸ Open or drop a file here.");
    const QString query = m_searchEdit->text().trimmed();
    if (query.isEmpty())
        return m_scopeProxy->scope().isAll() ? QString()
                                             : tr("Nothing in “%1” yet.").arg(m_scopeProxy->scope().label());
    return tr("No papers match “%1”. Try fewer words.").arg(query);
}

void MainWindow::registerFocusTarget(int number, QWidget *target, const QString &name)
{
    QAction *action = m_focusTargets->registerTarget(number, target, name);
    if (QMenu *go = findChild<QMenu *>(QStringLiteral("goMenu")); go && !go->actions().contains(action))
        go->addAction(action);
}

AuthorFacetModel *MainWindow::authorFacetModel() const
{
    return m_filters->facetModel();
}

void MainWindow::setLibraryStore(LibraryStore *store)
{
    m_library->setStore(store);
}

void MainWindow::setCorpus(const CorpusParser::Result &result)
{
    m_diagnostics = result.diagnostics;
    m_list->setCurrentIndex({}); // a new corpus starts at its first paper
    m_detail->setCurrentIndex({});
    // The facet must know the new corpus before the search reports rows of it.
    m_filters->setCorpus(result.corpus);
    m_model->setCorpus(result.corpus);
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    // Similar papers are computed off the GUI thread; the detail pane says so until they are ready.
    m_detail->setSimilarityIndex(nullptr);
    m_similarity->build(result.corpus);
    m_map->setCorpus(result.corpus);
    showResults();
    corpusShown(result);
}

bool MainWindow::openCorpusFile(const QString &path, QString *error)
{
    const CorpusParser::Result result = CorpusParser::parseFile(path);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    setCorpus(result);
    return true;
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), QString(),
                                                      tr("Corpus files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    openFile(path);
}

void MainWindow::showCurrent(const QModelIndex &index)
{
    m_detail->setCurrentIndex(index);
}

void MainWindow::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_scopeProxy->rowCount();
    const auto corpus = m_model->corpus();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (const QString authors = m_filters->describeAuthors(); !authors.isEmpty())
        text += QStringLiteral(" ") + authors;
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!m_scopeProxy->scope().isAll())
        text += QStringLiteral(" — ") + tr("showing “%1”").arg(m_scopeProxy->scope().label());
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}

void MainWindow::rememberCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_currentSourceRow = current.isValid() ? current.data(PaperRoles::CorpusIndexRole).toInt() : -1;
}

QModelIndex MainWindow::viewIndexOfCorpusRow(int corpusRow) const
{
    const SearchResultsModel *results = m_search->resultsModel();
    const int row = corpusRow >= 0 ? results->rowOfSource(corpusRow) : -1;
    if (row < 0)
        return {};
    return m_scopeProxy->mapFromSource(m_decoration->mapFromSource(results->index(row, 0)));
}

void MainWindow::showResults()
{
    // Keep the paper the reader is on when it is still a result; else go to the best match.
    SearchResultsModel *results = m_search->resultsModel();
    // Matches are highlighted in the detail pane too; TeX rendering composes around the highlighter.
    m_detail->setTextRenderer([highlighter = Highlighter(results->query())](const QString &plain) {
        return highlighter.toHtml(plain);
    });
    const QModelIndex kept = viewIndexOfCorpusRow(m_currentSourceRow);
    if (m_scopeProxy->rowCount() > 0) {
        m_list->setCurrentIndex(kept.isValid() ? kept : m_scopeProxy->index(0, 0));
        if (!kept.isValid())
            m_list->scrollToTop();
    } else {
        m_detail->setCurrentIndex({});
    }
    m_list->viewport()->update(); // the empty state (EmptyStateOverlay) may change
    updateStatus();
}

void MainWindow::connectDetailPane()
{
    connect(m_detail, &DetailView::bookmarkToggleRequested, m_library, &LibraryController::toggleBookmark);
    connect(m_detail, &DetailView::readToggleRequested, m_library, &LibraryController::toggleRead);
    connect(m_detail, &DetailView::addToListRequested, m_library, &LibraryController::addToList);
    // An author link in the detail pane adds that author to the facet selection.
    connect(m_detail, &DetailView::authorActivated, m_filters, &FilterController::includeAuthor);
}

void MainWindow::arrangeMenus()
{
    // Menus are added by several parts of the window; give them one conventional order, Help last.
    const char *order[] = {"fileMenu", "editMenu", "viewMenu", "goMenu", "sortMenu", "facetsMenu", "libraryMenu", "helpMenu"};
    for (const char *name : order) {
        if (QMenu *menu = findChild<QMenu *>(QLatin1String(name))) {
            menuBar()->removeAction(menu->menuAction());
            menuBar()->addAction(menu->menuAction());
        }
    }
}

void MainWindow::createViewMenu(QMenu *view)
{
    view->addSeparator();
    m_densityGroup = new QActionGroup(this);
    const std::pair<QString, PaperDelegate::Density> densities[] = {
        {tr("&Compact List"), PaperDelegate::Density::Compact},
        {tr("C&omfortable List"), PaperDelegate::Density::Comfortable},
        {tr("&Full List"), PaperDelegate::Density::Full}};
    const auto saved = PaperDelegate::densityFromName(QSettings().value(QStringLiteral("view/density")).toString());
    for (const auto &[label, density] : densities) {
        QAction *a = view->addAction(label);
        a->setObjectName(PaperDelegate::densityName(density) + QStringLiteral("DensityAction"));
        a->setCheckable(true);
        a->setData(int(density));
        a->setChecked(density == saved);
        m_densityGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, d = int(density)] { setDensity(d); });
    }
    m_delegate->setDensity(saved);
    QAction *cycle = view->addAction(tr("Cycle List &Density"), this, [this] {
        setDensity((int(m_delegate->density()) + 1) % 3);
    });
    cycle->setObjectName(QStringLiteral("cycleDensityAction"));
    cycle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
}

void MainWindow::setDensity(int density)
{
    const auto d = PaperDelegate::Density(density);
    m_delegate->setDensity(d);
    for (QAction *a : m_densityGroup->actions())
        a->setChecked(a->data().toInt() == density);
    QSettings().setValue(QStringLiteral("view/density"), PaperDelegate::densityName(d));
    m_list->scrollTo(m_list->currentIndex());
}

void MainWindow::openSimilarPaper(const QString &id)
{
    const auto corpus = m_model->corpus();
    const qsizetype source = corpus ? corpus->indexOfId(id) : -1;
    if (source < 0)
        return;
    if (m_search->resultsModel()->rowOfSource(int(source)) < 0)
        m_searchEdit->clear(); // hidden by the current search: show everything again
    selectPaper(id); // still not there while a large corpus searches in a worker
    m_list->scrollTo(m_list->currentIndex());
}
