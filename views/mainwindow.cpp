#include "mainwindow.h"

#include "detailview.h"
#include "paperdelegate.h"
#include "papermodel.h"
#include "searchcontroller.h"
#include "searchresultsmodel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QActionGroup>
#include <QGridLayout>
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
    m_list->setModel(m_search->resultsModel());
    m_list->setItemDelegate(new PaperDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_detail = new DetailView;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->hide();
    auto *listPane = new QWidget;
    auto *listLayout = new QGridLayout(listPane); // the empty state lies over the list
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 0, 0);
    listLayout->addWidget(m_emptyLabel, 0, 0);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel;
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, m_search, &SearchController::setQueryText);
    connect(m_search->resultsModel(), &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberCurrent);
    connect(m_search, &SearchController::resultsChanged, this, &MainWindow::showResults);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    createActions();
    createSortMenu();
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
    m_list->setCurrentIndex({}); // a new corpus starts at its first paper
    m_detail->setCurrentIndex({});
    m_model->setCorpus(result.corpus);
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    showResults();
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
    m_detail->setCurrentIndex(index);
}

void MainWindow::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = int(m_search->rows().size());
    const auto corpus = m_model->corpus();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}

void MainWindow::createSortMenu()
{
    QMenu *sort = menuBar()->addMenu(tr("&Sort"));
    m_sortGroup = new QActionGroup(this);
    const std::pair<QString, SortOrder> orders[] = {
        {tr("By &Relevance"), SortOrder::Relevance},
        {tr("In &Corpus Order"), SortOrder::CorpusOrder},
        {tr("By &First Author"), SortOrder::FirstAuthor},
        {tr("By &Number of Authors"), SortOrder::AuthorCount},
    };
    for (const auto &[label, order] : orders) {
        QAction *a = sort->addAction(label);
        a->setCheckable(true);
        a->setChecked(order == m_search->sortOrder());
        a->setData(int(order));
        a->setObjectName(QStringLiteral("sortAction%1").arg(int(order)));
        m_sortGroup->addAction(a);
    }
    sort->addSeparator();
    QAction *reverse = sort->addAction(tr("R&everse Order"));
    reverse->setObjectName(QStringLiteral("sortReverseAction"));
    reverse->setCheckable(true);
    auto apply = [this, reverse] {
        const QAction *checked = m_sortGroup->checkedAction();
        m_search->setSortOrder(checked ? SortOrder(checked->data().toInt()) : SortOrder::Relevance,
                               reverse->isChecked());
    };
    connect(m_sortGroup, &QActionGroup::triggered, this, apply);
    connect(reverse, &QAction::toggled, this, apply);
}

void MainWindow::rememberCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    m_currentSourceRow = current.isValid() ? current.data(PaperModel::CorpusIndexRole).toInt() : -1;
}

void MainWindow::showResults()
{
    // Keep the paper the reader is on when it is still a result; else go to the best match.
    SearchResultsModel *results = m_search->resultsModel();
    const int row = m_currentSourceRow >= 0 ? results->rowOfSource(m_currentSourceRow) : -1;
    if (results->rowCount() > 0) {
        m_list->setCurrentIndex(results->index(row >= 0 ? row : 0, 0));
        if (row < 0)
            m_list->scrollToTop();
    } else {
        m_detail->setCurrentIndex({});
    }
    const QString text = m_search->queryText().trimmed();
    m_emptyLabel->setText(tr("No papers match “%1” — try fewer or shorter words.").arg(text));
    m_emptyLabel->setVisible(results->rowCount() == 0 && m_model->rowCount() > 0);
    updateStatus();
}
