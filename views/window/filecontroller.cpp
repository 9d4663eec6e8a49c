#include "window/filecontroller.h"

#include "corpus/corpusloader.h"
#include "corpus/filereader.h"
#include "corpus/papermodel.h"
#include "image/imagecache.h"
#include "image/imagesaver.h"
#include "search/searchcontroller.h"
#include "pipeline/resultspipeline.h"
#include "session/recentfiles.h"
#include "text/logging.h"
#include "widgets/noticebar.h"
#include "window/corpusproblems.h"
#include "window/filedropfilter.h"
#include "window/recentfilesmenu.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>

// Above this a file is read off the GUI thread (the shipped corpus, 0.6 MB, parses in ~5 ms; 10k
// records, 14 MB, took 235 ms on the GUI thread: skimmer-stall-bench).
qint64 FileController::s_asyncLoadBytes = 1024 * 1024;
QString FileController::s_imageFolder;
bool FileController::s_imagesEnabled = true;

FileController::FileController(QMainWindow *window, QMenu *fileMenu, NoticeBar *notice, ResultsPipeline *pipeline,
                               QAbstractItemView *list)
    : QObject(window), m_window(window), m_notice(notice), m_pipeline(pipeline), m_list(list),
      m_recentFiles(new RecentFiles(this)), m_watcher(new QFileSystemWatcher(this)), m_reloadTimer(new QTimer(this)),
      m_saver(new ImageSaver(this))
{
    if (s_imagesEnabled)
        m_cache = std::make_shared<ImageCache>(s_imageFolder.isEmpty() ? ImageCache::defaultFolder() : s_imageFolder);
    connect(pipeline->search(), &SearchController::indexReady, this, &FileController::saveImageOnceIndexed);
    connect(m_saver, &ImageSaver::finished, this, [this](const QString &path, bool saved) {
        static bool told = false; // a folder that cannot be written is said once, not per file
        if (std::exchange(m_clearAfterSave, false) && m_cache)
            m_cache->clear();
        else if (saved)
            qCInfo(lcUi) << "saved the index image of" << path;
        else if (!std::exchange(told, true))
            qCWarning(lcUi) << "could not save an index image of" << path << "(the cache folder cannot be written, "
                               "or the file changed meanwhile); Skimmer works without it";
    });
    createLoader();
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300); // editors write in bursts; reload once they are done
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &FileController::reloadCorpus);
    connect(new FileDropFilter(window), &FileDropFilter::fileDropped, this, &FileController::openFile);
    createMenu(fileMenu);
}

