#include "searchindex.h"

#include "headline.h"
#include "logging.h"
#include "termdictionary.h"
#include "tokenizer.h"

#include <QCollator>
#include <QElapsedTimer>

#include <algorithm>
#include <thread>

// Building runs in three steps: each worker tokenizes a contiguous slice of the papers into its own
// dictionary; the dictionaries are merged into one sorted vocabulary and the token streams renumbered;
// then posting lists are filled in paper order (so they come out sorted without sorting).
struct SearchIndex::Builder
{
    struct Slice
    {
        quint32 begin = 0, end = 0;
        TermDictionary dictionary;
        std::vector<quint32> tokens;
        std::vector<quint64> offsets; // per paper field, relative to this slice
        std::vector<quint32> globalIds;
    };

    SearchIndex &index;
    const Corpus &corpus;
    const std::atomic_bool *cancel;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    void tokenizeSlice(Slice &s) const
    {
        std::string buf;
        s.offsets.reserve(size_t(s.end - s.begin) * kFieldCount);
        if (s.end > s.begin) { // about one token per six bytes of text
            const Corpus::Record &first = corpus.record(s.begin);
            const Corpus::Record &last = corpus.record(s.end - 1);
            s.tokens.reserve(size_t(std::max<qsizetype>(0, last.abstract.pos - first.authors.pos)) / 6 + 1024);
        }
        for (quint32 doc = s.begin; doc < s.end; ++doc) {
            if ((doc & 1023) == 0 && cancelled())
                return;
            const Corpus::Record &r = corpus.record(doc);
            for (const Corpus::Span &span : {r.authors, r.tldr, r.abstract}) {
                s.offsets.push_back(s.tokens.size());
                const QByteArrayView bytes = corpus.utf8(span);
                Tokenizer::forEachToken(std::string_view(bytes.data(), size_t(bytes.size())), buf,
                                        [&s](std::string_view t) { s.tokens.push_back(s.dictionary.intern(t)); });
            }
        }
    }

    void mergeVocabulary(std::vector<Slice> &slices)
    {
        struct Entry { std::string_view term; quint32 slice; quint32 local; };
        std::vector<Entry> all;
        for (quint32 k = 0; k < slices.size(); ++k) {
            slices[k].globalIds.resize(slices[k].dictionary.size());
            for (quint32 id = 0; id < slices[k].dictionary.size(); ++id)
                all.push_back({slices[k].dictionary.term(id), k, id});
        }
        std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) { return a.term < b.term; });
        index.m_termOffsets.push_back(0);
        for (size_t i = 0; i < all.size(); ++i) {
            if (i == 0 || all[i].term != all[i - 1].term) {
                index.m_terms.append(all[i].term);
                index.m_termOffsets.push_back(index.m_terms.size());
            }
            slices[all[i].slice].globalIds[all[i].local] = quint32(index.m_termOffsets.size() - 2);
        }
    }

    void joinTokens(std::vector<Slice> &slices)
    {
        size_t total = 0;
        for (const Slice &s : slices)
            total += s.tokens.size();
        index.m_tokens.resize(total);
        index.m_tokenOffsets.reserve(size_t(index.m_docCount) * kFieldCount + 1);
        size_t base = 0;
        for (Slice &s : slices) {
            for (quint64 off : s.offsets)
                index.m_tokenOffsets.push_back(base + off);
            std::transform(s.tokens.begin(), s.tokens.end(), index.m_tokens.begin() + qsizetype(base),
                           [&s](quint32 local) { return s.globalIds[local]; });
            base += s.tokens.size();
            s = Slice{};
        }
        index.m_tokenOffsets.push_back(base);
    }

    void fillPostings()
    {
        const quint32 terms = index.termCount();
        std::vector<quint32> last(terms, quint32(-1));
        std::vector<quint64> count(terms + 1, 0);
        for (quint32 doc = 0; doc < index.m_docCount; ++doc) {
            for (int f = 0; f < kFieldCount; ++f) {
                for (quint32 t : index.fieldTokens(doc, f)) {
                    if (last[t] != doc) {
                        last[t] = doc;
                        ++count[t];
                    }
                }
            }
        }
        index.m_postingOffsets.resize(terms + 1);
        quint64 sum = 0;
        for (quint32 t = 0; t <= terms; ++t) {
            index.m_postingOffsets[t] = sum;
            sum += count[t];
        }
        index.m_postingDocs.resize(sum);
        index.m_postingFreqs.assign(sum, 0);
        std::vector<quint64> cursor(index.m_postingOffsets.begin(), index.m_postingOffsets.end());
        std::fill(last.begin(), last.end(), quint32(-1));
        static constexpr quint16 kMax[kFieldCount] = {0xF, 0xF, 0xFF};
        static constexpr int kShift[kFieldCount] = {12, 8, 0};
        for (quint32 doc = 0; doc < index.m_docCount; ++doc) {
            for (int f = 0; f < kFieldCount; ++f) {
                for (quint32 t : index.fieldTokens(doc, f)) {
                    if (last[t] != doc) {
                        last[t] = doc;
                        index.m_postingDocs[cursor[t]++] = doc;
                    }
                    quint16 &packed = index.m_postingFreqs[cursor[t] - 1];
                    if (((packed >> kShift[f]) & kMax[f]) < kMax[f])
                        packed = quint16(packed + (1 << kShift[f]));
                }
            }
        }
    }

    void rankFirstAuthors()
    {
        const AuthorTable &authors = corpus.authorTable();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<std::pair<QCollatorSortKey, quint32>> keys;
        keys.reserve(size_t(authors.size()));
        for (quint32 id = 0; id < quint32(authors.size()); ++id) {
            const QString name = authors.displayName(id);
            keys.emplace_back(collator.sortKey(Headline::familyName(name) + QLatin1Char('\x01') + name), id);
        }
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        std::vector<quint32> rank(keys.size());
        for (quint32 k = 0; k < keys.size(); ++k)
            rank[keys[k].second] = k;
        index.m_firstAuthorRank.resize(index.m_docCount);
        for (quint32 doc = 0; doc < index.m_docCount; ++doc) {
            const auto ids = corpus.authorIds(doc);
            index.m_firstAuthorRank[doc] = ids.empty() ? quint32(keys.size()) : rank[ids.front()];
        }
    }
};

