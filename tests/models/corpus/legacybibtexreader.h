#pragma once

#include "corpus/corpusparser.h"

// The sequential, whole-file BibTeX reader of main at f85658a: the reference for tst_bibtexreader.
namespace LegacyBibtexReader {
CorpusParser::Result read(const QByteArray &data, const QString &name, const CorpusParser::Options &options);
}
