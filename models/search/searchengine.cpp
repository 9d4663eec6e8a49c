#include "search/searchengine.h"

#include "search/hitlist.h"
#include "search/metadatamatcher.h"
#include "search/phrasematcher.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace SearchEngine {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Metadata fields are scanned, so a clause that only restricts to them counts as matching half the
// papers (evaluated after the rarer index words); a year range as matching all (a filter, last).
size_t estimate(const SearchIndex &index, const SearchQuery::Clause &clause)
{
    if (clause.isYear())
        return index.docCount();
    size_t sum = 0;
    for (const SearchQuery::Phrase &phrase : clause.alternatives) {
        if (phrase.isLibrary())
            sum += index.docCount() / 2;
        else if (phrase.fields & SearchQuery::IndexedFields)
            sum += PhraseMatcher::estimate(index, phrase);
        else if (index.metadata())
            sum += index.docCount() / 2;
    }
    return sum;
}

HitList yearRange(const SearchIndex &index, const SearchQuery::Clause &clause, const HitList *within)
{
    const Corpus &corpus = *index.corpus();
    HitList out;
    const quint32 count = within ? quint32(within->docs.size()) : (corpus.hasMetadata() ? index.docCount() : 0);
    for (quint32 i = 0; i < count; ++i) {
        const quint32 doc = within ? within->docs[i] : i;
        const int year = corpus.year(doc);
        if (year >= clause.yearFrom && year <= clause.yearTo) {
            out.docs.push_back(doc);
            out.scores.push_back(0.f);
        }
    }
    return out;
}

// The papers a library term names (score 0: a filter, like a year).
HitList libraryTerm(const SearchIndex &index, const SearchQuery::Phrase &term, const LibraryRows &library,
                    const HitList *within)
{
    HitList out;
    const quint32 count = within ? quint32(within->docs.size()) : index.docCount();
    for (quint32 i = 0; i < count; ++i) {
        const quint32 doc = within ? within->docs[i] : i;
        if (library.contains(term, doc)) {
            out.docs.push_back(doc);
            out.scores.push_back(0.f);
        }
    }
    return out;
}

// One phrase in the index's fields and, where the corpus has them, in the metadata fields.
HitList matchPhrase(const SearchIndex &index, const SearchQuery::Phrase &phrase, const HitList *within)
{
    const quint8 metadata = MetadataMatcher::metadataFields(phrase.fields);
    if (!metadata || !index.metadata())
        return (phrase.fields & SearchQuery::IndexedFields) ? PhraseMatcher::match(index, phrase, within) : HitList{};
    HitList hits = MetadataMatcher::match(*index.metadata(), phrase, within);
    if (phrase.fields & SearchQuery::IndexedFields)
        hits = HitList::unite(PhraseMatcher::match(index, phrase, within), hits);
    return hits;
}

HitList evaluateClause(const SearchIndex &index, const SearchQuery::Clause &clause, const std::atomic_bool *cancel,
                       const LibraryRows &library, const HitList *within = nullptr)
{
    if (clause.isYear())
        return yearRange(index, clause, within);
    HitList result;
    for (const SearchQuery::Phrase &phrase : clause.alternatives) {
        if (isCancelled(cancel))
            return {};
        HitList hits = phrase.isLibrary() ? libraryTerm(index, phrase, library, within)
                                          : matchPhrase(index, phrase, within);
        result = result.docs.empty() ? std::move(hits) : HitList::unite(result, hits);
    }
    return result;
}

