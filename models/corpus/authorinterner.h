#pragma once

#include "corpus/corpus.h"

#include <vector>

// Interns the author lines of a whole corpus using every core: each chunk of records splits its
// lines on commas and groups identical spellings by their UTF-8 bytes (no QString per occurrence);
// the chunks' distinct spellings are then merged in corpus order and each is folded to its key
// once. The ids, counts and display names equal those of interning one occurrence at a time.
class AuthorInterner
{
public:
    // Sets authorBegin/authorCount of every record and returns the table and the flat id list.
    static void run(const QByteArray &text, std::vector<Corpus::Record> &records, AuthorTable &table,
                    std::vector<AuthorTable::Id> &ids);
};