std::shared_ptr<const SearchIndex> SearchIndex::build(std::shared_ptr<const Corpus> corpus,
                                                      const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<SearchIndex> index(new SearchIndex);
    index->m_corpus = corpus;
    index->m_docCount = corpus ? quint32(corpus->size()) : 0;
    if (!corpus)
        return index;
    Builder b{*index, *corpus, cancel};
    const quint32 n = index->m_docCount;
    const quint32 workers = n < 20000 ? 1 : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<Builder::Slice> slices(workers);
    for (quint32 k = 0; k < workers; ++k) {
        slices[k].begin = quint32(quint64(n) * k / workers);
        slices[k].end = quint32(quint64(n) * (k + 1) / workers);
    }
    std::vector<std::thread> threads;
    for (quint32 k = 1; k < workers; ++k)
        threads.emplace_back([&b, &slices, k] { b.tokenizeSlice(slices[k]); });
    b.tokenizeSlice(slices[0]);
    for (std::thread &t : threads)
        t.join();
    if (b.cancelled())
        return nullptr;
    b.mergeVocabulary(slices);
    b.joinTokens(slices);
    if (b.cancelled())
        return nullptr;
    b.fillPostings();
    b.rankFirstAuthors();
    for (int f = 0; f < kFieldCount; ++f) {
        quint64 total = 0;
        for (quint32 doc = 0; doc < n; ++doc)
            total += index->fieldLength(doc, f);
        index->m_avgFieldLength[f] = n ? float(double(total) / n) : 0.f;
    }
    qCDebug(lcSearch) << "indexed" << n << "papers," << index->termCount() << "terms," << index->m_tokens.size()
                      << "tokens in" << timer.elapsed() << "ms";
    return b.cancelled() ? nullptr : index;
}

std::pair<quint32, quint32> SearchIndex::prefixRange(std::string_view prefix) const
{
    const quint32 n = termCount();
    quint32 lo = 0, hi = n;
    while (lo < hi) { // first term >= prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (term(mid) < prefix) lo = mid + 1; else hi = mid;
    }
    quint32 first = lo;
    hi = n;
    while (lo < hi) { // first term that does not start with prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (term(mid).substr(0, prefix.size()) == prefix) lo = mid + 1; else hi = mid;
    }
    return {first, lo};
}

qint64 SearchIndex::termId(std::string_view t) const
{
    const auto [first, last] = prefixRange(t);
    return first < last && term(first) == t ? qint64(first) : -1;
}

std::span<const quint32> SearchIndex::postingDocs(quint32 t) const
{
    return std::span<const quint32>(m_postingDocs).subspan(m_postingOffsets[t], m_postingOffsets[t + 1] - m_postingOffsets[t]);
}

std::span<const quint16> SearchIndex::postingFreqs(quint32 t) const
{
    return std::span<const quint16>(m_postingFreqs).subspan(m_postingOffsets[t], m_postingOffsets[t + 1] - m_postingOffsets[t]);
}
