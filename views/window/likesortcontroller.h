#pragma once

#include <QObject>

#include <memory>

class LibraryController;
class ListRanker;
class QAction;
class QAbstractItemView;
class QLabel;
class QMainWindow;
class QWidget;
class ResultsPipeline;
class SimilarityIndex;
class SortMenu;

// "More like my list" in the window: offers Sort ▸ Like “LIST” for the bookmarks and each list,
// hands the chosen list's ranking (ListRanker, trained off the GUI thread) to the search, shows the
// explanation line above the results ("Ranked by likeness to “to read”: graph, gnn …") and votes
// the current paper "not relevant" with N (one undoable library change) while that sort is on.
class LikeSortController : public QObject
{
    Q_OBJECT

public:
    LikeSortController(QMainWindow *window, SortMenu *sort, LibraryController *library, ResultsPipeline *pipeline,
                       QAbstractItemView *list);

    // The explanation line (a QLabel "likeExplanation"), for the window's layout above the results.
    QWidget *explanation() const;
    QAction *notRelevantAction() const { return m_notRelevant; }
    ListRanker *ranker() const { return m_ranker; }
    // The similar-papers index of the corpus shown, whose tf-idf vectors the classifier reads.
    void setIndex(std::shared_ptr<const SimilarityIndex> index);

private:
    void listsChanged();
    void rankingChanged();
    void voteNotRelevant();
    QString explanationText() const;

    SortMenu *m_sort;
    LibraryController *m_library;
    ResultsPipeline *m_pipeline;
    QAbstractItemView *m_list;
    ListRanker *m_ranker;
    QLabel *m_explanation;
    QAction *m_notRelevant;
};
