#include "phrasematcher.h"

#include <algorithm>
#include <cmath>

namespace PhraseMatcher {

namespace {
constexpr float kK1 = 1.2f;
constexpr float kB = 0.75f;

float idf(const SearchIndex &index, size_t df)
{
    const double n = index.docCount();
    return float(std::log(1.0 + (n - double(df) + 0.5) / (double(df) + 0.5)));
}

float fieldScore(const SearchIndex &index, quint32 doc, int field, int tf)
{
    const float norm = kK1 * (1 - kB + kB * float(index.fieldLength(doc, field))
                                          / std::max(index.averageFieldLength(field), 1.0f));
    return kFieldWeight[field] * float(tf) * (kK1 + 1) / (float(tf) + norm);
}

// Score of one posting restricted to the fields in the mask; 0 when none of them holds the term.
float postingScore(const SearchIndex &index, quint32 doc, quint16 packed, quint8 fields, float termIdf)
{
    float s = 0;
    for (int f = 0; f < SearchIndex::kFieldCount; ++f) {
        const int tf = SearchIndex::fieldFreq(packed, f);
        if (tf && (fields & (1 << f)))
            s += fieldScore(index, doc, f, tf);
    }
    return s * termIdf;
}

// One word: the union of the postings of every term in [first, last).
HitList matchWord(const SearchIndex &index, quint32 first, quint32 last, quint8 fields)
{
    size_t total = 0;
    for (quint32 t = first; t < last; ++t)
        total += index.postingDocs(t).size();
    HitList out;
    if (last - first == 1 || total < index.docCount() / 16) {
        std::vector<std::pair<quint32, float>> pairs;
        pairs.reserve(total);
        for (quint32 t = first; t < last; ++t) {
            const auto docs = index.postingDocs(t);
            const auto freqs = index.postingFreqs(t);
            const float w = idf(index, docs.size());
            for (size_t i = 0; i < docs.size(); ++i) {
                if (const float s = postingScore(index, docs[i], freqs[i], fields, w); s > 0)
                    pairs.emplace_back(docs[i], s);
            }
        }
        if (last - first > 1)
            std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[doc, s] : pairs) {
            if (!out.docs.empty() && out.docs.back() == doc) {
                out.scores.back() += s;
            } else {
                out.docs.push_back(doc);
                out.scores.push_back(s);
            }
        }
        return out;
    }
    // Many terms (a short prefix): accumulate into one dense array, then collect in row order.
    std::vector<float> acc(index.docCount(), 0.f);
    for (quint32 t = first; t < last; ++t) {
        const auto docs = index.postingDocs(t);
        const auto freqs = index.postingFreqs(t);
        const float w = idf(index, docs.size());
        for (size_t i = 0; i < docs.size(); ++i)
            acc[docs[i]] += postingScore(index, docs[i], freqs[i], fields, w);
    }
    for (quint32 doc = 0; doc < acc.size(); ++doc) {
        if (acc[doc] > 0) {
            out.docs.push_back(doc);
            out.scores.push_back(acc[doc]);
        }
    }
    return out;
}

// One word, only in the given papers: count the terms of [first, last) in their token streams and
// score them exactly as the postings would (same saturation, same formula).
HitList matchWordWithin(const SearchIndex &index, quint32 first, quint32 last, quint8 fields, const HitList &within)
{
    static constexpr int kMax[SearchIndex::kFieldCount] = {0xF, 0xF, 0xFF};
    HitList out;
    std::vector<std::pair<quint32, int>> counts; // term, occurrences in the current field
    for (quint32 doc : within.docs) {
        float s = 0;
        for (int f = 0; f < SearchIndex::kFieldCount; ++f) {
            if (!(fields & (1 << f)))
                continue;
            counts.clear();
            for (quint32 t : index.fieldTokens(doc, f)) {
                if (t < first || t >= last)
                    continue;
                auto it = std::find_if(counts.begin(), counts.end(), [t](const auto &c) { return c.first == t; });
                if (it == counts.end())
                    counts.emplace_back(t, 1);
                else
                    ++it->second;
            }
            for (const auto &[t, n] : counts)
                s += fieldScore(index, doc, f, std::min(n, kMax[f])) * idf(index, index.postingDocs(t).size());
        }
        if (s > 0) {
            out.docs.push_back(doc);
            out.scores.push_back(s);
        }
    }
    return out;
}

// Occurrences of the phrase in one token stream; the last word may be any term in [lastFirst, lastEnd).
int countPhrase(std::span<const quint32> tokens, const std::vector<quint32> &ids, quint32 lastFirst, quint32 lastEnd)
{
    const size_t n = ids.size() + 1;
    int count = 0;
    for (size_t i = 0; i + n <= tokens.size(); ++i) {
        if (tokens[i] != ids[0])
            continue;
        size_t k = 1;
        while (k < ids.size() && tokens[i + k] == ids[k])
            ++k;
        if (k == ids.size() && tokens[i + k] >= lastFirst && tokens[i + k] < lastEnd)
            ++count;
    }
    return count;
}
} // namespace

