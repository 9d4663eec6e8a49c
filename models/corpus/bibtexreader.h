#pragma once

#include "corpus/corpusparser.h"

// Reads BibTeX (Zotero, JabRef, dblp, Google Scholar, the ACL Anthology): @string macros and #
// concatenation, braced and quoted values nested up to kMaxDepth, month macros, TeX accents and
// escapes decoded; @comment and @preamble skipped. Fields used: title, author, abstract, year,
// month, journal / booktitle → venue, doi, url, eprint with archivePrefix arXiv, keywords. An entry
// whose braces do not balance is reported with its line and reading resumes at the next @entry.
class BibtexReader
{
public:
    static CorpusParser::Result read(const QByteArray &data, const QString &name, const CorpusParser::Options &options);

    static constexpr int kMaxDepth = 100;
};