// Stable LSD radix sort of n rows by a 32-bit key (ascending): rows that tie keep their order. Two
// passes of 16-bit digits for large results, three of 11 bits (smaller count tables) otherwise.
void radixSort(quint32 *rows, float *scores, quint32 *keys, size_t n)
{
    if (n <= 32) { // insertion sort (stable): three passes over a 2,048-entry count table cost more
        for (size_t i = 1; i < n; ++i) {
            const quint32 row = rows[i], key = keys[i];
            const float score = scores[i];
            size_t j = i;
            for (; j > 0 && keys[j - 1] > key; --j) {
                rows[j] = rows[j - 1];
                keys[j] = keys[j - 1];
                scores[j] = scores[j - 1];
            }
            rows[j] = row;
            keys[j] = key;
            scores[j] = score;
        }
        return;
    }
    const int bits = n >= (size_t(1) << 17) ? 16 : 11;
    const quint32 mask = (1u << bits) - 1;
    // Kept per thread between keystrokes, so sorting a million rows touches no fresh pages.
    thread_local std::vector<quint32> rows2, keys2;
    thread_local std::vector<float> scores2;
    if (rows2.size() < n) {
        rows2.resize(n);
        keys2.resize(n);
        scores2.resize(n);
    }
    quint32 *r2 = rows2.data(), *k2 = keys2.data();
    float *s2 = scores2.data();
    const quint32 *const rowsIn = rows;
    std::vector<size_t> count(size_t(mask) + 2);
    for (int shift = 0; shift < 32; shift += bits) {
        std::fill(count.begin(), count.end(), 0);
        for (size_t i = 0; i < n; ++i)
            ++count[((keys[i] >> shift) & mask) + 1];
        if (count[((n == 0 ? 0 : keys[0]) >> shift & mask) + 1] == n)
            continue; // every key has the same digit here
        for (quint32 d = 0; d < mask + 1; ++d)
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; ++i) {
            const size_t to = count[(keys[i] >> shift) & mask]++;
            r2[to] = rows[i];
            k2[to] = keys[i];
            s2[to] = scores[i];
        }
        std::swap(rows, r2);
        std::swap(keys, k2);
        std::swap(scores, s2);
    }
    if (rows != rowsIn) { // an odd number of passes ran: the sorted rows are in the scratch arrays
        std::copy(rows, rows + n, r2);
        std::copy(scores, scores + n, s2);
    }
}

void radixSort(std::vector<quint32> &rows, std::vector<float> &scores, std::vector<quint32> &keys)
{
    radixSort(rows.data(), scores.data(), keys.data(), rows.size());
}

// Relevance: higher scores first; non-negative floats order like their bits.
quint32 relevanceKey(float s)
{
    return ~std::bit_cast<quint32>(std::max(s, 0.f));
}

// A key whose ascending order is the floats' descending order (negative ones included).
quint32 descendingKey(float f)
{
    const quint32 bits = std::bit_cast<quint32>(f);
    const quint32 ascending = (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
    return ~ascending;
}

} // namespace

void sort(const SearchIndex &index, SearchResult &result, SortOrder order, bool reverse,
          const std::vector<float> *likeness)
{
    if (order == SortOrder::Likeness && !likeness)
        order = SortOrder::Relevance;
    const Corpus &corpus = *index.corpus();
    thread_local std::vector<quint32> keys;
    keys.resize(result.rows.size());
    switch (order) {
    case SortOrder::CorpusOrder:
        break;
    case SortOrder::Relevance: // higher scores first: non-negative floats order like their bits
        std::transform(result.scores.begin(), result.scores.end(), keys.begin(), relevanceKey);
        break;
    case SortOrder::FirstAuthor:
        std::transform(result.rows.begin(), result.rows.end(), keys.begin(),
                       [&index](quint32 row) { return index.firstAuthorRank(row); });
        break;
    case SortOrder::AuthorCount:
        std::transform(result.rows.begin(), result.rows.end(), keys.begin(),
                       [&corpus](quint32 row) { return corpus.record(row).authorCount; });
        break;
    case SortOrder::Likeness:
        std::transform(result.rows.begin(), result.rows.end(), keys.begin(), [likeness](quint32 row) {
            return row < likeness->size() ? descendingKey((*likeness)[row]) : ~0u;
        });
        break;
    }
    if (order != SortOrder::CorpusOrder)
        radixSort(result.rows, result.scores, keys);
    if (reverse) {
        std::reverse(result.rows.begin(), result.rows.end());
        std::reverse(result.scores.begin(), result.scores.end());
    }
}

void rankAll(SearchResult &result)
{
    const size_t n = result.unranked;
    if (n == 0)
        return;
    const size_t from = result.rows.size() - n;
    thread_local std::vector<quint32> keys;
    keys.resize(n);
    std::transform(result.scores.begin() + qsizetype(from), result.scores.end(), keys.begin(), relevanceKey);
    radixSort(result.rows.data() + from, result.scores.data() + from, keys.data(), n);
    result.unranked = 0;
}

