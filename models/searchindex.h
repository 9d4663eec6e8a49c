#pragma once

#include "corpus.h"

#include <atomic>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The full-text index of one corpus, built once and immutable (shared between threads): a sorted
// vocabulary of folded tokens (so a prefix is a contiguous range of term ids), per term a posting
// list of papers with per-field term frequencies, and per paper field the token stream (term ids in
// text order) that phrase matching scans. All query-time work is integer work.
class SearchIndex
{
public:
    enum Field : quint8 { Authors = 0, Tldr = 1, Abstract = 2 };
    static constexpr int kFieldCount = 3;

    // Null if *cancel became true while building.
    static std::shared_ptr<const SearchIndex> build(std::shared_ptr<const Corpus> corpus,
                                                    const std::atomic_bool *cancel = nullptr);

    std::shared_ptr<const Corpus> corpus() const { return m_corpus; }
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

    std::span<const quint32> fieldTokens(quint32 doc, int field) const
    {
        const size_t k = size_t(doc) * kFieldCount + size_t(field);
        return std::span<const quint32>(m_tokens).subspan(m_tokenOffsets[k], m_tokenOffsets[k + 1] - m_tokenOffsets[k]);
    }
    quint32 fieldLength(quint32 doc, int field) const
    {
        const size_t k = size_t(doc) * kFieldCount + size_t(field);
        return quint32(m_tokenOffsets[k + 1] - m_tokenOffsets[k]);
    }
    float averageFieldLength(int field) const { return m_avgFieldLength[field]; }

    // Per paper: its place when papers are sorted by first author (QCollator, default locale;
    // papers without authors last). Computed once here so sorting per keystroke is integer work.
    quint32 firstAuthorRank(quint32 doc) const { return m_firstAuthorRank[doc]; }

private:
    struct Builder;
    friend struct Builder;
    SearchIndex() = default;

    std::shared_ptr<const Corpus> m_corpus;
    quint32 m_docCount = 0;
    std::string m_terms;                 // sorted folded terms, concatenated
    std::vector<quint64> m_termOffsets;  // termCount + 1
    std::vector<quint64> m_postingOffsets; // termCount + 1
    std::vector<quint32> m_postingDocs;
    std::vector<quint16> m_postingFreqs;
    std::vector<quint32> m_tokens;       // all field token streams
    std::vector<quint64> m_tokenOffsets; // docCount * kFieldCount + 1
    float m_avgFieldLength[kFieldCount] = {};
    std::vector<quint32> m_firstAuthorRank;
};
