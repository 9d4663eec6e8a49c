#pragma once

#include "corpus/bibtexscanner.h"
#include "corpus/corpusbuilder.h"

// One scanned BibTeX entry, its macros resolved, as the fields of a paper: TeX decoded, names in
// display form, year and month, venue from journal / journaltitle / booktitle, DOI, URL, the arXiv
// id of an eprint whose archivePrefix (or eprinttype) is arXiv, keywords split at , and ;.
namespace BibtexEntry {

// The record, ready for RecordSink::add().
CorpusBuilder::Prepared prepare(const BibtexScanner::Result &scanned, const BibtexScanner::Entry &entry, int line);

// A field's value: its parts joined (a single literal part is not copied).
QByteArray value(const BibtexScanner::Result &scanned, BibtexScanner::Range range);

} // namespace BibtexEntry
