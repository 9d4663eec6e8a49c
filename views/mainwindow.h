#pragma once

#include "corpusparser.h"

#include <QMainWindow>

class DetailView;
class PaperModel;
class QLabel;
class QLineEdit;
class QListView;
class QActionGroup;
class SearchController;
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

private:
    void createActions();
    void openFileDialog();
    void showCurrent(const QModelIndex &index);
    void updateStatus();
    void createSortMenu();
    void rememberCurrent();
    void showResults();

    PaperModel *m_model = nullptr;
    SearchController *m_search = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    int m_currentSourceRow = -1;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    DetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusLabel = nullptr;
    Diagnostics m_diagnostics;
};
