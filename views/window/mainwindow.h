#pragma once

#include "facets/filtercontroller.h"
#include "library/librarycontroller.h"
#include "pipeline/resultspipeline.h"
#include "window/filecontroller.h"
#include "window/navigationactions.h"
#include "window/resultsstatus.h"
#include "window/sessioncontroller.h"

#include <QMainWindow>

class DetailView;
class QLineEdit;
class QListView;
class MapController;
class QSplitter;
class DetailPaneLinks;
class TriageController;

// The reader's window, a frame: the search field on top, the paper list on the left, the detail
// pane on the right, docks for the facets and the library. It creates the menus once, in order, and
// hands each to the controller that fills it; the model chain and the current paper live in its
// ResultsPipeline, files in its FileController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows a parsed corpus (replacing the current one).
    void setCorpus(const CorpusParser::Result &result);
    bool openCorpusFile(const QString &path, QString *error) { return m_files->openCorpusFile(path, error); }
    bool openFile(const QString &path) { return m_files->openFile(path); }
    void reloadCorpus() { m_files->reloadCorpus(); }
    QString corpusPath() const { return m_files->corpusPath(); }
    static void setAsyncLoadThreshold(qint64 bytes) { FileController::setAsyncLoadThreshold(bytes); }
    // Restores the last session: requested (command line) beats the last corpus; else fallback, with a notice.
    void restoreSession(const QString &requested, const QString &fallback) { m_session->restore(requested, fallback); }
    void saveSession() const { m_session->save(); }

    ResultsPipeline *pipeline() const { return m_pipeline; }
    PaperModel *paperModel() const { return m_pipeline->paperModel(); }
    SearchController *searchController() const { return m_pipeline->search(); }
    // What the paper list says when it is empty (no corpus, or no match for the query).
    QString emptyListText() const { return m_status->emptyListText(); }
    // Ctrl+<number> focuses target (1 search, 2 results; 3 facets and 4 lists by convention).
    void registerFocusTarget(int n, QWidget *t, const QString &name) { m_navigation->registerFocusTarget(n, t, name); }
    SearchHistory *searchHistory() const { return m_navigation->history(); }

    // The user's library (bookmarks, read state, reading lists); null or closed disables it.
    void setLibraryStore(LibraryStore *store) { m_library->setStore(store); }
    LibraryController *libraryController() const { return m_library; }
    AuthorFacetModel *authorFacetModel() const { return m_filters->facetModel(); }
    TriageController *triage() const { return m_triage; }

signals:
    // Esc on an empty search field: every filter (facets, lists, …) should reset.
    void clearAllFilters();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPanes();
    QMenu *addMenu(const QString &title, const char *objectName);
    void showResults(const QModelIndex &kept);
    void openCurrentOrBest();

    ResultsPipeline *m_pipeline;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    FileController *m_files = nullptr;
    SessionController *m_session = nullptr;
    ResultsStatus *m_status = nullptr;
    NavigationActions *m_navigation = nullptr;
    FilterController *m_filters = nullptr;
    LibraryController *m_library = nullptr;
    DetailPaneLinks *m_detailLinks = nullptr;
    bool m_currentChosen = false; // the user had moved to the current paper: a new result keeps it
    MapController *m_map = nullptr;
    TriageController *m_triage = nullptr;
};
