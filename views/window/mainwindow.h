#pragma once

#include "corpus/corpusparser.h"

#include <QMainWindow>

#include <memory>

class CommandPalette;
class CorpusLoader;
class QProgressBar;
class QPushButton;
class DetailView;
class PaperDelegate;
class QMenu;
class FocusTargets;
class NoticeBar;
class QFileSystemWatcher;
class QTimer;
class RecentFiles;
class SearchFieldNavigator;
class SearchHistory;
class ShortcutSheet;
class LibraryController;
class LibraryDecorationModel;
class LibraryScopeProxyModel;
class LibraryStore;
class AuthorFacetModel;
class FilterChipBar;
class FilterController;
class PaperModel;
class QLabel;
class QLineEdit;
class QListView;
class QActionGroup;
class SearchController;
class MapController;
class SimilarityBuilder;
class QSplitter;

// The reader's window: search field on top, the paper list on the left, the detail pane on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a parsed corpus (replacing the current one).
    void setCorpus(const CorpusParser::Result &result);
    // Loads a file; on failure the current corpus stays and *error says why.
    bool openCorpusFile(const QString &path, QString *error);

    PaperModel *paperModel() const { return m_model; }
    SearchController *searchController() const { return m_search; }
    // What the paper list says when it is empty (no corpus, or no match for the query).
    QString emptyListText() const;

    // Ctrl+<number> focuses target (1 search, 2 results; 3 facets and 4 lists by convention).
    void registerFocusTarget(int number, QWidget *target, const QString &name);
    SearchHistory *searchHistory() const { return m_history; }

    // Opens path for the user: on failure the current corpus stays and the notice bar says why.
    bool openFile(const QString &path);
    // Re-reads the open file, keeping the query, the selected paper and the scroll position.
    void reloadCorpus();
    QString corpusPath() const { return m_corpusPath; }
    // Restores the last session; requestedPath (from the command line) wins over the last corpus,
    // and fallbackPath is shown, with a notice, when neither can be opened.
    void restoreSession(const QString &requestedPath, const QString &fallbackPath);
    void saveSession() const;

    // The user's library (bookmarks, read state, reading lists); null or closed disables it.
    void setLibraryStore(LibraryStore *store);
    LibraryController *libraryController() const { return m_library; }
    AuthorFacetModel *authorFacetModel() const;
    // Files at least this large load in a worker thread with progress and Cancel (tests lower it).
    static void setAsyncLoadThreshold(qint64 bytes) { s_asyncLoadBytes = bytes; }


signals:
    // Esc on an empty search field: every filter (facets, lists, …) should reset.
    void clearAllFilters();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFileHandling();
    void createLoader();
    void refuseFile(const QString &path, const QString &error);
    void corpusShown(const CorpusParser::Result &result);
    QString currentPaperId() const;
    void selectPaper(const QString &id);
    void createActions();
    void createKeyboardActions();
    template<typename Finder>
    void showActionFinder(Finder *&finder);
    void openFileDialog();
    void showCurrent(const QModelIndex &index);
    void updateStatus();
    void rememberCurrent();
    void showResults();
    // The list's index of a corpus row, or invalid when it is not shown.
    QModelIndex viewIndexOfCorpusRow(int corpusRow) const;
    void connectDetailPane();
    void arrangeMenus();
    void createViewMenu(QMenu *view);
    void setDensity(int density);
    void openSimilarPaper(const QString &id);

    PaperModel *m_model = nullptr;
    SearchController *m_search = nullptr;
    int m_currentSourceRow = -1;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    Diagnostics m_diagnostics;
    PaperDelegate *m_delegate = nullptr;
    QActionGroup *m_densityGroup = nullptr;
    SearchFieldNavigator *m_navigator = nullptr;
    FocusTargets *m_focusTargets = nullptr;
    SearchHistory *m_history = nullptr;
    ShortcutSheet *m_shortcutSheet = nullptr;
    CommandPalette *m_commandPalette = nullptr;
    NoticeBar *m_notice = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QString m_corpusPath;
    CorpusLoader *m_loader = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QPushButton *m_loadCancel = nullptr;
    static qint64 s_asyncLoadBytes;
    LibraryDecorationModel *m_decoration = nullptr;
    LibraryScopeProxyModel *m_scopeProxy = nullptr;
    LibraryController *m_library = nullptr;
    FilterChipBar *m_chipBar = nullptr;
    FilterController *m_filters = nullptr;
    SimilarityBuilder *m_similarity = nullptr;
    MapController *m_map = nullptr;
};
