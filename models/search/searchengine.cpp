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

// Stable LSD radix sort of rows by a 32-bit key (ascending): rows that tie keep their order. Two
// passes of 16-bit digits for large results, three of 11 bits (smaller count tables) otherwise.
void radixSort(std::vector<quint32> &rows, std::vector<float> &scores, std::vector<quint32> &keys)
{
    const size_t n = rows.size();
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
    rows2.resize(n);
    keys2.resize(n);
    scores2.resize(n);
    std::vector<size_t> count(size_t(mask) + 2);
    for (int shift = 0; shift < 32; shift += bits) {
        std::fill(count.begin(), count.end(), 0);
        for (quint32 k : keys)
            ++count[((k >> shift) & mask) + 1];
        if (count[((keys.empty() ? 0 : keys[0]) >> shift & mask) + 1] == n)
            continue; // every key has the same digit here
        for (quint32 d = 0; d < mask + 1; ++d)
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; ++i) {
            const size_t to = count[(keys[i] >> shift) & mask]++;
            rows2[to] = rows[i];
            keys2[to] = keys[i];
            scores2[to] = scores[i];
        }
        rows.swap(rows2);
        keys.swap(keys2);
        scores.swap(scores2);
    }
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
        std::transform(result.scores.begin(), result.scores.end(), keys.begin(),
                       [](float s) { return ~std::bit_cast<quint32>(std::max(s, 0.f)); });
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

SearchResult run(const SearchIndex &index, const SearchQuery &query, SortOrder order, bool reverse,
                 const std::atomic_bool *cancel, const LibraryRows *library, const std::vector<float> *likeness)
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
    sort(index, result, order, reverse, likeness);
    return result;
}

} // namespace SearchEngine
