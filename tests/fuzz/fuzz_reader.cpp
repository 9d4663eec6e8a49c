// libFuzzer entry point for one input format, forced (so every input reaches its reader): any bytes
// must give papers or a clear error, never a crash or a hang, and every accessor must work. Built
// once per reader with SKIMMER_FUZZ_FORMAT naming the CorpusReader::Format (tests/fuzz/CMakeLists.txt).
#include "corpus/corpusformatter.h"
#include "corpus/corpusreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CorpusReader::Options options;
    options.format = CorpusReader::Format::SKIMMER_FUZZ_FORMAT;
    const auto result = CorpusReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                           QStringLiteral("fuzz"), options);
    if (!result.ok()) {
        if (result.error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const Corpus &c = *result.corpus;
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < c.size(); ++i) {
        rows.append(i);
        if (c.indexOfId(c.id(i)) != i)
            __builtin_trap();
        (void)c.headline(i);
    }
    (void)CorpusFormatter::format(c, rows, CorpusFormatter::Format::Json);
    return 0;
}
