#pragma once

#include <QStringList>

#include <atomic>
#include <vector>

class Corpus;

// The papers as tf-idf vectors over their title, tl;dr and abstract (topic terms only; terms in a
// single paper or in more than kMaxDocumentShare of them are dropped), rows L2-normalised, and
// the raw term counts the cluster labels are computed from. Sparse rows, terms in increasing order.
class MapTerms
{
public:
    static constexpr double kMaxDocumentShare = 0.5;

    struct Entry
    {
        quint32 term;
        float value;
    };

    // False when *cancelled became true.
    bool build(const Corpus &corpus, const std::atomic<bool> *cancelled = nullptr);

    qsizetype rows() const { return qsizetype(m_offsets.size()) - 1; }
    qsizetype termCount() const { return m_terms.size(); }
    const QStringList &terms() const { return m_terms; }
    const std::vector<quint32> &offsets() const { return m_offsets; }
    // Row i's weights are [offsets()[i], offsets()[i+1]) of weights(), its counts the same of counts().
    const std::vector<Entry> &weights() const { return m_weights; }
    const std::vector<Entry> &counts() const { return m_counts; }
    bool isEmptyRow(qsizetype i) const { return m_offsets[size_t(i)] == m_offsets[size_t(i) + 1]; }
    // Cosine similarity of two rows (both normalised).
    float cosine(qsizetype a, qsizetype b) const;

private:
    QStringList m_terms;
    std::vector<quint32> m_offsets{0};
    std::vector<Entry> m_weights;
    std::vector<Entry> m_counts;
};
