// libFuzzer entry point: any bytes must parse to a corpus or a clear error, never a crash,
// and every accessor must work on what was parsed.
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
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < c.size(); ++i) {
        rows.append(i);
        if (c.indexOfId(c.id(i)) != i)
            __builtin_trap();
        (void)c.headline(i);
        (void)c.authorLabel(i);
    }
    (void)CorpusFormatter::format(c, rows, CorpusFormatter::Format::Json);
    return 0;
}
