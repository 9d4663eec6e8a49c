#include "search/searchindex.h"

#include <algorithm>

float SearchIndex::fieldImpact(quint32 doc, int field, int tf) const
{
    constexpr float kK1 = 1.2f;
    constexpr float kB = 0.75f;
    const float norm = kK1 * (1 - kB + kB * float(fieldLength(doc, field)) / std::max(m_avgFieldLength[field], 1.0f));
    return kFieldWeight[field] * float(tf) * (kK1 + 1) / (float(tf) + norm);
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
    return std::span<const quint32>(m_postingDocs.data() + m_postingOffsets[t], m_postingOffsets[t + 1] - m_postingOffsets[t]);
}

std::span<const quint16> SearchIndex::postingFreqs(quint32 t) const
{
    return std::span<const quint16>(m_postingFreqs.data() + m_postingOffsets[t], m_postingOffsets[t + 1] - m_postingOffsets[t]);
}

void SearchIndex::appendCode(quint32 t, std::string &out) const
{
    uchar code[5];
    const int n = encode(m_termToRank[t], code);
    out.append(reinterpret_cast<const char *>(code), size_t(n));
}
