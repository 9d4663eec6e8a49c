// libFuzzer entry point for one input format, forced (so every input reaches its reader): any bytes
// must give papers or a clear error, never a crash or a hang, and every accessor must work. Built
// once per reader with SKIMMER_FUZZ_FORMAT naming the CorpusReader::Format (tests/fuzz/CMakeLists.txt).
// The work is done once per input: one read, each record looked up once, every accessor of the last
// record read and it formatted as TSV (formatting every record as JSON was 40 % of the RIS target).
#include "corpus/corpusformatter.h"
#include "corpus/corpusreader.h"
#include "fuzzpaper.h"

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
    if (c.size() == 0)
        __builtin_trap();
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (c.indexOfId(c.id(i)) != i)
            __builtin_trap();
        (void)c.headline(i);
    }
    touchPaper(c, c.size() - 1);
    (void)CorpusFormatter::format(c, {c.size() - 1}, CorpusFormatter::Format::Tsv);
    return 0;
}
