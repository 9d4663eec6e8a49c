#pragma once

#include "search/similarityindex.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

// "More like my list": a linear SVM (LIBLINEAR, L2-regularised L2-loss, the model arxiv-sanity's
// per-tag SVM uses) over the tf-idf vectors of a SimilarityIndex. Positives are the list's papers;
// negatives are the papers voted "not relevant" for the list plus a seeded random sample of the rest,
// with class weights so both sides count equally however many of each there are. Immutable once
// trained; train() is slow-ish (milliseconds to seconds) and may run on any thread.
class ListClassifier
{
public:
    struct Options
    {
        double c = 0.1;                // SVM regularisation
        int sampledPerPositive = 10;   // random negatives drawn per positive
        int minSampled = 200;          // ... and at least this many (when the corpus has them)
        int voteRepeats = 5;           // a "not relevant" vote counts as this many sampled negatives
        quint32 seed = 0x5eed;         // the same inputs give the same model
    };

    struct Ranked
    {
        qsizetype row = -1;
        double score = 0; // the SVM's decision value: > 0 leans towards the list
    };

    // Null when there is no positive or nothing to contrast it with.
    static std::shared_ptr<const ListClassifier> train(std::shared_ptr<const SimilarityIndex> index,
                                                       const QList<qsizetype> &positives,
                                                       const QList<qsizetype> &notRelevant);
    static std::shared_ptr<const ListClassifier> train(std::shared_ptr<const SimilarityIndex> index,
                                                       const QList<qsizetype> &positives,
                                                       const QList<qsizetype> &notRelevant, const Options &options);

    double score(qsizetype row) const;
    // Every paper's decision value, by row.
    const std::vector<float> &scores() const { return m_scores; }
    // Papers not in exclude, best first; count < 0 for all of them.
    QList<Ranked> rank(const QSet<qsizetype> &exclude, int count = -1) const;
    // Papers not in exclude, most uncertain (decision value nearest 0) first: the triage order.
    QList<Ranked> mostUncertain(const QSet<qsizetype> &exclude, int count = -1) const;
    // The terms with the largest positive weights: why the ranking ranks.
    QStringList topWords(int count = 8) const;
    int positiveCount() const { return m_positives; }
    int negativeCount() const { return m_negatives; }
    const std::shared_ptr<const SimilarityIndex> &index() const { return m_index; }

private:
    QList<Ranked> ordered(const QSet<qsizetype> &exclude, int count, bool uncertain) const;

    std::shared_ptr<const SimilarityIndex> m_index;
    std::vector<float> m_weights; // by term id
    float m_bias = 0;
    std::vector<float> m_scores;  // by row
    int m_positives = 0;
    int m_negatives = 0;
};
