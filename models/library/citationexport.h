#pragma once

#include "library/libraryexporter.h"

#include <QByteArray>

class Corpus;

// A reading list as citations a reference manager reads back (Zotero, JabRef, EndNote): BibTeX,
// RIS and CSL-JSON with the paper's title, authors, year, venue, DOI, URL, arXiv id, keywords and
// abstract from the open corpus; a paper missing from it keeps the label and headline that were saved.
namespace CitationExport {

QByteArray bibtex(const LibraryExporter::Document &doc, const Corpus *corpus);
QByteArray ris(const LibraryExporter::Document &doc, const Corpus *corpus);
QByteArray cslJson(const LibraryExporter::Document &doc, const Corpus *corpus);

} // namespace CitationExport