void FileController::createMenu(QMenu *file)
{
    QAction *open = file->addAction(tr("&Open Corpus…"), this, &FileController::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    auto *recent = new RecentFilesMenu(m_recentFiles, file);
    connect(recent, &RecentFilesMenu::fileChosen, this, &FileController::openFile);
    file->addMenu(recent);
    QAction *reload = file->addAction(tr("Re&load"), this, &FileController::reloadCorpus);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    // Once another corpus is open, the shipped one is still a menu away.
    m_openShipped = file->addAction(tr("Open the &Sample Corpus"), this, [this] { openFile(m_shippedPath); });
    m_openShipped->setObjectName(QStringLiteral("openShippedAction"));
    m_openShipped->setVisible(false);
    QAction *clearCache = file->addAction(tr("Clear Index &Cache"), this, &FileController::clearImageCache);
    clearCache->setObjectName(QStringLiteral("clearCacheAction"));
    clearCache->setStatusTip(tr("Remove the saved index images that make corpora reopen at once"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    m_problems = new CorpusProblems(m_window->statusBar(), file, m_notice, this);
}

void FileController::setShippedCorpus(const QString &path)
{
    m_shippedPath = path;
    m_openShipped->setVisible(!path.isEmpty());
}

void FileController::createLoader()
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
    m_window->statusBar()->addPermanentWidget(m_loadProgress);
    m_window->statusBar()->addPermanentWidget(m_loadCancel);
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
        m_window->statusBar()->clearMessage();
        m_notice->showMessage(tr("Loading “%1” was cancelled.").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &CorpusLoader::finished, this, [this, done](const QString &path, const CorpusParser::Result &result) {
        done();
        m_window->statusBar()->clearMessage(); // "Loading …" is over; the paper count shows again
        if (!result.ok())
            refuseFile(path, result.error);
        else if (m_loading)
            corpusArrived(path, std::move(*std::exchange(m_loading, nullptr)));
        else
            emit corpusRead(result);
    });
}

void FileController::openFileDialog()
{
    // One filter per format (choosing one forces it); the first and the last detect from the content.
    const QList<std::pair<CorpusReader::Format, QString>> filters = {
        {CorpusReader::Format::Auto, tr("Corpus files (*.txt *.json *.jsonl *.bib *.ris *.gz)")},
        {CorpusReader::Format::Native, QStringLiteral("Skimmer text (*.txt *.txt.gz)")},
        {CorpusReader::Format::Arxiv, QStringLiteral("arXiv JSON lines (*.json *.jsonl *.json.gz *.jsonl.gz)")},
        {CorpusReader::Format::Bibtex, QStringLiteral("BibTeX (*.bib *.bib.gz)")},
        {CorpusReader::Format::Ris, QStringLiteral("RIS (*.ris *.ris.gz)")},
        {CorpusReader::Format::CslJson, QStringLiteral("CSL-JSON (*.json *.json.gz)")},
        {CorpusReader::Format::OpenReview, QStringLiteral("OpenReview notes (*.json *.json.gz)")},
        {CorpusReader::Format::Auto, tr("All files (*)")},
    };
    QStringList names;
    for (const auto &f : filters)
        names.append(f.second);
    QString chosen;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Corpus"), QString(),
                                                      names.join(QStringLiteral(";;")), &chosen);
    if (!path.isEmpty())
        openFileAs(path, filters.value(std::max<qsizetype>(0, names.indexOf(chosen))).first);
}

bool FileController::openCorpusFile(const QString &path, QString *error)
{
    CorpusReader::Options options;
    options.format = m_pendingFormat;
    CachedCorpusReader::Read read = CachedCorpusReader::read(path, options, m_cache.get());
    if (!read.result.ok()) {
        if (error)
            *error = read.result.error;
        return false;
    }
    corpusArrived(path, std::move(read));
    return true;
}

void FileController::corpusArrived(const QString &path, CachedCorpusReader::Read read)
{
    m_toSave.reset();
    m_fromImage = read.fromImage();
    if (read.imageDamaged)
        qCWarning(lcUi) << "the index image of" << path << "was damaged; read the file instead";
    else if (read.imageStale)
        qCInfo(lcUi) << path << "changed since its index image was saved; read it again";
    if (read.fromImage())
        m_pipeline->search()->offerIndex(read.index);
    else if (m_cache && !read.keyBefore.isEmpty())
        m_toSave = PendingImage{path, m_pendingFormat, read};
    const CorpusParser::Result result = read.result;
    emit corpusRead(result);
}

void FileController::saveImageOnceIndexed()
{
    const auto index = m_pipeline->search()->index();
    if (!m_toSave || !index || index->corpus() != m_toSave->read.result.corpus)
        return;
    PendingImage pending = std::move(*m_toSave);
    m_toSave.reset();
    m_saver->save(m_cache, pending.path, pending.format, std::move(pending.read), index);
}

void FileController::clearImageCache()
{
    const ImageCache cache(s_imageFolder.isEmpty() ? ImageCache::defaultFolder() : s_imageFolder);
    m_clearAfterSave = m_saver->isSaving(); // a write under way lands after this: removed then
    const qint64 before = cache.bytes();
    const int removed = cache.clear();
    const qint64 freed = before - cache.bytes();
    m_window->statusBar()->showMessage(tr("Removed %n saved index image(s), freeing %1.", nullptr, removed)
                                           .arg(QLocale().formattedDataSize(freed)),
                                       8000);
}

bool FileController::openFileAs(const QString &path, CorpusReader::Format format)
{
    m_pendingFormat = format;
    // Large files are parsed off the GUI thread, with progress and a Cancel button; so are pipes and
    // FIFOs, whose reader may wait for a writer indefinitely.
    if (QFileInfo(path).size() >= s_asyncLoadBytes || FileReader::kindOf(path) == FileReader::Kind::Stream) {
        m_window->statusBar()->showMessage(tr("Loading “%1”…").arg(QFileInfo(path).fileName()));
        m_loadProgress->setValue(0);
        m_loadProgress->show();
        m_loadCancel->show();
        auto read = std::make_shared<CachedCorpusReader::Read>();
        m_loading = read;
        m_loader->load(path, format, [cache = m_cache, read](const QString &p, const CorpusReader::Options &o) {
            *read = CachedCorpusReader::read(p, o, cache.get()); // on the loader's worker
            return read->result;
        });
        return true;
    }
    QString error;
    if (openCorpusFile(path, &error))
        return true;
    refuseFile(path, error);
    return false;
}

void FileController::refuseFile(const QString &path, const QString &error)
{
    qCInfo(lcUi) << "refused" << path << error;
    const auto corpus = m_pipeline->paperModel()->corpus();
    const QString current = corpus ? corpus->name() : QString();
    m_notice->showMessage(current.isEmpty()
                              ? tr("Could not open “%1”: %2").arg(QFileInfo(path).fileName(), error)
                              : tr("Could not open “%1”: %2 “%3” stays open.")
                                    .arg(QFileInfo(path).fileName(), error, current));
}

void FileController::corpusShown(const CorpusParser::Result &result)
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
    m_problems->corpusShown(path, result.corpus->name(), result.diagnostics);
}

void FileController::reloadCorpus()
{
    if (m_corpusPath.isEmpty())
        return;
    const QString selected = m_pipeline->currentPaperId();
    const int scroll = m_list->verticalScrollBar()->value();
    if (!openFileAs(m_corpusPath, m_corpusFormat)) {
        // Keep watching: the file may come back (an editor saving by rename).
        if (QFileInfo::exists(m_corpusPath) && !m_watcher->files().contains(m_corpusPath))
            m_watcher->addPath(m_corpusPath);
        return;
    }
    if (const QModelIndex index = m_pipeline->indexOfPaper(selected); index.isValid())
        m_list->setCurrentIndex(index);
    m_list->verticalScrollBar()->setValue(scroll);
}
