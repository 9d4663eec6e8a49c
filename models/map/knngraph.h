#pragma once

#include "map/lsa.h"

#include <atomic>
#include <vector>

class MapTerms;

// Each paper's k nearest papers: candidates by cosine in the LSA space (which sees synonyms),
// re-ranked by the exact tf-idf cosine (which the map is judged against). Papers without terms
// have no neighbours. Blocked dense products, so 10k papers take about a second.
class KnnGraph
{
public:
    struct Neighbour
    {
        quint32 row;
        float similarity; // tf-idf cosine, 0..1
    };

    static constexpr int kCandidateFactor = 3;

    // The k nearest of `candidates` for each of `queries` (rows of the corpus; empty: all rows).
    // False when *cancelled became true.
    bool build(const Lsa::Matrix &space, const MapTerms &terms, int k, const std::vector<quint32> &queries = {},
               const std::vector<quint32> &candidates = {}, const std::atomic<bool> *cancelled = nullptr);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    // The i-th query's neighbours (rows of the corpus), most similar first.
    std::vector<Neighbour> neighbours(qsizetype i) const
    {
        return {m_entries.begin() + m_offsets[size_t(i)], m_entries.begin() + m_offsets[size_t(i) + 1]};
    }
    const std::vector<quint32> &offsets() const { return m_offsets; }
    const std::vector<Neighbour> &entries() const { return m_entries; }

private:
    std::vector<quint32> m_offsets{0};
    std::vector<Neighbour> m_entries;
};
