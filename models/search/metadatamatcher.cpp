#include "search/metadatamatcher.h"

#include <cmath>

namespace MetadataMatcher {

namespace {

int bitOf(int field)
{
    return SearchQuery::Title << field; // Title, Venue, Categories, Keywords, Doi are consecutive bits
}

bool tokenMatches(std::string_view token, const QByteArray &word, bool prefix)
{
    const std::string_view w(word.constData(), size_t(word.size()));
    return prefix ? token.substr(0, w.size()) == w : token == w;
}

int countPhrase(const MetadataTokens &tokens, std::pair<quint32, quint32> range, const SearchQuery::Phrase &phrase)
{
    const quint32 n = quint32(phrase.words.size());
    if (n == 0 || range.second - range.first < n)
        return 0;
    int count = 0;
    for (quint32 i = range.first; i + n <= range.second; ++i) {
        bool all = true;
        for (quint32 k = 0; k < n && all; ++k)
            all = tokenMatches(tokens.token(i + k), phrase.words[k], phrase.lastIsPrefix && k + 1 == n);
        count += all ? 1 : 0;
    }
    return count;
}

float fieldImpact(const MetadataTokens &tokens, int field, quint32 length, int tf)
{
    constexpr float kK1 = 1.2f;
    constexpr float kB = 0.75f;
    const float norm = kK1 * (1 - kB + kB * float(length) / std::max(tokens.averageLength(field), 1.0f));
    return MetadataTokens::kFieldWeight[field] * float(tf) * (kK1 + 1) / (float(tf) + norm);
}

} // namespace

HitList match(const MetadataTokens &tokens, const SearchQuery::Phrase &phrase, const HitList *within)
{
    HitList out;
    const quint32 count = within ? quint32(within->docs.size()) : tokens.docCount();
    for (quint32 i = 0; i < count; ++i) {
        const quint32 doc = within ? within->docs[i] : i;
        float score = 0;
        for (int f = 0; f < MetadataTokens::kFieldCount; ++f) {
            if (!(phrase.fields & bitOf(f)))
                continue;
            const auto range = tokens.tokens(doc, f);
            if (const int tf = countPhrase(tokens, range, phrase))
                score += fieldImpact(tokens, f, range.second - range.first, tf);
        }
        if (score > 0) {
            out.docs.push_back(doc);
            out.scores.push_back(score);
        }
    }
    // The same idf as the index's words: rarer phrases weigh more.
    const double n = tokens.docCount();
    const double df = double(out.docs.size());
    const float idf = float(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
    for (float &s : out.scores)
        s *= idf;
    return out;
}

} // namespace MetadataMatcher
