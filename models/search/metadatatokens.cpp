#include "search/metadatatokens.h"

#include "search/tokenizer.h"

std::shared_ptr<const MetadataTokens> MetadataTokens::build(const Corpus &corpus)
{
    if (!corpus.hasMetadata())
        return nullptr;
    auto out = std::make_shared<MetadataTokens>();
    const qsizetype n = corpus.size();
    out->m_fieldBegin.reserve(size_t(n) * kFieldCount + 1);
    out->m_fieldBegin.push_back(0);
    quint64 totals[kFieldCount] = {};
    auto add = [&out](const QString &text) {
        for (const Tokenizer::Token &t : Tokenizer::tokenize(text)) {
            out->m_text.append(t.folded.constData(), size_t(t.folded.size()));
            out->m_tokenEnd.push_back(quint32(out->m_text.size()));
            out->m_tokenLength.push_back(quint16(std::min<qsizetype>(t.folded.size(), 0xFFFF)));
        }
    };
    for (qsizetype row = 0; row < n; ++row) {
        const QString single[] = {corpus.title(row), corpus.venue(row)};
        const QStringList lists[] = {corpus.categories(row), corpus.keywords(row), {corpus.doi(row)}};
        for (int f = 0; f < kFieldCount; ++f) {
            if (f < 2)
                add(single[f]);
            else
                for (const QString &item : lists[f - 2])
                    add(item);
            totals[f] += out->m_tokenEnd.size() - out->m_fieldBegin.back();
            out->m_fieldBegin.push_back(quint32(out->m_tokenEnd.size()));
        }
    }
    for (int f = 0; f < kFieldCount; ++f)
        out->m_avgLength[f] = n ? float(double(totals[f]) / double(n)) : 0.f;
    return out;
}
