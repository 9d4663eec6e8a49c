#include "search/phrasematcher.h"

#include <algorithm>
#include <cmath>

namespace PhraseMatcher {

namespace {
float idf(const SearchIndex &index, size_t df)
{
    const double n = index.docCount();
    return float(std::log(1.0 + (n - double(df) + 0.5) / (double(df) + 0.5)));
}

float fieldScore(const SearchIndex &index, quint32 doc, int field, int tf)
{
    return index.fieldImpact(doc, field, tf);
}

// Rows of a HitList as a bitmap, so postings outside it are skipped before any scoring.
class RowSet
{
public:
    RowSet(const HitList *hits, quint32 docCount)
    {
        if (!hits)
            return;
        m_bits.assign((docCount + 63) / 64, 0);
        for (quint32 d : hits->docs)
            m_bits[d >> 6] |= quint64(1) << (d & 63);
    }
    bool contains(quint32 doc) const { return m_bits.empty() || (m_bits[doc >> 6] >> (doc & 63)) & 1; }

private:
    std::vector<quint64> m_bits;
};

// Score of posting i of a term restricted to the fields in the mask; 0 when none of them holds it.
float postingScore(const SearchIndex &index, quint32 term, size_t i, quint32 doc, quint16 packed, quint8 fields,
                   float termIdf)
{
    if ((fields & SearchQuery::IndexedFields) == SearchQuery::IndexedFields)
        return index.postingImpact(term, i) * termIdf;
    float s = 0;
    for (int f = 0; f < SearchIndex::kFieldCount; ++f) {
        const int tf = SearchIndex::fieldFreq(packed, f);
        if (tf && (fields & (1 << f)))
            s += fieldScore(index, doc, f, tf);
    }
    return s * termIdf;
}

// One word: the union of the postings of every term in [first, last).
HitList matchWord(const SearchIndex &index, quint32 first, quint32 last, quint8 fields, const RowSet &within)
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
                if (!within.contains(docs[i]))
                    continue;
                if (const float s = postingScore(index, t, i, docs[i], freqs[i], fields, w); s > 0)
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
    // Many terms (a short prefix): accumulate into one dense array, then collect in row order. The
    // array is kept per thread between keystrokes (all zero between uses): a fresh one would cost a
    // page fault per 4 KiB on every keystroke.
    thread_local std::vector<float> acc;
    if (acc.size() != index.docCount()) {
        acc.assign(index.docCount(), 0.f);
        acc.shrink_to_fit();
    }
    for (quint32 t = first; t < last; ++t) {
        const auto docs = index.postingDocs(t);
        const auto freqs = index.postingFreqs(t);
        const float w = idf(index, docs.size());
        for (size_t i = 0; i < docs.size(); ++i) {
            if (within.contains(docs[i]))
                acc[docs[i]] += postingScore(index, t, i, docs[i], freqs[i], fields, w);
        }
    }
    out.docs.reserve(std::min<size_t>(total, acc.size()));
    out.scores.reserve(std::min<size_t>(total, acc.size()));
    for (quint32 doc = 0; doc < acc.size(); ++doc) {
        if (acc[doc] > 0) {
            out.docs.push_back(doc);
            out.scores.push_back(acc[doc]);
            acc[doc] = 0;
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
            for (SearchIndex::TokenReader tokens = index.fieldTokens(doc, f); !tokens.atEnd();) {
                const quint32 t = tokens.next();
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

struct Candidate
{
    quint32 doc;
    quint8 fields; // SearchQuery::FieldMask
};

// Keeps the candidates that hold `term`, and of their fields those that hold it; with `first` set
// (a field mask), starts the candidates from the term's postings in those fields instead.
void narrow(std::vector<Candidate> &candidates, const SearchIndex &index, quint32 term, quint8 first)
{
    const auto docs = index.postingDocs(term);
    const auto freqs = index.postingFreqs(term);
    auto fieldsOf = [](quint16 packed) {
        quint8 m = 0;
        for (int f = 0; f < SearchIndex::kFieldCount; ++f)
            m |= SearchIndex::fieldFreq(packed, f) ? quint8(1 << f) : 0;
        return m;
    };
    if (first) {
        candidates.reserve(docs.size());
        for (size_t i = 0; i < docs.size(); ++i) {
            if (const quint8 m = fieldsOf(freqs[i]) & first)
                candidates.push_back({docs[i], m});
        }
        return;
    }
    size_t kept = 0, j = 0;
    for (const Candidate &c : candidates) {
        size_t bound = 1; // galloping: cheap whether the lists are alike in length or not
        while (j + bound < docs.size() && docs[j + bound] < c.doc)
            bound *= 2;
        j = size_t(std::lower_bound(docs.begin() + qsizetype(j + bound / 2),
                                    docs.begin() + qsizetype(std::min(j + bound + 1, docs.size())), c.doc)
                   - docs.begin());
        if (j == docs.size())
            break;
        if (docs[j] == c.doc) {
            if (const quint8 m = c.fields & fieldsOf(freqs[j]))
                candidates[kept++] = {c.doc, m};
        }
    }
    candidates.resize(kept);
}

// Occurrences of the phrase in one field: its whole words are a byte string (their codes) found at
// token boundaries, and the token after it must be a term in [lastFirst, lastEnd).
int countPhrase(const SearchIndex &index, std::span<const uchar> field, std::string_view pattern, quint32 lastFirst,
                quint32 lastEnd)
{
    const std::string_view text(reinterpret_cast<const char *>(field.data()), field.size());
    int count = 0;
    for (size_t at = text.find(pattern); at != std::string_view::npos && at + pattern.size() < text.size();
         at = text.find(pattern, at + 1)) {
        if (at > 0 && uchar(text[at - 1]) >= 0x80)
            continue; // inside another token's code
        const quint32 t = index.termAt(field.data() + at + pattern.size());
        if (t >= lastFirst && t < lastEnd)
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
            return matchWord(index, last.first, last.second, phrase.fields, RowSet(within, index.docCount()));
        }
        return matchWord(index, last.first, last.second, phrase.fields, RowSet(nullptr, 0));
    }

    // Whole words before the last: all must exist; candidates are the papers holding all of them,
    // each with the fields that hold all of them (only those can hold the phrase).
    std::vector<quint32> ids;
    float phraseIdf = 0;
    std::vector<Candidate> candidates;
    for (qsizetype k = 0; k + 1 < phrase.words.size(); ++k) {
        const QByteArray &w = phrase.words[k];
        const qint64 id = index.termId(std::string_view(w.constData(), size_t(w.size())));
        if (id < 0)
            return {};
        ids.push_back(quint32(id));
        phraseIdf += idf(index, index.postingDocs(quint32(id)).size());
        narrow(candidates, index, quint32(id), k == 0 ? phrase.fields : 0);
    }
    if (last.second - last.first == 1) // a whole last word narrows the candidates too
        narrow(candidates, index, last.first, 0);
    std::string pattern;
    for (quint32 id : ids)
        index.appendCode(id, pattern);
    RowSet inside(within, index.docCount());
    HitList out;
    for (const Candidate &c : candidates) {
        if (!inside.contains(c.doc))
            continue;
        float s = 0;
        for (int f = 0; f < SearchIndex::kFieldCount; ++f) {
            if (!(c.fields & (1 << f)))
                continue;
            if (const int tf = countPhrase(index, index.fieldBytes(c.doc, f), pattern, last.first, last.second))
                s += fieldScore(index, c.doc, f, tf);
        }
        if (s > 0) {
            out.docs.push_back(c.doc);
            out.scores.push_back(s * std::max(phraseIdf, 0.1f));
        }
    }
    return out;
}

} // namespace PhraseMatcher
