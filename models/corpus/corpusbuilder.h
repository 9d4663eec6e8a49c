#pragma once

#include "corpus/corpus.h"
#include "corpus/corpustext.h"
#include "corpus/diagnostic.h"

#include <QStringList>

// Fills a Corpus record by record (a friend of Corpus). The native parser hands it spans of the
// file's own text; importers of other formats hand it whole fields with add(), which appends their
// normalized UTF-8 to the corpus text, so a paper's fields are always spans of one buffer and the
// indexers read every format the same way. finishAll() then hashes, interns authors and numbers
// identical records, in parallel.
class CorpusBuilder
{
public:
    // One record as an importer has it. Empty strings are absent fields; year 0 is unknown.
    struct Fields
    {
        QStringList authors; // display names, "First Last"; commas inside a name become spaces
        QString title;
        QString tldr;
        QString abstract;
        QString venue;
        QString doi;
        QString url;
        QString arxiv;
        QStringList categories; // arXiv-style, primary first
        QStringList keywords;
        int year = 0;
        int month = 0; // 1..12, 0 unknown
        int day = 0;   // 1..31, 0 unknown
        int line = 0;  // where the record starts in its file, 1-based
        quint8 flags = 0;
        // The same fields as UTF-8, for readers whose text already is UTF-8 (simdjson's strings): a
        // non-empty one is taken instead of its QString, which saves two conversions a field. The
        // views need to stay valid only while prepare() runs.
        struct Utf8
        {
            QByteArray authors; // clean display names joined by ", "
            QByteArrayView title, abstract, venue, doi, arxiv;
        } utf8;
    };

    CorpusBuilder(Corpus &corpus, Diagnostics &diags) : m_corpus(corpus), m_diags(diags) { }

    void warn(int line, const QString &message, int *counter = nullptr);
    // A span of a native line, skipping `skip` bytes and leading blanks.
    Corpus::Span span(const CorpusText::Line &l, qsizetype skip = 0) const;
    void finishRecord(const Corpus::Record &r) { m_corpus.m_records.push_back(r); }
    void reserveRecords(size_t n) { m_corpus.m_records.reserve(n); }
    // Room for about `records` imported records of `textBytes` of text, so the arrays are not copied
    // as they grow; what is never written costs address space only.
    void reserveImported(size_t records, qsizetype textBytes)
    {
        m_corpus.m_records.reserve(records);
        m_corpus.m_meta.reserve(records);
        m_corpus.m_text.reserve(textBytes);
    }
    // A record turned into its UTF-8 text with spans relative to it: the costly part of add(),
    // pure, so readers can prepare records on every core and add them in order.
    struct Prepared
    {
        QByteArray text;
        Corpus::Record record;
        Corpus::Metadata meta;
        bool hasText() const { return record.abstract.len > 0 || !meta.title.isNull(); }
    };
    static Prepared prepare(const Fields &fields);
    // Appends an imported record (with its metadata) to the corpus.
    void add(const Fields &fields) { add(prepare(fields)); }
    void add(const Prepared &prepared);
    void setName(const QString &name) { m_corpus.m_name = name; }
    void setSourcePath(const QString &path) { m_corpus.m_sourcePath = path; }
    qsizetype recordCount() const { return qsizetype(m_corpus.m_records.size()); }

    // Content hashes and authors of all records, in parallel; then the duplicate numbers, in order.
    void finishAll();

    int authorsOnly = 0;
    int noAuthors = 0;

private:

    Corpus &m_corpus;
    Diagnostics &m_diags;
};
