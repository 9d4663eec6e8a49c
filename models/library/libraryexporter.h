#pragma once

#include "library/librarystore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class Corpus;

// Writes a reading list (or the bookmarks) as Markdown, CSV, JSON, BibTeX, RIS or CSL-JSON, and reads
// the JSON back. JSON is lossless (order, notes, read state, added dates, ids, the copied label and
// headline, the list's saved views); the others add what the open corpus knows about each paper (title, tl;dr, authors,
// abstract, year, venue, DOI; see CitationExport).
namespace LibraryExporter {

enum class Format { Markdown, Csv, Json, Bibtex, Ris, CslJson };

// Accepts md/markdown, csv, json, bib/bibtex, ris, csljson/csl-json; false for anything else.
bool parseFormat(const QString &name, Format *format);

struct Document
{
    QString name;
    QList<LibraryStore::Entry> entries; // in the list's order
    QStringList notRelevant;            // ids voted "not relevant" for the list (JSON only)
    // The saved views that travel with this list (JSON only): those scoped to it, and with the
    // bookmarks every view not scoped to a list, so exporting the bookmarks and each list carries
    // every view. Exports from before saved views have none.
    QList<SavedView> views;
};

// The list called name (case-insensitively), or the bookmarks for kBookmarksName; false when
// there is no such list. The command line and the window export through this one lookup.
bool documentFor(const LibraryStore &store, const QString &name, Document *document);

// corpus may be null; papers missing from it are marked "not in this corpus" where the format shows it.
QByteArray format(const Document &document, Format format, const Corpus *corpus);

struct ParseResult
{
    Document document;
    QString error;         // set when nothing could be read
    QStringList skipped;   // entries that could not be used, with the reason
    bool ok() const { return error.isEmpty(); }
};
ParseResult parseJson(const QByteArray &json);

} // namespace LibraryExporter
