#pragma once

#include "corpus/bibtexreader.h"
#include "corpus/bibtexscanner.h"
#include "corpus/corpusbuilder.h"

#include <QHash>

#include <vector>

class BibtexLineCounter;
class RecordSink;

// The records and messages of one block of BibTeX, in file order (for BibtexReader): the block cut
// into pieces scanned on every core, the macros resolved in order, then the fields of each record
// decoded on every core again.
class BibtexBlockParser
{
public:
    BibtexBlockParser(RecordSink &sink, const BibtexReader::Blocks &blocks);

    // Scans text (a prefix of the rest of the input unless atEnd) and resolves its macros; returns
    // how much of it is done: the next block starts there.
    qsizetype scan(QByteArrayView text, bool atEnd);
    // Decodes and hands over the records found by scan().
    void finish();

private:
    std::vector<qsizetype> chunkStarts(QByteArrayView text, bool atEnd) const;
    void resolve(size_t chunk, BibtexLineCounter &lines);

    struct Pending
    {
        size_t chunk;
        size_t entry;
        int line;
        CorpusBuilder::Prepared prepared;
    };
    struct Op
    {
        int line;
        QString message;
        int pending = -1; // or the record to add
    };

    RecordSink &m_sink;
    BibtexReader::Blocks m_blocks;
    QHash<QByteArray, QByteArray> m_macros;
    std::vector<BibtexScanner::Result> m_results;
    std::vector<Pending> m_pending;
    std::vector<Op> m_ops;
    int m_line = 1; // of the block's first byte
};
