#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

// The syntax pass of the BibTeX reader over valid UTF-8: from a position on, entries become
// fields whose values are lists of parts (literal text or @string macro names, resolved later in
// file order), so separate stretches of one file can be scanned on separate cores. Each decision
// is the one the whole-file scanner made on the decoded text; positions are byte offsets into the
// text, line numbers are left to the caller. When the text is only a prefix of the input
// (atEnd false) and an entry needs what comes after it, the scan stops before that entry.
class BibtexScanner
{
    Q_DECLARE_TR_FUNCTIONS(BibtexReader)

public:
    // The fields the reader uses; the others are scanned for their macros only.
    enum Field { Title, Author, Abstract, Year, Date, Month, Journal, JournalTitle, BookTitle, Doi, Url,
                 ArchivePrefix, EprintType, Eprint, Keywords, FieldCount };

    struct Part
    {
        QByteArray text;  // literal bytes (a raw view into the scanned text), or the macro's name
        qsizetype pos = 0; // just after a macro's name, for the line of an "unknown macro" message
        bool macro = false;
        QByteArray resolved; // a macro's value, filled in by the caller
        QByteArrayView bytes() const { return macro ? QByteArrayView(resolved) : QByteArrayView(text); }
    };
    struct Range
    {
        int first = 0;
        int count = -1; // -1: the field is absent
        bool present() const { return count >= 0; }
    };
    struct Entry
    {
        enum Kind { Record, String, Failed, Unclosed };
        Kind kind = Record;
        qsizetype at = 0; // the @
        int partsBegin = 0, partsEnd = 0;
        std::array<Range, FieldCount> fields{}; // Record
        int stringsBegin = 0, stringsEnd = 0;     // String: its macros
        qsizetype failurePos = 0;                 // Failed
        QString message, type;                    // Failed, Unclosed
    };
    struct Result
    {
        std::vector<Entry> entries;
        std::vector<Part> parts;
        std::vector<std::pair<QByteArray, Range>> strings;
        qsizetype stop = 0;    // where the search for the next @ goes on
        bool needMore = false; // stopped at an entry that reads past the end of a prefix
    };

    BibtexScanner(QByteArrayView text, bool atEnd) : m_s(text), m_atEnd(atEnd) { }
    // The entries whose @ the scan reaches before `until`, starting the search at `from`.
    Result scan(qsizetype from, qsizetype until);

    // True when the line at pos reads "@type{" (or "@type(") after optional blanks; throws
    // NeedMore when the text ends first and is only a prefix.
    bool startsEntry(qsizetype pos) const;
    // The first such line at or after from that follows a newline, or -1.
    qsizetype nextEntryLine(qsizetype from) const;

    struct NeedMore
    {
    };

private:
    struct Failure
    {
        qsizetype pos = 0;
        QString message;
    };
    char at(qsizetype i) const
    {
        if (i < m_s.size())
            return m_s[i];
        if (!m_atEnd)
            throw NeedMore();
        return 0;
    }
    int charAt(qsizetype i, char32_t *cp) const;
    bool isSpaceAt(qsizetype i, int *len) const;
    bool isLetterOrNumberAt(qsizetype i, int *len) const;
    void skipSpace();
    QByteArray identifier();
    void entry(const QByteArray &type, char close, qsizetype at, Result &out);
    bool fields(char close, bool string, Entry &e, Result &out, Failure *failure);
    bool value(Result &out, Range *range, bool keep, Failure *failure);
    bool delimited(char close, qsizetype *begin, Failure *failure);

    QByteArrayView m_s;
    bool m_atEnd;
    qsizetype m_pos = 0;
};
