#include "mainwindow.h"

#include "commandpalette.h"
#include "detailview.h"
#include "emptystateoverlay.h"
#include "focustargets.h"
#include "languagemenu.h"
#include "searchfieldnavigator.h"
#include "searchhistory.h"
#include "searchhistorypopup.h"
#include "shortcutsheet.h"
#include "translationloader.h"
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
    createKeyboardActions();
    createFileHandling();
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
    return query.isEmpty() ? QString() : tr("No papers match “%1”. Try fewer words.").arg(query);
}

void MainWindow::registerFocusTarget(int number, QWidget *target, const QString &name)
{
    QAction *action = m_focusTargets->registerTarget(number, target, name);
    if (QMenu *go = findChild<QMenu *>(QStringLiteral("goMenu")); go && !go->actions().contains(action))
        go->addAction(action);
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
    const int shown = m_proxy->rowCount();
    const auto corpus = m_model->corpus();
    QString text = shown == total ? tr("%n papers", nullptr, total) : tr("%1 of %n papers", nullptr, total).arg(shown);
    if (corpus)
        text += QStringLiteral(" — ") + corpus->name();
    if (!m_diagnostics.isEmpty())
        text += QStringLiteral(" — ") + tr("%n problem(s) while reading", nullptr, int(m_diagnostics.size()));
    m_statusLabel->setText(text);
}
