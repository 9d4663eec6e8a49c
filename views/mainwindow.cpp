#include "mainwindow.h"

#include "detailview.h"
#include "paperdelegate.h"
#include "papermodel.h"
#include "similarityindex.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new PaperModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(PaperModel::AbstractRole);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Search abstracts, tl;drs and authors"));
    m_searchEdit->setClearButtonEnabled(true);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("paperList"));
    m_list->setAccessibleName(tr("Papers"));
    m_list->setModel(m_proxy);
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
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel;
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateStatus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCurrent(current); });
    connect(m_detail, &DetailView::paperActivated, this, &MainWindow::selectPaper);
    createActions();
    resize(1200, 760);
    updateStatus();
}

MainWindow::~MainWindow()
{
    stopSimilarityBuild();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Corpus…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    createViewMenu();
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
    m_model->setCorpus(result.corpus);
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    m_detail->setCurrentIndex({});
    buildSimilarityIndex();
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
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
    m_detail->setCurrentIndex(index);
}

void MainWindow::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const auto corpus = m_model->corpus();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
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

// Similar papers are computed off the GUI thread; the detail pane says so until they are ready.
void MainWindow::buildSimilarityIndex()
{
    stopSimilarityBuild();
    m_detail->setSimilarityIndex(nullptr);
    const auto corpus = m_model->corpus();
    if (!corpus)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::shared_ptr<const SimilarityIndex>>();
    m_similarityCancel = cancel;
    m_similarityThread = QThread::create([corpus, cancel, result] { *result = SimilarityIndex::build(corpus, cancel.get()); });
    QThread *thread = m_similarityThread;
    thread->setParent(this); // deleted with the window, after stopSimilarityBuild() waited for it
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (thread == m_similarityThread && *result) {
            m_similarityThread = nullptr;
            m_detail->setSimilarityIndex(*result);
        }
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::stopSimilarityBuild()
{
    if (!m_similarityThread)
        return;
    m_similarityCancel->store(true);
    m_similarityThread->wait();
    m_similarityThread = nullptr;
}

void MainWindow::selectPaper(const QString &id)
{
    const auto corpus = m_model->corpus();
    const qsizetype row = corpus ? corpus->indexOfId(id) : -1;
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(int(row), 0));
    if (!index.isValid()) { // hidden by the current search: show everything again
        m_searchEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(int(row), 0));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}
