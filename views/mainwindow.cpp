#include "mainwindow.h"

#include "authorfacetmodel.h"
#include "authorfacetpanel.h"
#include "detailview.h"
#include "filterchipbar.h"
#include "paperdelegate.h"
#include "papermodel.h"
#include "searchcontroller.h"
#include "searchresultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new PaperModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_search = new SearchController(m_model, this);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search abstracts, tl;drs and authors"));
    m_searchEdit->setClearButtonEnabled(true);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("paperList"));
    m_list->setAccessibleName(tr("Papers"));
    m_list->setModel(m_search->resultsModel());
    m_list->setItemDelegate(new PaperDelegate(m_list));
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
    connect(m_search, &SearchController::resultsChanged, this, &MainWindow::onResultsChanged);
    createFacets();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    createActions();
    resize(1200, 760);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Corpus…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    createFacetMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Skimmer"), this, [this] {
        QMessageBox::about(this, tr("About Skimmer"),
                           tr("Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setCorpus(const CorpusParser::Result &result)
{
    m_diagnostics = result.diagnostics;
    // The facet must know the new corpus before the search reports rows of it.
    m_search->setRowFilter(QStringLiteral("authors"), nullptr);
    m_authorFacets->setCorpus(result.corpus);
    m_currentSourceRow = -1;
    m_model->setCorpus(result.corpus);
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    m_detail->setCurrentIndex({});
    if (m_list->model()->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
    updateStatus();
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
    QString error;
    if (!openCorpusFile(path, &error))
        QMessageBox::warning(this, tr("Cannot open corpus"), error);
}

void MainWindow::showCurrent(const QModelIndex &index)
{
    if (index.isValid())
        m_currentSourceRow = index.data(PaperModel::CorpusIndexRole).toInt();
    m_detail->setCurrentIndex(index);
}

void MainWindow::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_list->model()->rowCount();
    const auto corpus = m_model->corpus();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (corpus && !m_authorFacets->selection().isEmpty())
        text += QStringLiteral(" ") + m_authorFacets->selection().describe(corpus->authorTable());
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}

void MainWindow::createFacets()
{
    m_authorFacets = new AuthorFacetModel(this);
    m_facetPanel = new AuthorFacetPanel(m_authorFacets);
    m_facetDock = new QDockWidget(tr("Authors"), this);
    m_facetDock->setObjectName(QStringLiteral("authorFacetDock"));
    m_facetDock->setWidget(m_facetPanel);
    m_facetDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_facetDock);
    resizeDocks({m_facetDock}, {260}, Qt::Horizontal);

    connect(m_authorFacets, &AuthorFacetModel::selectionChanged, this, &MainWindow::applyAuthorFilter);
    connect(m_facetPanel, &AuthorFacetPanel::leaveRequested, this,
            [this] { m_searchEdit->setFocus(Qt::ShortcutFocusReason); });
    connect(m_chipBar, &FilterChipBar::removeRequested, this, &MainWindow::removeFilter);
    connect(m_chipBar, &FilterChipBar::clearAllRequested, this, &MainWindow::clearAllFilters);
    m_searchEdit->installEventFilter(this);
}

void MainWindow::createFacetMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("F&acets"));
    QAction *toggle = m_facetDock->toggleViewAction();
    toggle->setText(tr("Show &Authors Panel"));
    toggle->setShortcut(Qt::Key_F9);
    menu->addAction(toggle);
    QAction *focus = menu->addAction(tr("&Filter Authors…"), this, [this] {
        m_facetDock->show();
        m_facetDock->raise();
        m_facetPanel->focusFilter();
    });
    focus->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    menu->addSeparator();
    const QList<QAction *> actions = m_facetPanel->facetActions();
    for (int i = 0; i < actions.size(); ++i) {
        if (i == 3)
            menu->addSeparator();
        menu->addAction(actions[i]);
    }
    menu->addSeparator();
    QAction *removeLast = menu->addAction(tr("&Remove Last Filter"), this, [this] { m_chipBar->removeLast(); });
    removeLast->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace);
    removeLast->setToolTip(tr("Also Backspace in the empty search field"));
    QAction *clear = menu->addAction(tr("&Clear All Filters"), this, &MainWindow::clearAllFilters);
    clear->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_X);
    clear->setToolTip(tr("Also Esc twice in the search field"));
    // Also on the window, so the shortcuts work while the menu bar is hidden or native.
    addActions({toggle, focus, removeLast, clear});
}

void MainWindow::applyAuthorFilter()
{
    const FacetSelection selection = m_authorFacets->selection();
    const std::shared_ptr<const Corpus> corpus = m_model->corpus();
    if (selection.isEmpty() || !corpus) {
        m_search->setRowFilter(QStringLiteral("authors"), nullptr);
    } else {
        m_search->setRowFilter(QStringLiteral("authors"),
                               [selection, corpus](quint32 row) { return selection.accepts(*corpus, row); });
    }
    updateChips();
    updateStatus();
}

void MainWindow::onResultsChanged()
{
    m_authorFacets->setResultRows(m_search->rows());
    const int row = m_search->resultsModel()->rowOfSource(m_currentSourceRow);
    if (row >= 0)
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    else
        m_detail->setCurrentIndex({});
    updateChips();
    updateStatus();
}

void MainWindow::updateChips()
{
    QList<FilterChipBar::Chip> chips;
    if (!m_search->queryText().trimmed().isEmpty())
        chips.append({QStringLiteral("query"), tr("“%1”").arg(m_search->queryText()), FilterChipBar::Kind::Query});
    const std::shared_ptr<const Corpus> corpus = m_model->corpus();
    const FacetSelection &selection = m_authorFacets->selection();
    for (AuthorTable::Id id : selection.order()) {
        const QString name = corpus->authorTable().displayName(id);
        const QString key = QStringLiteral("author:%1").arg(id);
        if (selection.state(id) == FacetSelection::State::Included)
            chips.append({key, name, FilterChipBar::Kind::Include});
        else
            chips.append({key, tr("not %1").arg(name), FilterChipBar::Kind::Exclude});
    }
    m_chipBar->setChips(chips);
}

void MainWindow::removeFilter(const QString &key)
{
    if (key == QLatin1String("query")) {
        m_searchEdit->clear();
    } else if (key.startsWith(QLatin1String("author:"))) {
        const uint id = QStringView(key).mid(7).toUInt();
        m_authorFacets->setState(id, FacetSelection::State::Off);
    }
}

void MainWindow::clearAllFilters()
{
    m_searchEdit->clear();
    m_authorFacets->clearSelection();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress && m_searchEdit->text().isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Backspace)
            return m_chipBar->removeLast();
        if (key == Qt::Key_Escape) {
            clearAllFilters();
            return true;
        }
    } else if (watched == m_searchEdit && event->type() == QEvent::KeyPress
               && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_searchEdit->clear(); // the first Esc clears the query, the second every filter
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}