// One pass finds, from a histogram of the keys' top 16 bits, the buckets that hold the best `first`
// rows; a second splits the rows into those buckets (sorted, as few as the buckets hold) and the
// rest, kept in corpus order for rankAll(). Every row left out scores below every row ranked, so
// the prefix is exactly the first rows of the full order, ties in corpus order included.
void rankPrefix(SearchResult &result, size_t first)
{
    const size_t n = result.rows.size();
    const auto rankEverything = [&result, n] {
        result.unranked = n;
        rankAll(result);
    };
    if (n <= first || n < 4096) {
        rankEverything();
        return;
    }
    thread_local std::vector<quint32> histogram;
    histogram.assign(size_t(1) << 16, 0);
    const float *scores = result.scores.data();
    for (size_t i = 0; i < n; ++i)
        ++histogram[relevanceKey(scores[i]) >> 16];
    quint32 cut = 0;
    size_t sum = 0;
    for (; cut < histogram.size(); ++cut) {
        sum += histogram[cut];
        if (sum >= first)
            break;
    }
    if (sum == n) { // the best buckets hold every row (no query: every score 0)
        rankEverything();
        return;
    }
    // The tail is compacted in place from the back (a write never overtakes the read), so it keeps
    // its corpus order; the head (sum rows) goes to small buffers, is sorted and put in front.
    thread_local std::vector<quint32> headRows, headKeys;
    thread_local std::vector<float> headScores;
    headRows.clear();
    headKeys.clear();
    headScores.clear();
    quint32 *rows = result.rows.data();
    float *scoresOut = result.scores.data();
    size_t to = n;
    for (size_t i = n; i-- > 0;) {
        const quint32 key = relevanceKey(scores[i]);
        if ((key >> 16) <= cut) {
            headRows.push_back(rows[i]);
            headKeys.push_back(key);
            headScores.push_back(scores[i]);
        } else {
            --to;
            rows[to] = rows[i];
            scoresOut[to] = scores[i];
        }
    }
    std::reverse(headRows.begin(), headRows.end());
    std::reverse(headKeys.begin(), headKeys.end());
    std::reverse(headScores.begin(), headScores.end());
    radixSort(headRows, headScores, headKeys);
    std::copy(headRows.begin(), headRows.end(), rows);
    std::copy(headScores.begin(), headScores.end(), scoresOut);
    result.unranked = n - to;
}

SearchResult run(const SearchIndex &index, const SearchQuery &query, SortOrder order, bool reverse,
                 const std::atomic_bool *cancel, const LibraryRows *library, const std::vector<float> *likeness,
                 size_t rankFirst)
{
    static const LibraryRows noLibrary;
    const LibraryRows &rows = library ? *library : noLibrary;
    SearchResult result;
    HitList hits;
    bool haveHits = false;
    std::vector<std::pair<size_t, const SearchQuery::Clause *>> positives;
    std::vector<const SearchQuery::Clause *> negatives;
    for (const SearchQuery::Clause &c : query.clauses) {
        if (c.excluded)
            negatives.push_back(&c);
        else
            positives.emplace_back(estimate(index, c), &c);
    }
    // Rarest first, so every later clause only looks at the papers still in the running.
    std::stable_sort(positives.begin(), positives.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[size, c] : positives) {
        HitList h = evaluateClause(index, *c, cancel, rows, haveHits ? &hits : nullptr);
        hits = haveHits ? HitList::intersect(hits, h) : std::move(h);
        haveHits = true;
        if (hits.docs.empty() || isCancelled(cancel))
            break;
    }
    if (!haveHits)
        hits = HitList::all(index.docCount());
    for (const SearchQuery::Clause *c : negatives) {
        if (hits.docs.empty() || isCancelled(cancel))
            break;
        hits = HitList::subtract(hits, evaluateClause(index, *c, cancel, rows, &hits));
    }
    if (isCancelled(cancel)) {
        result.cancelled = true;
        return result;
    }
    result.rows = std::move(hits.docs);
    result.scores = std::move(hits.scores);
    if (rankFirst != kRankAll && order == SortOrder::Relevance && !reverse)
        rankPrefix(result, rankFirst);
    else
        sort(index, result, order, reverse, likeness);
    return result;
}

} // namespace SearchEngine
