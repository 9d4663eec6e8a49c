#include "search/similarityindex.h"

#include "text/logging.h"
#include "text/topicterms.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace {
constexpr qsizetype kMinCommonTermCap = 20; // small corpora: never call a term "too common" below this

struct TermCount
{
    quint32 term;
    quint32 count;
};

// Appends the term ids of one paper's text (its topic terms).
void tokenize(const QString &text, QHash<QString, quint32> &ids, QStringList &terms, std::vector<quint32> &out)
{
    TopicTerms::forEach(text, [&](QStringView term) {
        // Looked up without copying the characters; only a new term is stored as a real string.
        auto it = ids.constFind(QString::fromRawData(term.data(), term.size()));
        if (it == ids.constEnd()) {
            it = ids.insert(term.toString(), quint32(terms.size()));
            terms.append(it.key());
        }
        out.push_back(it.value());
    });
}

// Per paper: its distinct terms with their counts, in term order (a flat list with offsets).
bool countTerms(const Corpus &corpus, QStringList &terms, std::vector<quint32> &offsets, std::vector<TermCount> &counts,
                const std::atomic<bool> *cancelled)
{
    QHash<QString, quint32> ids;
    std::vector<quint32> tokens;
    offsets.assign(1, 0);
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        if (cancelled && i % 1024 == 0 && cancelled->load())
            return false;
        tokens.clear();
        tokenize(corpus.tldr(i) + u' ' + corpus.abstract(i), ids, terms, tokens);
        std::sort(tokens.begin(), tokens.end());
        for (size_t t = 0; t < tokens.size();) {
            size_t end = t;
            while (end < tokens.size() && tokens[end] == tokens[t])
                ++end;
            counts.push_back({tokens[t], quint32(end - t)});
            t = end;
        }
        offsets.push_back(quint32(counts.size()));
    }
    return true;
}
} // namespace

