#include "search/searchindex.h"

#include "corpus/headline.h"
#include "text/logging.h"
#include "search/termdictionary.h"
#include "search/tokenizer.h"

#include <QCollator>
#include <QElapsedTimer>

#include <algorithm>
#include <numeric>
#include <thread>

namespace {

// Local term ids of one slice in text order, as LEB128 codes (ids are given in first-seen order, so
// frequent words have small ids: about 1.6 bytes a token), in blocks of one huge page that are
// unmapped as soon as they have been read back. The postings, filled meanwhile, are touched all
// over at once; only compact ids keep the two from adding up to a high peak of memory.
class TokenBlocks
{
public:
    static constexpr size_t kBlockBytes = size_t(2) << 20;

    void push(quint32 id)
    {
        if (m_blocks.empty() || m_used.back() + 5 > kBlockBytes) {
            m_blocks.emplace_back(kBlockBytes); // left uninitialized: written before read
            m_used.push_back(0);
        }
        m_used.back() += size_t(SearchIndex::encode(id, m_blocks.back().data() + m_used.back()));
    }
    // The ids in the order pushed; each block is released once passed.
    quint32 take()
    {
        if (m_readPos == m_used[m_readBlock]) {
            m_blocks[m_readBlock++] = {};
            m_readPos = 0;
        }
        const uchar *p = m_blocks[m_readBlock].data() + m_readPos;
        const uchar *const start = p;
        const quint32 id = SearchIndex::decode(p);
        m_readPos += size_t(p - start);
        return id;
    }

private:
    std::vector<HugePageArray<uchar>> m_blocks;
    std::vector<size_t> m_used;
    size_t m_readBlock = 0;
    size_t m_readPos = 0;
};

constexpr quint32 kNone = quint32(-1);

int codeLength(quint32 v)
{
    return v < (1u << 7) ? 1 : v < (1u << 14) ? 2 : v < (1u << 21) ? 3 : v < (1u << 28) ? 4 : 5;
}

} // namespace

// Building runs in three steps. Each worker tokenizes a contiguous slice of the papers into its own
// dictionary, counting per term its papers and occurrences. The dictionaries are merged into one
// sorted vocabulary, which fixes where each slice's part of each posting list starts (postings in a
// flat array, per term in paper order) and each term's code (its frequency rank). Then each worker
// writes its slice's token streams and postings, with their precomputed impacts, in place.
struct SearchIndex::Builder
{
    struct Slice
    {
        quint32 begin = 0, end = 0;
        TermDictionary dictionary;
        TokenBlocks tokens;
        std::vector<TermDictionary::Counts> counts; // per local term, once tokenized
        std::vector<quint32> code;      // per local term: its global id, then its frequency rank
        // Per local term while filling, in one cache line (in huge pages: rare terms are scattered).
        struct Fill
        {
            quint64 cursor;  // the next posting to write
            quint32 code;    // frequency rank
            quint32 lastDoc; // the last paper it was seen in
            quint16 packed;  // its per-field frequencies in that paper
        };
        HugePageArray<Fill> fill;
        quint64 byteBase = 0;
    };

    SearchIndex &index;
    const Corpus &corpus;
    const std::atomic_bool *cancel;
    std::vector<Slice> slices;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    // A field's tokens are collected and hashed first, then interned in order while the slots of the
    // tokens a few places ahead are being fetched: most of the time per token was one cache miss.
    void tokenizeSlice(Slice &s) const
    {
        static constexpr size_t kAhead = 12;
        struct Token { const char *data; quint32 length; quint32 folded; }; // folded: offset + 1 into `folded`
        std::string buf, folded;
        std::vector<Token> tokens;
        std::vector<TermDictionary::Probe> probes;
        for (quint32 doc = s.begin; doc < s.end; ++doc) {
            if ((doc & 1023) == 0 && cancelled())
                return;
            const Corpus::Record &r = corpus.record(doc);
            int f = 0;
            for (const Corpus::Span &span : {r.authors, r.tldr, r.abstract}) {
                const QByteArrayView bytes = corpus.utf8(span);
                tokens.clear();
                folded.clear();
                Tokenizer::forEachToken(std::string_view(bytes.data(), size_t(bytes.size())), buf,
                                        [&](std::string_view t) {
                                            if (t.data() == buf.data()) { // buf is reused: keep a copy
                                                tokens.push_back({nullptr, quint32(t.size()), quint32(folded.size() + 1)});
                                                folded.append(t);
                                            } else {
                                                tokens.push_back({t.data(), quint32(t.size()), 0});
                                            }
                                        });
                const size_t n = tokens.size();
                probes.resize(n);
                for (size_t i = 0; i < n; ++i) {
                    Token &t = tokens[i];
                    if (t.folded)
                        t.data = folded.data() + t.folded - 1;
                    probes[i] = TermDictionary::probe(std::string_view(t.data, t.length));
                    if (i < kAhead)
                        s.dictionary.prefetch(probes[i]);
                }
                for (size_t i = 0; i < n; ++i) {
                    if (i + kAhead < n)
                        s.dictionary.prefetch(probes[i + kAhead]);
                    const TermDictionary::Interned term =
                        s.dictionary.intern(std::string_view(tokens[i].data, tokens[i].length), probes[i]);
                    ++term.counts.termFreq;
                    if (term.counts.lastDoc != doc) {
                        term.counts.lastDoc = doc;
                        ++term.counts.docFreq;
                    }
                    s.tokens.push(term.id);
                }
                index.m_fieldLengths[size_t(doc) * kFieldCount + size_t(f++)] = quint32(n);
            }
        }
    }