size_t estimate(const SearchIndex &index, const SearchQuery::Phrase &phrase)
{
    size_t best = index.docCount();
    for (qsizetype k = 0; k < phrase.words.size(); ++k) {
        const std::string_view w(phrase.words[k].constData(), size_t(phrase.words[k].size()));
        const bool prefix = k + 1 == phrase.words.size() && phrase.lastIsPrefix;
        auto [first, last] = index.prefixRange(w);
        if (!prefix) // a whole word sorts first among the words it begins
            last = (first < last && index.term(first) == w) ? first + 1 : first;
        size_t postings = 0;
        for (quint32 t = first; t < last && postings < best; ++t)
            postings += index.postingDocs(t).size();
        best = std::min(best, postings);
    }
    return best;
}

HitList match(const SearchIndex &index, const SearchQuery::Phrase &phrase, const HitList *within)
{
    if (phrase.words.isEmpty())
        return {};
    const QByteArray &lastWord = phrase.words.last();
    std::pair<quint32, quint32> last;
    if (phrase.lastIsPrefix) {
        last = index.prefixRange(std::string_view(lastWord.constData(), size_t(lastWord.size())));
    } else {
        const qint64 id = index.termId(std::string_view(lastWord.constData(), size_t(lastWord.size())));
        last = id < 0 ? std::pair<quint32, quint32>{0, 0} : std::pair{quint32(id), quint32(id + 1)};
    }
    if (last.first >= last.second)
        return {};
    if (phrase.words.size() == 1) {
        if (within) {
            size_t postings = 0;
            for (quint32 t = last.first; t < last.second && postings < index.docCount(); ++t)
                postings += index.postingDocs(t).size();
            const double tokensPerDoc = index.averageFieldLength(0) + index.averageFieldLength(1)
                + index.averageFieldLength(2);
            if (double(within->docs.size()) * tokensPerDoc < double(postings))
                return matchWordWithin(index, last.first, last.second, phrase.fields, *within);
            return HitList::restrict(matchWord(index, last.first, last.second, phrase.fields), *within);
        }
        return matchWord(index, last.first, last.second, phrase.fields);
    }

    // Whole words before the last: all must exist; candidates are the papers holding all of them.
    std::vector<quint32> ids;
    float phraseIdf = 0;
    HitList candidates;
    for (qsizetype k = 0; k + 1 < phrase.words.size(); ++k) {
        const QByteArray &w = phrase.words[k];
        const qint64 id = index.termId(std::string_view(w.constData(), size_t(w.size())));
        if (id < 0)
            return {};
        ids.push_back(quint32(id));
        const auto docs = index.postingDocs(quint32(id));
        phraseIdf += idf(index, docs.size());
        HitList h;
        h.docs.assign(docs.begin(), docs.end());
        h.scores.assign(docs.size(), 0.f);
        candidates = k == 0 ? std::move(h) : HitList::intersect(candidates, h);
    }
    if (last.second - last.first == 1) { // a whole last word narrows the candidates too
        const auto docs = index.postingDocs(last.first);
        HitList h;
        h.docs.assign(docs.begin(), docs.end());
        h.scores.assign(docs.size(), 0.f);
        candidates = HitList::intersect(candidates, h);
    }
    if (within)
        candidates = HitList::restrict(candidates, *within);
    HitList out;
    for (quint32 doc : candidates.docs) {
        float s = 0;
        for (int f = 0; f < SearchIndex::kFieldCount; ++f) {
            if (!(phrase.fields & (1 << f)))
                continue;
            if (const int tf = countPhrase(index.fieldTokens(doc, f), ids, last.first, last.second))
                s += fieldScore(index, doc, f, tf);
        }
        if (s > 0) {
            out.docs.push_back(doc);
            out.scores.push_back(s * std::max(phraseIdf, 0.1f));
        }
    }
    return out;
}

} // namespace PhraseMatcher
