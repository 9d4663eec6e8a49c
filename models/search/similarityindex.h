#pragma once

#include "corpus/corpus.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <span>
#include <span>
#include <vector>

// "Similar papers": tf-idf vectors over tl;dr + abstract (stop words removed) and an inverted index
// from terms to papers, so a query only touches papers that share a term with it. Terms found in
// more than kMaxDocumentShare of the papers are left out: they say nothing about the topic and
// would make every query touch the whole corpus. Immutable once built; build() is slow and may run
// on any thread.
class SimilarityIndex
{
public:
    struct Match
    {
        qsizetype row = -1;
        double score = 0;         // cosine similarity, 0..1
        QStringList sharedTerms;  // the terms contributing most to the score, strongest first
    };

    static constexpr double kMaxDocumentShare = 0.1;
    static constexpr int kMaxSharedTerms = 5;

    // Null when *cancelled became true while building.
    static std::shared_ptr<const SimilarityIndex> build(std::shared_ptr<const Corpus> corpus,
                                                        const std::atomic<bool> *cancelled = nullptr);

    // The `count` papers most similar to `row`, best first (never `row` itself).
    QList<Match> similar(qsizetype row, int count = 5) const;
    // "More like these": the `count` papers most similar to the centroid of several papers (their
    // normalised vectors averaged), best first, never one of `rows`; shared terms are the
    // centroid's strongest terms the match holds. Out-of-range rows are ignored.
    QList<Match> similarToAll(const QList<qsizetype> &rows, int count = 10) const;

    const std::shared_ptr<const Corpus> &corpus() const { return m_corpus; }
    qsizetype termCount() const { return m_terms.size(); }
    // The indexed (folded) terms of a paper, for tests and diagnostics.
    QStringList terms(qsizetype row) const;

    // A paper's tf-idf vector (unit length, sorted by term id), for classifiers over these features.
    struct Entry
    {
        quint32 term;
        float weight;
    };
    std::span<const Entry> vector(qsizetype row) const
    {
        return {m_docEntries.data() + m_docOffsets[size_t(row)], m_docEntries.data() + m_docOffsets[size_t(row) + 1]};
    }
    qsizetype paperCount() const { return qsizetype(m_docOffsets.size()) - 1; }
    const QString &term(quint32 id) const { return m_terms.at(id); }

private:
    QStringList sharedTerms(qsizetype a, qsizetype b) const;
    // Scores every paper sharing a term with the weighted terms; rows in `skip` get none.
    QList<Match> rank(std::span<const Entry> query, const std::vector<quint32> &skip, int count) const;

    std::shared_ptr<const Corpus> m_corpus;
    QStringList m_terms;                 // by term id
    std::vector<quint32> m_docOffsets;   // paper i's entries are [m_docOffsets[i], m_docOffsets[i+1])
    std::vector<Entry> m_docEntries;     // sorted by term, weights normalised per paper
    std::vector<quint32> m_postOffsets;  // term t's postings are [m_postOffsets[t], m_postOffsets[t+1])
    std::vector<quint32> m_postRows;
    std::vector<float> m_postWeights;
};
