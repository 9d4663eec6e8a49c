#pragma once

#include "corpus/corpusreader.h"
#include "image/cachedcorpusreader.h"

#include <QObject>

#include <memory>
#include <optional>

class CorpusLoader;
class ImageCache;
class ImageSaver;
class NoticeBar;
class QAbstractItemView;
class QFileSystemWatcher;
class QMainWindow;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;
class RecentFiles;
class ResultsPipeline;

// The window's files: File ▸ Open, Recent Files, Reload and Quit, files dropped on the window, the
// open file watched and reloaded after an editor saves it (keeping the paper and scroll position),
// and large files parsed in a worker with progress and Cancel. A parsed corpus is handed over with
// corpusRead(); whatever cannot be opened is explained in the notice bar. Files are read through
// the index image cache (CachedCorpusReader): a file opened before reopens from its image, search
// index included; after a cold open the image is written in the background once the index is
// built; File ▸ Clear Index Cache removes every image.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(QMainWindow *window, QMenu *fileMenu, NoticeBar *notice, ResultsPipeline *pipeline,
                   QAbstractItemView *list);

    // Loads a file; on failure the current corpus stays and *error says why.
    bool openCorpusFile(const QString &path, QString *error);
    // Opens path for the user: on failure the current corpus stays and the notice bar says why.
    bool openFile(const QString &path) { return openFileAs(path, CorpusReader::Format::Auto); }
    // The same with the format forced (Auto: detected from the content); reloading keeps it.
    bool openFileAs(const QString &path, CorpusReader::Format format);
    // Re-reads the open file, keeping the query, the selected paper and the scroll position.
    void reloadCorpus();
    QString corpusPath() const { return m_corpusPath; }
    // The window shows result now: watch its file, remember it, report its problems.
    void corpusShown(const CorpusParser::Result &result);
    // Files at least this large load in a worker thread with progress and Cancel (tests lower it).
    static void setAsyncLoadThreshold(qint64 bytes) { s_asyncLoadBytes = bytes; }
    // The shipped corpus, offered in the File menu once another one is open.
    void setShippedCorpus(const QString &path);
    // Where index images are kept (empty: ImageCache::defaultFolder()); off: neither read nor written.
    static void setImageCacheFolder(const QString &folder) { s_imageFolder = folder; }
    static void setImagesEnabled(bool on) { s_imagesEnabled = on; }
    // Whether the corpus shown came from its saved index image.
    bool isFromImage() const { return m_fromImage; }
    ImageSaver *imageSaver() const { return m_saver; }
    void clearImageCache();

signals:
    void corpusRead(const CorpusParser::Result &result);

private:
    void createMenu(QMenu *file);
    void createLoader();
    void openFileDialog();
    void refuseFile(const QString &path, const QString &error);
    // A read is in: offer its index to the search (image) or keep it to save once indexed (parsed).
    void corpusArrived(const QString &path, CachedCorpusReader::Read read);
    void saveImageOnceIndexed();

    QMainWindow *m_window;
    NoticeBar *m_notice;
    ResultsPipeline *m_pipeline;
    QAbstractItemView *m_list;
    RecentFiles *m_recentFiles;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    CorpusLoader *m_loader = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QPushButton *m_loadCancel = nullptr;
    QString m_corpusPath;
    QString m_shippedPath;
    class QAction *m_openShipped = nullptr;
    class CorpusProblems *m_problems = nullptr;
    CorpusReader::Format m_corpusFormat = CorpusReader::Format::Auto;  // of the corpus shown
    CorpusReader::Format m_pendingFormat = CorpusReader::Format::Auto; // of the file being opened
    std::shared_ptr<const ImageCache> m_cache; // null: images are off
    ImageSaver *m_saver;
    std::shared_ptr<CachedCorpusReader::Read> m_loading; // what the worker's read left
    struct PendingImage
    {
        QString path;
        CorpusReader::Format format;
        CachedCorpusReader::Read read;
    };
    std::optional<PendingImage> m_toSave; // a parsed file, until it is indexed
    bool m_clearAfterSave = false;        // the cache was cleared while an image was being written
    bool m_fromImage = false;
    static qint64 s_asyncLoadBytes;
    static QString s_imageFolder;
    static bool s_imagesEnabled;
};
