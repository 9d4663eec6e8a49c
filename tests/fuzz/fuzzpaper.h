#pragma once

#include "corpus/corpus.h"

// Every accessor the JSON output reads for one paper, without building the JSON: QJsonObject and
// toJson were a third of a reader target's time under ASan, and fuzz QJson rather than Skimmer.
inline void touchPaper(const Corpus &c, qsizetype row)
{
    // Text from no bytes is a bug; no text from bytes is not: QString::fromUtf8 drops a leading
    // byte-order mark, so an abstract line of just U+FEFF reads as empty
    // (tests/data/fuzz-regressions/abstract-bom-only).
    if (!c.abstract(row).isEmpty() && c.record(row).abstract.len <= 0)
        __builtin_trap();
    (void)c.sourceLine(row);
    (void)c.authors(row);
    (void)c.tldr(row);
    (void)c.isTruncated(row);
    (void)c.authorLabel(row);
    (void)c.title(row);
    (void)c.year(row);
    (void)c.venue(row);
    (void)c.doi(row);
    (void)c.url(row);
    (void)c.arxivId(row);
    (void)c.categories(row);
    (void)c.keywords(row);
}