    // The sorted vocabulary; per slice each local term's global id (in `code`, for now).
    void mergeVocabulary()
    {
        struct Entry { std::string_view term; quint32 slice; quint32 local; };
        std::vector<Entry> all;
        for (quint32 k = 0; k < slices.size(); ++k) {
            slices[k].counts = slices[k].dictionary.counts();
            slices[k].code.resize(slices[k].dictionary.size());
            for (quint32 id = 0; id < slices[k].dictionary.size(); ++id)
                all.push_back({slices[k].dictionary.term(id), k, id});
        }
        std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) { return a.term < b.term; });
        for (size_t i = 0; i < all.size(); ++i) {
            if (i == 0 || all[i].term != all[i - 1].term) {
                index.m_terms.append(all[i].term);
                index.m_termOffsets.push_back(index.m_terms.size());
            }
            slices[all[i].slice].code[all[i].local] = quint32(index.m_termOffsets.size() - 2);
        }
    }

    // Posting list bounds and each slice's place in them; term codes by frequency; the token stream
    // bounds of each slice. Then the dictionaries are dropped.
    void layOut()
    {
        const quint32 terms = index.termCount();
        std::vector<quint64> docFreq(terms, 0), termFreq(terms, 0);
        for (Slice &s : slices) {
            for (quint32 l = 0; l < s.code.size(); ++l) {
                docFreq[s.code[l]] += s.counts[l].docFreq;
                termFreq[s.code[l]] += s.counts[l].termFreq;
            }
        }
        index.m_postingOffsets.resize(size_t(terms) + 1);
        std::exclusive_scan(docFreq.begin(), docFreq.end(), index.m_postingOffsets.begin(), quint64(0));
        index.m_postingOffsets[terms] = terms ? index.m_postingOffsets[terms - 1] + docFreq[terms - 1] : 0;
        std::vector<quint64> next(index.m_postingOffsets.begin(), index.m_postingOffsets.end() - 1);
        index.m_rankToTerm.resize(terms);
        std::iota(index.m_rankToTerm.begin(), index.m_rankToTerm.end(), 0u);
        std::sort(index.m_rankToTerm.begin(), index.m_rankToTerm.end(), [&termFreq](quint32 a, quint32 b) {
            return termFreq[a] != termFreq[b] ? termFreq[a] > termFreq[b] : a < b;
        });
        index.m_termToRank.resize(terms);
        for (quint32 r = 0; r < terms; ++r)
            index.m_termToRank[index.m_rankToTerm[r]] = r;
        quint64 bytes = 0;
        for (Slice &s : slices) {
            s.fill = HugePageArray<Slice::Fill>(s.code.size());
            s.byteBase = bytes;
            for (quint32 l = 0; l < s.code.size(); ++l) {
                const quint32 g = s.code[l];
                const quint32 rank = index.m_termToRank[g];
                s.fill[l] = {next[g], rank, kNone, 0};
                next[g] += s.counts[l].docFreq;
                bytes += s.counts[l].termFreq * quint64(codeLength(rank));
            }
            s.dictionary = TermDictionary();
            s.counts = {};
            s.code = {};
        }
        const quint64 postings = index.m_postingOffsets[terms];
        index.m_postingDocs = HugePageArray<quint32>(postings); // uninitialized: every slot is written
        index.m_postingFreqs = HugePageArray<quint16>(postings);
        index.m_postingImpacts = HugePageArray<quint16>(postings);
        index.m_tokenBytes = HugePageArray<uchar>(bytes);
        index.m_tokenOffsets.back() = bytes;
    }

    // The slice's token streams and postings, read back from its local ids. A paper's frequencies are
    // counted in the per-term state; each posting is written once, when the paper ends.
    void fillSlice(Slice &s) const
    {
        static constexpr quint16 kMax[kFieldCount] = {0xF, 0xF, 0xFF};
        static constexpr int kShift[kFieldCount] = {12, 8, 0};
        static constexpr quint32 kAhead = 12;
        std::vector<quint32> terms; // local terms of this paper, in first-seen order
        std::vector<quint32> ids;   // local terms of one field, in text order
        uchar *const bytes = index.m_tokenBytes.data();
        Slice::Fill *const fill = s.fill.data();
        quint64 at = s.byteBase;
        for (quint32 doc = s.begin; doc < s.end; ++doc) {
            if ((doc & 1023) == 0 && cancelled())
                return;
            terms.clear();
            for (int f = 0; f < kFieldCount; ++f) {
                const size_t k = size_t(doc) * kFieldCount + size_t(f);
                index.m_tokenOffsets[k] = at;
                const quint16 max = kMax[f], one = quint16(1 << kShift[f]);
                const int shift = kShift[f];
                const quint32 n = index.m_fieldLengths[k];
                ids.resize(n);
                for (quint32 i = 0; i < n; ++i) {
                    ids[i] = s.tokens.take();
                    if (i < kAhead)
                        __builtin_prefetch(fill + ids[i], 1);
                }
                for (quint32 i = 0; i < n; ++i) {
                    if (i + kAhead < n)
                        __builtin_prefetch(fill + ids[i + kAhead], 1);
                    const quint32 l = ids[i];
                    Slice::Fill &t = fill[l];
                    at += quint64(encode(t.code, bytes + at));
                    if (t.lastDoc != doc) {
                        t.lastDoc = doc;
                        t.packed = 0;
                        terms.push_back(l);
                    }
                    if (((t.packed >> shift) & max) < max)
                        t.packed = quint16(t.packed + one);
                }
            }
            for (quint32 l : terms) { // the postings' lines are scattered: asked for all at once
                const quint64 p = fill[l].cursor;
                __builtin_prefetch(index.m_postingDocs.data() + p, 1);
                __builtin_prefetch(index.m_postingFreqs.data() + p, 1);
                __builtin_prefetch(index.m_postingImpacts.data() + p, 1);
            }
            for (quint32 l : terms) {
                Slice::Fill &t = fill[l];
                float impact = 0;
                for (int f = 0; f < kFieldCount; ++f) {
                    if (const int tf = fieldFreq(t.packed, f))
                        impact += index.fieldImpact(doc, f, tf);
                }
                const quint64 p = t.cursor++;
                index.m_postingDocs[p] = doc;
                index.m_postingFreqs[p] = t.packed;
                index.m_postingImpacts[p] = quint16(std::clamp(impact * kImpactScale + 0.5f, 1.0f, 65535.0f));
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

    // Runs step(slice) for every slice, one thread each (the last on the calling thread).
    template<typename Step>
    void inParallel(Step step)
    {
        std::vector<std::thread> threads;
        for (size_t k = 0; k + 1 < slices.size(); ++k)
            threads.emplace_back([this, &step, k] { step(slices[k]); });
        step(slices.back());
        for (std::thread &t : threads)
            t.join();
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
    index->m_termOffsets.push_back(0);
    index->m_postingOffsets.push_back(0);
    index->m_tokenOffsets.assign(size_t(index->m_docCount) * kFieldCount + 1, 0);
    index->m_fieldLengths.assign(size_t(index->m_docCount) * kFieldCount, 0);
    if (!corpus)
        return index;
    Builder b{*index, *corpus, cancel, {}};
    const quint32 n = index->m_docCount;
    const quint32 workers = n < 20000 ? 1 : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    b.slices.resize(workers);
    for (quint32 k = 0; k < workers; ++k) {
        b.slices[k].begin = quint32(quint64(n) * k / workers);
        b.slices[k].end = quint32(quint64(n) * (k + 1) / workers);
    }
    // The author order needs no tokens: it runs beside the tokenizers.
    std::thread authors([&b, &index, &corpus] {
        b.rankFirstAuthors();
        index->m_metadata = MetadataTokens::build(*corpus);
    });
    b.inParallel([&b](Builder::Slice &s) { b.tokenizeSlice(s); });
    authors.join();
    if (b.cancelled())
        return nullptr;
    for (int f = 0; f < kFieldCount; ++f) {
        quint64 total = 0;
        for (quint32 doc = 0; doc < n; ++doc)
            total += index->fieldLength(doc, f);
        index->m_avgFieldLength[f] = n ? float(double(total) / n) : 0.f;
    }
    b.mergeVocabulary();
    b.layOut();
    b.inParallel([&b](Builder::Slice &s) { b.fillSlice(s); });
    b.slices.clear();
    qCDebug(lcSearch) << "indexed" << n << "papers," << index->termCount() << "terms,"
                      << index->m_postingOffsets.back() << "postings," << index->m_tokenOffsets.back()
                      << "token bytes in" << timer.elapsed() << "ms";
    return b.cancelled() ? nullptr : index;
}
