// MainWindow: files (open, recent, drop, reload, watch) and the session kept between runs.
#include "window/mainwindow.h"

#include "corpus/corpusloader.h"
#include "window/filedropfilter.h"
#include "text/logging.h"
#include "widgets/noticebar.h"
#include "corpus/papermodel.h"
#include "session/recentfiles.h"
#include "window/recentfilesmenu.h"
#include "session/sessionstate.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

qint64 MainWindow::s_asyncLoadBytes = 16 * 1024 * 1024;

void MainWindow::createFileHandling()
{
    createLoader();
    m_notice = new NoticeBar;
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(1, m_notice);
    m_recentFiles = new RecentFiles(this);
    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300); // editors write in bursts; reload once they are done
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadCorpus);
    connect(new FileDropFilter(this), &FileDropFilter::fileDropped, this, &MainWindow::openFile);

    QMenu *file = findChild<QMenu *>(QStringLiteral("fileMenu"));
    QAction *before = file->actions().value(1); // after File ▸ Open
    auto *recent = new RecentFilesMenu(m_recentFiles, file);
    connect(recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    file->insertMenu(before, recent);
    QAction *reload = new QAction(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &MainWindow::reloadCorpus);
    file->insertAction(before, reload);
}

void MainWindow::createLoader()
{
    m_loader = new CorpusLoader(this);
    m_loadProgress = new QProgressBar;
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading progress"));
    m_loadProgress->setRange(0, 100);
    m_loadProgress->setMaximumWidth(200);
    m_loadCancel = new QPushButton(tr("Cancel"));
    m_loadCancel->setObjectName(QStringLiteral("loadCancelButton"));
    m_loadCancel->setAccessibleName(tr("Cancel loading"));
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_loadCancel);
    m_loadProgress->hide();
    m_loadCancel->hide();
    auto done = [this] {
        m_loadProgress->hide();
        m_loadCancel->hide();
    };
    connect(m_loadCancel, &QPushButton::clicked, m_loader, &CorpusLoader::cancel);
    connect(m_loader, &CorpusLoader::progressChanged, m_loadProgress, &QProgressBar::setValue);
    connect(m_loader, &CorpusLoader::cancelled, this, [this, done](const QString &path) {
        done();
        m_notice->showMessage(tr("Loading “%1” was cancelled.").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &CorpusLoader::finished, this, [this, done](const QString &path, const CorpusParser::Result &result) {
        done();
        if (result.ok())
            setCorpus(result);
        else
            refuseFile(path, result.error);
    });
}

bool MainWindow::openFileAs(const QString &path, CorpusReader::Format format)
{
    m_pendingFormat = format;
    // Large files are parsed off the GUI thread, with progress and a Cancel button.
    if (QFileInfo(path).size() >= s_asyncLoadBytes) {
        statusBar()->showMessage(tr("Loading “%1”…").arg(QFileInfo(path).fileName()));
        m_loadProgress->setValue(0);
        m_loadProgress->show();
        m_loadCancel->show();
        m_loader->load(path, format);
        return true;
    }
    QString error;
    if (openCorpusFile(path, &error))
        return true;
    refuseFile(path, error);
    return false;
}

void MainWindow::refuseFile(const QString &path, const QString &error)
{
    qCInfo(lcUi) << "refused" << path << error;
    const QString current = m_model->corpus() ? m_model->corpus()->name() : QString();
    m_notice->showMessage(current.isEmpty()
                              ? tr("Could not open “%1”: %2").arg(QFileInfo(path).fileName(), error)
                              : tr("Could not open “%1”: %2 “%3” stays open.")
                                    .arg(QFileInfo(path).fileName(), error, current));
}

void MainWindow::corpusShown(const CorpusParser::Result &result)
{
    if (!result.corpus)
        return;
    const QString path = result.corpus->sourcePath();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_corpusPath = path;
    m_corpusFormat = m_pendingFormat;
    if (!path.startsWith(QLatin1Char(':'))) {
        m_watcher->addPath(path);
        m_recentFiles->add(path);
    }
    m_notice->showDiagnostics(result.corpus->name(), result.diagnostics);
}

void MainWindow::reloadCorpus()
{
    if (m_corpusPath.isEmpty())
        return;
    const QString selected = currentPaperId();
    const int scroll = m_list->verticalScrollBar()->value();
    if (!openFileAs(m_corpusPath, m_corpusFormat)) {
        // Keep watching: the file may come back (an editor saving by rename).
        if (QFileInfo::exists(m_corpusPath) && !m_watcher->files().contains(m_corpusPath))
            m_watcher->addPath(m_corpusPath);
        return;
    }
    selectPaper(selected);
    m_list->verticalScrollBar()->setValue(scroll);
}

QString MainWindow::currentPaperId() const
{
    return m_list->currentIndex().data(PaperRoles::IdRole).toString();
}

void MainWindow::selectPaper(const QString &id)
{
    const auto corpus = m_model->corpus();
    const qsizetype row = corpus && !id.isEmpty() ? corpus->indexOfId(id) : -1;
    const QModelIndex index = viewIndexOfCorpusRow(int(row));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void MainWindow::restoreSession(const QString &requestedPath, const QString &fallbackPath)
{
    const SessionState state = SessionState::load();
    restoreGeometry(state.geometry);
    restoreState(state.windowState);
    m_splitter->restoreState(state.splitter);
    const QString path = requestedPath.isEmpty() ? state.corpusPath : requestedPath;
    if (path.isEmpty() || !openFile(path)) {
        const QString why = path.isEmpty() ? QString() : m_notice->text();
        openCorpusFile(fallbackPath, nullptr);
        if (!path.isEmpty() && !QFileInfo::exists(path))
            m_notice->showMessage(tr("“%1” no longer exists; showing the shipped corpus instead.")
                                      .arg(QDir::toNativeSeparators(path)));
        else if (!path.isEmpty())
            m_notice->showMessage(why + QLatin1Char(' ') + tr("Showing the shipped corpus instead."));
        return; // a different corpus: the old query and selection do not apply
    }
    if (path != state.corpusPath)
        return;
    m_searchEdit->setText(state.query);
    selectPaper(state.selectedPaper);
    m_list->verticalScrollBar()->setValue(state.scroll);
}

void MainWindow::saveSession() const
{
    SessionState state;
    state.geometry = saveGeometry();
    state.windowState = saveState();
    state.splitter = m_splitter->saveState();
    state.corpusPath = m_corpusPath;
    state.query = m_searchEdit->text();
    state.selectedPaper = currentPaperId();
    state.scroll = m_list->verticalScrollBar()->value();
    state.save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}
