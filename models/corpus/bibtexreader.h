#pragma once

#include "corpus/corpusparser.h"

class QIODevice;

// Reads BibTeX (Zotero, JabRef, dblp, Google Scholar, the ACL Anthology): @string macros and #
// concatenation, braced and quoted values nested up to kMaxDepth, month macros, TeX accents and
// escapes decoded; @comment and @preamble skipped. Fields used: title, author, abstract, year,
// month, journal / booktitle → venue, doi, url, eprint with archivePrefix arXiv, keywords. An entry
// whose braces do not balance is reported with its line and reading resumes at the next @entry.
// Streaming: the input goes through a block buffer that is cut at lines that start an entry; the
// pieces are scanned on every core, their macros resolved in file order, and the records decoded
// on every core again, while the next block is read. The result equals a whole-file scan.
class BibtexReader
{
public:
    // How the input is cut; the tests make everything small so that every path is taken.
    struct Blocks
    {
        qsizetype first;    // the first block when the size is unknown (it doubles as reads fill it)
        qsizetype max;      // the largest block, unless one entry needs more
        qsizetype minChunk; // the least a core gets of a block
        int threads;        // 0: one per core
    };
    static Blocks defaultBlocks() { return {64 << 10, kBlockBytes, 1 << 20, 0}; }

    // totalBytes (when known, else 0) sizes the first block and scales the progress.
    static CorpusParser::Result read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                     qint64 totalBytes = 0);
    static CorpusParser::Result read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                     qint64 totalBytes, const Blocks &blocks);

    static constexpr int kMaxDepth = 100;
    static constexpr qsizetype kBlockBytes = 32 << 20;
};
