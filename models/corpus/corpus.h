#pragma once

#include "corpus/authortable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>
#include <unordered_map>
#include <vector>

// A parsed corpus: the UTF-8 text of the file kept once, and per paper only byte spans into it,
// its source line, its content-derived id and its interned authors. Immutable after parsing,
// so it can be shared between threads (the search index, the GUI, background work).
class Corpus
{
public:
    enum Flag : quint8 {
        Truncated = 1,       // the record is cut off (end of file mid-record or mid-word)
        MissingAbstract = 2, // an author line with no abstract after it
        NoAuthors = 4,       // text without an author line before it
        Clipped = 8,         // a line was longer than the limit and was shortened
    };

    // 12 bytes (packed to 4-byte alignment): a position anywhere in a corpus of up to
    // FileReader::kMaxBytes and a length up to 2 GB. Spans are most of a record's size, and a record
    // costs memory per paper however short the paper is (issue 17: 2.5 M one-letter records).
#pragma pack(push, 4)
    struct Span
    {
        qint64 pos = 0;
        qint32 len = -1; // -1: absent
        bool isNull() const { return len < 0; }
    };
#pragma pack(pop)

    // 64 bytes (was 80): the hash first, so the packed spans leave no padding before it.
    struct Record
    {
        quint64 hash = 0;
        Span authors;
        Span tldr; // the text after "tl;dr:", trimmed; null when the record has none
        Span abstract;
        quint32 duplicate = 0; // 0 for the first of identical records, 1 for the second, ...
        quint32 authorBegin = 0;
        quint32 authorCount = 0;
        int line = 0;
        quint8 flags = 0;
    };

    // What formats other than the native one carry (titles, years, venues, …); spans of the same
    // text. Kept beside the records only when some record has any, so native corpora pay nothing.
    struct Metadata // 88 bytes (was 120)
    {
        Span title;
        Span venue;
        Span doi;
        Span url;
        Span arxiv;
        Span categories; // kListSeparator between items, primary first
        Span keywords;   // kListSeparator between items
        qint16 year = 0; // 0: unknown
        quint8 month = 0;
        quint8 day = 0;
    };
    static constexpr char kListSeparator = '\x1f';

    qsizetype size() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    QString name() const { return m_name; }
    QString sourcePath() const { return m_sourcePath; }

    QString id(qsizetype i) const;
    int sourceLine(qsizetype i) const { return record(i).line; }
    QStringList authors(qsizetype i) const;
    std::span<const AuthorTable::Id> authorIds(qsizetype i) const;
    bool hasTldr(qsizetype i) const { return !record(i).tldr.isNull(); }
    QString tldr(qsizetype i) const { return text(record(i).tldr); }
    QString abstract(qsizetype i) const { return text(record(i).abstract); }
    QString headline(qsizetype i) const;
    QString authorLabel(qsizetype i) const;
    bool isTruncated(qsizetype i) const { return record(i).flags & Truncated; }
    quint8 flags(qsizetype i) const { return record(i).flags; }

    // Metadata; null strings, empty lists and year 0 where a record (or the format) has none.
    bool hasMetadata() const { return !m_meta.empty(); }
    const Metadata &metadata(qsizetype i) const;
    QString title(qsizetype i) const { return text(metadata(i).title); }
    int year(qsizetype i) const { return metadata(i).year; }
    QString venue(qsizetype i) const { return text(metadata(i).venue); }
    QString doi(qsizetype i) const { return text(metadata(i).doi); }
    QString url(qsizetype i) const { return text(metadata(i).url); }
    QString arxivId(qsizetype i) const { return text(metadata(i).arxiv); }
    QStringList categories(qsizetype i) const { return list(metadata(i).categories); }
    QStringList keywords(qsizetype i) const { return list(metadata(i).keywords); }

    // Raw access for indexers: UTF-8 bytes without a copy.
    QByteArrayView utf8(Span s) const;
    const Record &record(qsizetype i) const { return m_records[size_t(i)]; }
    const AuthorTable &authorTable() const { return m_authors; }
    // Row of the paper with this id, or -1.
    qsizetype indexOfId(const QString &id) const;

private:
    friend class CorpusParser;
    friend class CorpusBuilder;
    friend class CorpusReader; // sets the source path of what a reader built
    friend class IndexImage;   // writes and restores the arrays (models/image)
    QString text(Span s) const;
    QStringList list(Span s) const;

    QString m_name;
    QString m_sourcePath;
    QByteArray m_text;
    std::vector<Record> m_records;
    std::vector<Metadata> m_meta; // empty, or one per record
    std::vector<AuthorTable::Id> m_authorIds;
    AuthorTable m_authors;
    std::unordered_map<quint64, qsizetype> m_rowByHash; // first row with each content hash
};
