#pragma once

#include "corpus/corpus.h"

#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The folded tokens of the metadata fields other formats carry (title, venue, categories,
// keywords, DOI), per paper and field in text order, for the query terms that search them. Built
// beside the SearchIndex only when the corpus has metadata, so native corpora pay nothing. A list
// field (categories, keywords) is one stream of its items' tokens, as FTS5 sees the joined column.
class MetadataTokens
{
public:
    enum Field : quint8 { Title = 0, Venue, Categories, Keywords, Doi };
    static constexpr int kFieldCount = 5;
    // BM25F weights beside the index's author 4, tl;dr 2, abstract 1: a title hit outranks a tl;dr hit.
    static constexpr float kFieldWeight[kFieldCount] = {3.0f, 1.0f, 1.0f, 1.5f, 1.0f};

    // Null when the corpus carries no metadata.
    static std::shared_ptr<const MetadataTokens> build(const Corpus &corpus);

    quint32 docCount() const { return quint32((m_fieldBegin.size() - 1) / kFieldCount); }
    // Token indices [first, second) of one paper field.
    std::pair<quint32, quint32> tokens(quint32 doc, int field) const
    {
        const size_t k = size_t(doc) * kFieldCount + size_t(field);
        return {m_fieldBegin[k], m_fieldBegin[k + 1]};
    }
    std::string_view token(quint32 i) const
    {
        return std::string_view(m_text.data() + m_tokenEnd[i] - m_tokenLength[i], m_tokenLength[i]);
    }
    float averageLength(int field) const { return m_avgLength[field]; }

private:
    friend class IndexImage; // writes and restores the tables (models/image)
    std::string m_text;                // folded tokens, concatenated
    std::vector<quint32> m_tokenEnd;   // end offset of each token in m_text
    std::vector<quint16> m_tokenLength;
    std::vector<quint32> m_fieldBegin; // docCount * kFieldCount + 1, into the token arrays
    float m_avgLength[kFieldCount] = {};
};