std::shared_ptr<const SimilarityIndex> SimilarityIndex::build(std::shared_ptr<const Corpus> corpus,
                                                              const std::atomic<bool> *cancelled)
{
    QElapsedTimer timer;
    timer.start();
    auto index = std::make_shared<SimilarityIndex>();
    index->m_corpus = corpus;
    const qsizetype n = corpus ? corpus->size() : 0;
    std::vector<quint32> offsets;
    std::vector<TermCount> counts;
    if (corpus && !countTerms(*corpus, index->m_terms, offsets, counts, cancelled))
        return nullptr;
    std::vector<quint32> df(size_t(index->m_terms.size()), 0);
    for (const TermCount &c : counts)
        ++df[c.term];

    // Terms in one paper only cannot be shared; terms in very many papers carry no topic.
    const quint32 maxDf = quint32(std::max(qsizetype(double(n) * kMaxDocumentShare), kMinCommonTermCap));
    index->m_docOffsets.assign(1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const size_t begin = index->m_docEntries.size();
        double norm = 0;
        for (quint32 k = offsets[size_t(i)]; k < offsets[size_t(i) + 1]; ++k) {
            const quint32 d = df[counts[k].term];
            if (d < 2 || d > maxDf)
                continue;
            const double w = (1.0 + std::log(double(counts[k].count))) * std::log(double(n) / d);
            index->m_docEntries.push_back({counts[k].term, float(w)});
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (size_t k = begin; k < index->m_docEntries.size(); ++k)
            index->m_docEntries[k].weight = norm > 0 ? float(index->m_docEntries[k].weight / norm) : 0.f;
        index->m_docOffsets.push_back(quint32(index->m_docEntries.size()));
    }

    // The inverted index: for each term, the papers holding it and its weight there.
    index->m_postOffsets.assign(df.size() + 1, 0);
    for (const Entry &e : index->m_docEntries)
        ++index->m_postOffsets[e.term + 1];
    for (size_t t = 1; t < index->m_postOffsets.size(); ++t)
        index->m_postOffsets[t] += index->m_postOffsets[t - 1];
    std::vector<quint32> fill(index->m_postOffsets.begin(), index->m_postOffsets.end() - 1);
    index->m_postRows.resize(index->m_docEntries.size());
    index->m_postWeights.resize(index->m_docEntries.size());
    for (qsizetype i = 0; i < n; ++i) {
        for (quint32 k = index->m_docOffsets[size_t(i)]; k < index->m_docOffsets[size_t(i) + 1]; ++k) {
            const Entry &e = index->m_docEntries[k];
            index->m_postRows[fill[e.term]] = quint32(i);
            index->m_postWeights[fill[e.term]++] = e.weight;
        }
    }
    qCInfo(lcSearch) << "similarity index:" << n << "papers," << index->m_terms.size() << "terms,"
                     << index->m_docEntries.size() << "postings in" << timer.elapsed() << "ms";
    return index;
}

QList<SimilarityIndex::Match> SimilarityIndex::similar(qsizetype row, int count) const
{
    const qsizetype n = qsizetype(m_docOffsets.size()) - 1;
    if (row < 0 || row >= n || count <= 0)
        return {};
    const std::span<const Entry> query(m_docEntries.data() + m_docOffsets[size_t(row)],
                                       m_docEntries.data() + m_docOffsets[size_t(row) + 1]);
    QList<Match> matches = rank(query, {quint32(row)}, count);
    for (Match &m : matches)
        m.sharedTerms = sharedTerms(row, m.row);
    return matches;
}

QList<SimilarityIndex::Match> SimilarityIndex::similarToAll(const QList<qsizetype> &rows, int count) const
{
    const qsizetype n = qsizetype(m_docOffsets.size()) - 1;
    std::vector<quint32> skip;
    std::map<quint32, double> centroid; // term -> summed weight
    for (const qsizetype row : rows) {
        if (row < 0 || row >= n)
            continue;
        skip.push_back(quint32(row));
        for (quint32 k = m_docOffsets[size_t(row)]; k < m_docOffsets[size_t(row) + 1]; ++k)
            centroid[m_docEntries[k].term] += m_docEntries[k].weight;
    }
    if (skip.empty() || count <= 0)
        return {};
    double norm = 0;
    for (const auto &[term, weight] : centroid)
        norm += weight * weight;
    norm = std::sqrt(norm);
    std::vector<Entry> query;
    for (const auto &[term, weight] : centroid)
        query.push_back({term, float(weight / norm)});
    std::sort(skip.begin(), skip.end());
    QList<Match> matches = rank(query, skip, count);
    for (Match &m : matches) {
        // The centroid's terms this paper holds, strongest contribution first.
        std::vector<std::pair<float, quint32>> shared;
        for (quint32 k = m_docOffsets[size_t(m.row)]; k < m_docOffsets[size_t(m.row) + 1]; ++k) {
            const auto it = centroid.find(m_docEntries[k].term);
            if (it != centroid.end())
                shared.push_back({float(it->second) * m_docEntries[k].weight, it->first});
        }
        std::sort(shared.begin(), shared.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        for (size_t k = 0; k < shared.size() && k < size_t(kMaxSharedTerms); ++k)
            m.sharedTerms.append(m_terms.at(shared[k].second));
    }
    return matches;
}

QList<SimilarityIndex::Match> SimilarityIndex::rank(std::span<const Entry> query, const std::vector<quint32> &skip,
                                                    int count) const
{
    const qsizetype n = qsizetype(m_docOffsets.size()) - 1;
    std::vector<float> scores(size_t(n), 0.f);
    std::vector<quint32> touched;
    for (const Entry &e : query) {
        for (quint32 p = m_postOffsets[e.term]; p < m_postOffsets[e.term + 1]; ++p) {
            const quint32 other = m_postRows[p];
            if (scores[other] == 0.f)
                touched.push_back(other);
            scores[other] += e.weight * m_postWeights[p];
        }
    }
    // Skipped rows (sorted) never rank; erase them rather than test each posting.
    std::erase_if(touched, [&](quint32 r) { return std::binary_search(skip.begin(), skip.end(), r); });
    const auto better = [&](quint32 a, quint32 b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; };
    const size_t top = std::min(touched.size(), size_t(count));
    std::partial_sort(touched.begin(), touched.begin() + qsizetype(top), touched.end(), better);
    QList<Match> matches;
    for (size_t i = 0; i < top; ++i)
        matches.append({qsizetype(touched[i]), std::min(1.0, double(scores[touched[i]])), {}});
    return matches;
}

QStringList SimilarityIndex::sharedTerms(qsizetype a, qsizetype b) const
{
    std::vector<std::pair<float, quint32>> shared;
    quint32 i = m_docOffsets[size_t(a)], j = m_docOffsets[size_t(b)];
    const quint32 iEnd = m_docOffsets[size_t(a) + 1], jEnd = m_docOffsets[size_t(b) + 1];
    while (i < iEnd && j < jEnd) {
        if (m_docEntries[i].term < m_docEntries[j].term) {
            ++i;
        } else if (m_docEntries[j].term < m_docEntries[i].term) {
            ++j;
        } else {
            shared.push_back({m_docEntries[i].weight * m_docEntries[j].weight, m_docEntries[i].term});
            ++i;
            ++j;
        }
    }
    std::sort(shared.begin(), shared.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QStringList names;
    for (size_t k = 0; k < shared.size() && k < size_t(kMaxSharedTerms); ++k)
        names.append(m_terms.at(shared[k].second));
    return names;
}

QStringList SimilarityIndex::terms(qsizetype row) const
{
    QStringList names;
    if (row < 0 || row + 1 >= qsizetype(m_docOffsets.size()))
        return names;
    for (quint32 k = m_docOffsets[size_t(row)]; k < m_docOffsets[size_t(row) + 1]; ++k)
        names.append(m_terms.at(m_docEntries[k].term));
    return names;
}
