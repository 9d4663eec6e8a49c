#pragma once

#include "corpusparser.h"

#include <QMainWindow>

class DetailView;
class LibraryController;
class LibraryDecorationModel;
class LibraryScopeProxyModel;
class LibraryStore;
class PaperModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
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

    // The user's library (bookmarks, read state, reading lists); null or closed disables it.
    void setLibraryStore(LibraryStore *store);
    LibraryController *libraryController() const { return m_library; }

private:
    void createActions();
    void openFileDialog();
    void showCurrent(const QModelIndex &index);
    void updateStatus();

    PaperModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    Diagnostics m_diagnostics;
    LibraryDecorationModel *m_decoration = nullptr;
    LibraryScopeProxyModel *m_scopeProxy = nullptr;
    LibraryController *m_library = nullptr;
};
