// libFuzzer entry point: any bytes must parse to a corpus or a clear error, never a crash, and the
// accessors must work on what was parsed. The work is done once per input: one parse, each record
// looked up once, every accessor of the last record read, a few records formatted as TSV (formatting
// every record as JSON made the target 690 execs/s; one record as JSON was still a quarter of it).
#include "corpus/corpusformatter.h"
#include "corpus/corpusparser.h"
#include "fuzzpaper.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = CorpusParser::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                            QStringLiteral("fuzz"));
    if (!result.ok()) {
        if (result.error.isEmpty())
            __builtin_trap();
        return 0;
    }
    const Corpus &c = *result.corpus;
    if (c.size() == 0)
        __builtin_trap();
    QList<qsizetype> firstRows;
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (c.indexOfId(c.id(i)) != i)
            __builtin_trap();
        if (i < 3)
            firstRows.append(i);
    }
    (void)c.headline(c.size() - 1);
    touchPaper(c, c.size() - 1);
    (void)CorpusFormatter::format(c, firstRows, CorpusFormatter::Format::Tsv);
    return 0;
}
