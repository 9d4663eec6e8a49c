#pragma once

#include "search/rowset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <vector>

class BackgroundJob;
class LibraryStore;
class ListClassifier;
class SimilarityIndex;

// "Like “LIST”" in the window, without a screen: follows one list (or the bookmarks) of a library
// store and trains its ListClassifier over the similar-papers index on a low-priority thread, again
// whenever the list's papers or its "not relevant" votes change (nothing else retrains). The
// candidate rows (outside the list and its votes) change at once; ranked() says the scores are new.
class ListRanker : public QObject
{
    Q_OBJECT

public:
    explicit ListRanker(QObject *parent = nullptr);
    ~ListRanker() override;

    void setStore(LibraryStore *store);
    // The index of the corpus shown (null while it is built or after the corpus changed).
    void setIndex(std::shared_ptr<const SimilarityIndex> index);
    // The list to rank by; empty: none (nothing is trained).
    void setList(const QString &name);
    QString list() const { return m_list; }

    // Every paper's decision value by corpus row; null until trained (or with nothing to learn).
    std::shared_ptr<const std::vector<float>> scores() const;
    const RowSet &candidates() const { return m_candidates; }
    QStringList topWords() const { return m_topWords; }
    int positiveCount() const { return int(m_positives.size()); }
    int voteCount() const { return int(m_votes.size()); }
    bool isTraining() const;

signals:
    void candidatesChanged();
    void ranked();

private:
    void update();
    void train();

    QPointer<LibraryStore> m_store;
    std::shared_ptr<const SimilarityIndex> m_index;
    QString m_list;
    QList<qsizetype> m_positives; // corpus rows, sorted
    QList<qsizetype> m_votes;
    RowSet m_candidates;
    std::shared_ptr<const ListClassifier> m_classifier;
    QStringList m_topWords;
    BackgroundJob *m_job;
};
