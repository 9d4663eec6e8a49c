#pragma once

#include "corpus/corpusreader.h"

#include <QObject>

class CorpusLoader;
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
// corpusRead(); whatever cannot be opened is explained in the notice bar.
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

signals:
    void corpusRead(const CorpusParser::Result &result);

private:
    void createMenu(QMenu *file);
    void createLoader();
    void openFileDialog();
    void refuseFile(const QString &path, const QString &error);

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
    static qint64 s_asyncLoadBytes;
};
