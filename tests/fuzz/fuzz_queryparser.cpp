// libFuzzer entry point: any text must parse to a query (never a crash), the parsed query must
// evaluate against a small index, and highlighting a fixed abstract must return spans inside it.
// Highlighting the query text itself, as this once did, made each input quadratic in its length.
#include "corpus/corpusparser.h"
#include "search/highlighter.h"
#include "search/searchengine.h"

#include <cstdint>

namespace {
const char kCorpus[] = "Bernhard Schölkopf, Sergey Levine\ntl;dr: Graph neural networks extrapolate.\n"
                       "We study model-based RL and GPT-3 state-of-the-art methods for graphs.\n\n"
                       "Łukasz Kaiser\nAttention is all you need; Søren said so.\n";
const QString kAbstract = QStringLiteral("We study model-based RL, GPT-3 and graph neural networks: "
                                         "state-of-the-art methods extrapolate. Attention, Søren!");

void checkShape(const SearchQuery &query)
{
    for (const SearchQuery::Clause &c : query.clauses) { // never an empty clause, phrase or word
        if (c.alternatives.isEmpty())
            __builtin_trap();
        for (const SearchQuery::Phrase &p : c.alternatives) {
            if (p.words.isEmpty() || p.fields == 0)
                __builtin_trap();
            for (const QByteArray &w : p.words) {
                if (w.isEmpty())
                    __builtin_trap();
            }
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto index = SearchIndex::build(CorpusParser::parse(kCorpus, QStringLiteral("fuzz")).corpus);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(text);
    checkShape(query);
    (void)query.toString();
    const SearchResult result = SearchEngine::run(*index, query);
    if (result.rows.size() != result.scores.size() || result.rows.size() > index->docCount())
        __builtin_trap();
    const QList<int> spans = Highlighter(query).spans(kAbstract);
    for (qsizetype k = 0; k + 1 < spans.size(); k += 2) {
        if (spans[k] < 0 || spans[k + 1] <= 0 || spans[k] + spans[k + 1] > kAbstract.size())
            __builtin_trap();
    }
    (void)Highlighter::toHtml(kAbstract, spans);
    return 0;
}
