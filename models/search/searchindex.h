#pragma once

#include "corpus/corpus.h"
#include "search/metadatatokens.h"
#include "text/hugepagearray.h"

#include <atomic>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The full-text index of one corpus, built once and immutable (shared between threads): a sorted
// vocabulary of folded tokens (so a prefix is a contiguous range of term ids), per term a posting
// list of papers with per-field term frequencies, and per paper field the token stream (compact term
// codes in text order) that phrase matching scans. All query-time work is integer work.
class SearchIndex
{
public:
    enum Field : quint8 { Authors = 0, Tldr = 1, Abstract = 2 };
    static constexpr int kFieldCount = 3;

    // Null if *cancel became true while building.
    static std::shared_ptr<const SearchIndex> build(std::shared_ptr<const Corpus> corpus,
                                                    const std::atomic_bool *cancel = nullptr);

    std::shared_ptr<const Corpus> corpus() const { return m_corpus; }
    // The metadata fields' tokens (title, venue, …); null for corpora without metadata.
    const MetadataTokens *metadata() const { return m_metadata.get(); }
    quint32 docCount() const { return m_docCount; }
    quint32 termCount() const { return quint32(m_termOffsets.size() - 1); }
    std::string_view term(quint32 id) const
    {
        return std::string_view(m_terms.data() + m_termOffsets[id], m_termOffsets[id + 1] - m_termOffsets[id]);
    }

    // Term ids [first, second) whose folded text starts with `prefix` (all terms for an empty prefix).
    std::pair<quint32, quint32> prefixRange(std::string_view prefix) const;
    // The id of exactly this folded term, or -1.
    qint64 termId(std::string_view term) const;

    // Papers containing the term, ascending, and per paper the packed per-field frequencies.
    std::span<const quint32> postingDocs(quint32 term) const;
    std::span<const quint16> postingFreqs(quint32 term) const;
    static int fieldFreq(quint16 packed, int field)
    {
        return field == Authors ? packed >> 12 : field == Tldr ? (packed >> 8) & 0xF : packed & 0xFF;
    }

    // The BM25F weight of one posting without idf, precomputed at build time (quantized): what an
    // unrestricted word costs per paper at query time is one load, not a field-length lookup.
    float postingImpact(quint32 term, size_t i) const
    {
        return float(m_postingImpacts[m_postingOffsets[term] + i]) * (1.0f / kImpactScale);
    }
    // BM25F for tf occurrences in one field of a paper: saturated, length-normalized, weighted
    // author > tl;dr > abstract.
    float fieldImpact(quint32 doc, int field, int tf) const;
    static constexpr float kFieldWeight[kFieldCount] = {4.0f, 2.0f, 1.0f};

    // The tokens of one paper field in text order, read one term id at a time. They are stored as
    // the LEB128 code of each term's frequency rank, so most tokens (frequent words) take one byte,
    // and a phrase of whole words is a byte string that can be searched for (see appendCode).
    class TokenReader
    {
    public:
        TokenReader(const uchar *p, const uchar *end, const quint32 *rankToTerm) : m_p(p), m_end(end), m_rankToTerm(rankToTerm) { }
        bool atEnd() const { return m_p >= m_end; }
        quint32 next() { return m_rankToTerm[decode(m_p)]; }

    private:
        const uchar *m_p;
        const uchar *m_end;
        const quint32 *m_rankToTerm;
    };
    TokenReader fieldTokens(quint32 doc, int field) const
    {
        const std::span<const uchar> b = fieldBytes(doc, field);
        return TokenReader(b.data(), b.data() + b.size(), m_rankToTerm.data());
    }
    std::span<const uchar> fieldBytes(quint32 doc, int field) const
    {
        const size_t k = size_t(doc) * kFieldCount + size_t(field);
        return std::span<const uchar>(m_tokenBytes.data() + m_tokenOffsets[k], m_tokenOffsets[k + 1] - m_tokenOffsets[k]);
    }
    // Appends the stored code of `term` to out: a token-aligned occurrence of the codes of a sequence
    // of terms (where the byte before is not a continuation byte, >= 0x80) is that sequence.
    void appendCode(quint32 term, std::string &out) const;
    // The term whose code starts at p (which must hold a whole code).
    quint32 termAt(const uchar *p) const { return m_rankToTerm[decode(p)]; }
    static quint32 decode(const uchar *&p)
    {
        quint32 v = *p++;
        if (v < 0x80)
            return v;
        v &= 0x7F;
        for (int shift = 7;; shift += 7) {
            const quint32 b = *p++;
            v |= (b & 0x7F) << shift;
            if (b < 0x80)
                return v;
        }
    }
    static int encode(quint32 v, uchar *out)
    {
        int n = 0;
        for (; v >= 0x80; v >>= 7)
            out[n++] = uchar(v | 0x80);
        out[n++] = uchar(v);
        return n;
    }
    quint32 fieldLength(quint32 doc, int field) const { return m_fieldLengths[size_t(doc) * kFieldCount + size_t(field)]; }
    float averageFieldLength(int field) const { return m_avgFieldLength[field]; }

    // Per paper: its place when papers are sorted by first author (QCollator, default locale;
    // papers without authors last). Computed once here so sorting per keystroke is integer work.
    quint32 firstAuthorRank(quint32 doc) const { return m_firstAuthorRank[doc]; }

private:
    struct Builder;
    friend struct Builder;
    friend class IndexImage; // writes and restores the tables (models/image)
    SearchIndex() = default;

    std::shared_ptr<const Corpus> m_corpus;
    quint32 m_docCount = 0;
    std::string m_terms;                 // sorted folded terms, concatenated
    std::vector<quint64> m_termOffsets;  // termCount + 1
    std::vector<quint64> m_postingOffsets; // termCount + 1
    HugePageArray<quint32> m_postingDocs; // all postings, per term in paper order
    HugePageArray<quint16> m_postingFreqs;
    HugePageArray<quint16> m_postingImpacts;
    static constexpr float kImpactScale = 2048.0f;
    std::vector<quint32> m_rankToTerm;        // term ids by descending number of occurrences
    std::vector<quint32> m_termToRank;
    HugePageArray<uchar> m_tokenBytes;   // all field token streams (codes of ranks)
    std::vector<quint64> m_tokenOffsets;      // docCount * kFieldCount + 1, into m_tokenBytes
    std::vector<quint32> m_fieldLengths;      // tokens per paper field
    float m_avgFieldLength[kFieldCount] = {};
    std::vector<quint32> m_firstAuthorRank;
    std::shared_ptr<const MetadataTokens> m_metadata;
};
