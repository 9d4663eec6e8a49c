// libFuzzer entry point for the saved index image reader: any bytes must give a whole corpus and
// index or a refusal (nullopt), never a crash, a hang or an out-of-range access, and an accepted
// image must answer queries and format every paper. Checksums are not verified (a mutation would
// almost never get past them, hiding the structural checks behind); each input is also read once
// with them, as the application does. Seeds: scripts/fuzz.sh writes images of the format fixtures
// with image_seeds (image_seeds.cpp).
#include "corpus/corpusformatter.h"
#include "image/indeximage.h"
#include "search/searchengine.h"
#include "search/searchquery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)IndexImage::read(bytes, {}, true);
    const auto contents = IndexImage::read(bytes, {}, false);
    if (!contents)
        return 0;
    if (!contents->corpus || !contents->index || contents->index->corpus() != contents->corpus)
        __builtin_trap();
    const Corpus &c = *contents->corpus;
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < c.size(); ++i) {
        rows.append(i);
        (void)c.headline(i);
    }
    (void)CorpusFormatter::format(c, rows, CorpusFormatter::Format::Json);
    for (const char *q : {"a", "graph neural", "\"neural network\"", "author:lee", "-the x*"}) {
        const SearchResult r = SearchEngine::run(*contents->index, SearchQuery::parse(QString::fromLatin1(q)),
                                                 SortOrder::Relevance, false);
        for (const quint32 row : r.rows)
            if (qsizetype(row) >= c.size())
                __builtin_trap();
    }
    return 0;
}
