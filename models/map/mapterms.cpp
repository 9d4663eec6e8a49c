#include "map/mapterms.h"

#include "corpus/corpus.h"
#include "text/topicterms.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {
constexpr qsizetype kMinCommonTermCap = 20; // small corpora: never call a term "too common" below this

// One paper's distinct term ids with their counts, in term order.
void countTerms(const QString &text, QHash<QString, quint32> &ids, QStringList &terms,
                std::vector<quint32> &tokens, std::vector<MapTerms::Entry> &out)
{
    tokens.clear();
    TopicTerms::forEach(text, [&](QStringView term) {
        auto it = ids.constFind(QString::fromRawData(term.data(), term.size()));
        if (it == ids.constEnd()) {
            it = ids.insert(term.toString(), quint32(terms.size()));
            terms.append(it.key());
        }
        tokens.push_back(it.value());
    });
    std::sort(tokens.begin(), tokens.end());
    for (size_t t = 0; t < tokens.size();) {
        size_t end = t;
        while (end < tokens.size() && tokens[end] == tokens[t])
            ++end;
        out.push_back({tokens[t], float(end - t)});
        t = end;
    }
}
} // namespace

bool MapTerms::build(const Corpus &corpus, const std::atomic<bool> *cancelled)
{
    QHash<QString, quint32> ids;
    std::vector<quint32> tokens;
    std::vector<Entry> all;
    std::vector<quint32> allOffsets{0};
    const qsizetype n = corpus.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (cancelled && i % 512 == 0 && cancelled->load())
            return false;
        const QString text = corpus.title(i) + u' ' + corpus.tldr(i) + u' ' + corpus.abstract(i);
        countTerms(text, ids, m_terms, tokens, all);
        allOffsets.push_back(quint32(all.size()));
    }
    std::vector<quint32> df(size_t(m_terms.size()), 0);
    for (const Entry &e : all)
        ++df[e.term];
    const quint32 maxDf = quint32(std::max(qsizetype(double(n) * kMaxDocumentShare), kMinCommonTermCap));
    m_offsets.assign(1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const size_t begin = m_weights.size();
        double norm = 0;
        for (quint32 k = allOffsets[size_t(i)]; k < allOffsets[size_t(i) + 1]; ++k) {
            const quint32 d = df[all[k].term];
            if (d < 2 || d > maxDf || d >= quint32(n))
                continue;
            const double w = (1.0 + std::log(double(all[k].value))) * std::log(double(n) / d);
            m_weights.push_back({all[k].term, float(w)});
            m_counts.push_back(all[k]);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (size_t k = begin; k < m_weights.size(); ++k)
            m_weights[k].value = norm > 0 ? float(m_weights[k].value / norm) : 0.f;
        m_offsets.push_back(quint32(m_weights.size()));
    }
    return true;
}

float MapTerms::cosine(qsizetype a, qsizetype b) const
{
    quint32 i = m_offsets[size_t(a)], iEnd = m_offsets[size_t(a) + 1];
    quint32 j = m_offsets[size_t(b)], jEnd = m_offsets[size_t(b) + 1];
    float sum = 0;
    while (i < iEnd && j < jEnd) {
        if (m_weights[i].term < m_weights[j].term)
            ++i;
        else if (m_weights[j].term < m_weights[i].term)
            ++j;
        else
            sum += m_weights[i++].value * m_weights[j++].value;
    }
    return sum;
}
