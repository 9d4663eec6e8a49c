// libFuzzer entry point: any bytes must parse to a corpus or a clear error, never a crash, and the
// accessors must work on what was parsed. The work is done once per input: one parse, each record
// looked up once, a few records formatted (formatting every record made the target 690 execs/s).
#include "corpus/corpusformatter.h"
#include "corpus/corpusparser.h"

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
    (void)c.authorLabel(c.size() - 1);
    (void)CorpusFormatter::format(c, firstRows.first(1), CorpusFormatter::Format::Json);
    (void)CorpusFormatter::format(c, firstRows, CorpusFormatter::Format::Tsv);
    return 0;
}
