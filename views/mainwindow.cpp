#include "mainwindow.h"

#include "detailview.h"
#include "librarycontroller.h"
#include "librarydecorationmodel.h"
#include "libraryscopeproxymodel.h"
#include "paperdelegate.h"
#include "papermodel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new PaperModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // PaperModel -> library roles -> library scope -> search.
    m_decoration = new LibraryDecorationModel(this);
    m_decoration->setSourceModel(m_model);
    m_scopeProxy = new LibraryScopeProxyModel(this);
    m_scopeProxy->setSourceModel(m_decoration);
    m_scopeProxy->setPaperModel(m_model);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_scopeProxy);
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
    createActions();
    m_library = new LibraryController(this, m_list, m_model, m_decoration, m_scopeProxy);
    connect(m_scopeProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_scopeProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
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

void MainWindow::setLibraryStore(LibraryStore *store)
{
    m_library->setStore(store);
}

void MainWindow::setCorpus(const CorpusParser::Result &result)
{
    m_diagnostics = result.diagnostics;
    m_model->setCorpus(result.corpus);
    const QString name = result.corpus ? result.corpus->name() : QString();
    setWindowTitle(name.isEmpty() ? tr("Skimmer") : tr("%1 — Skimmer").arg(name));
    m_detail->setCurrentIndex({});
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
    if (!m_scopeProxy->scope().isAll())
        text += QStringLiteral(" — ") + tr("showing “%1”").arg(m_scopeProxy->scope().label());
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}
