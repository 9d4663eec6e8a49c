#pragma once

#include "corpus/corpusbuilder.h"
#include "corpus/corpusparser.h"

#include <QByteArrayView>

class QIODevice;

// Reads the arXiv metadata snapshot (JSON Lines, one paper per line) with simdjson, streaming:
// the file goes through a block buffer of a few dozen megabytes whose lines are parsed on every
// core, so only the corpus text itself grows with the file. Title and abstract are unwrapped, names
// come from authors_parsed with their TeX accents decoded, the date from versions[0].created. A line
// that is not a JSON object is reported with its line number and skipped.
class ArxivReader
{
public:
    // totalBytes (when known, else 0) scales the progress.
    static CorpusParser::Result read(QIODevice &in, const QString &name, const CorpusParser::Options &options,
                                     qint64 totalBytes = 0);

    // One line into fields; false with *error set when it is not an arXiv record. For tests and
    // the benchmark (the reader itself keeps one simdjson parser per thread). The text fields are
    // UTF-8 views (fields->utf8) into this thread's parser: valid until its next call.
    static bool parseLine(QByteArrayView line, CorpusBuilder::Fields *fields, QString *error);
    // "Mon, 2 Apr 2007 19:18:42 GMT" → 2007, 4, 2; false when it is no RFC 2822 date.
    static bool parseRfc2822(QByteArrayView date, int *year, int *month, int *day);

    static constexpr qsizetype kBlockBytes = 32 << 20;
};
