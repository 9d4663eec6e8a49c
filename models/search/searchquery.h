#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// A parsed search query: a conjunction of clauses, each clause one or more alternatives (OR), each
// alternative a phrase of folded words restricted to some fields. The grammar, with examples, is
// documented at SearchQuery::parse in searchquery.cpp. Parsing never fails: malformed input is read
// in the most forgiving sensible way, because the user is still typing it.
struct SearchQuery
{
    enum FieldMask : quint8 {
        Authors = 1, Tldr = 2, Abstract = 4,                           // in the SearchIndex
        Title = 8, Venue = 16, Categories = 32, Keywords = 64, Doi = 128, // metadata (MetadataTokens)
        IndexedFields = Authors | Tldr | Abstract,
        MetadataFields = Title | Venue | Categories | Keywords | Doi,
        // what a word without a field prefix searches: venues, categories and DOIs only when asked
        AnyField = Authors | Tldr | Abstract | Title | Keywords,
    };

    // A term about the user's library instead of the text: list:NAME, is:starred, is:read, is:unread;
    // or about the paper map: cluster:N (cluster N of the overview level), cluster:L.N (level L, 1 = coarsest).
    enum class Library : quint8 { None, List, Starred, Read, Unread, Cluster };

    struct Phrase
    {
        QList<QByteArray> words;  // folded tokens (Tokenizer), consecutive in one field
        bool lastIsPrefix = true; // the last word matches any word starting with it
        quint8 fields = AnyField;
        Library library = Library::None; // a library term: no words, no fields
        QString listName;                // for Library::List, as typed (lists are named case-insensitively)
        int clusterLevel = 0;            // for Library::Cluster: the map level (0: the overview) and
        int clusterId = -1;              // the cluster's id at that level, as --map-json writes it
        bool isLibrary() const { return library != Library::None; }
        bool operator==(const Phrase &) const = default;
    };
    struct Clause
    {
        QList<Phrase> alternatives; // any of them (OR); empty for a year clause
        bool excluded = false;      // papers matching the clause are removed
        int yearFrom = 0;           // year:A..B, both inclusive; 0 when the clause is not a year range
        int yearTo = 0;
        bool isYear() const { return yearFrom > 0; }
        bool operator==(const Clause &) const = default;
    };

    QList<Clause> clauses; // all of them (AND)

    // Where a library term stands in the text it was parsed from, for chips that remove one term.
    struct LibrarySpan
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Phrase term;
        bool excluded = false;
    };
    static QList<LibrarySpan> librarySpans(QStringView text);
    bool hasLibraryTerms() const;
    // The list names the query's list: terms ask for, in order, each once (case-insensitively).
    QStringList listNames() const;

    static SearchQuery parse(QStringView text);
    bool isEmpty() const { return clauses.isEmpty(); }
    bool hasPositiveClause() const;
    // A readable form of the tree for tests and logs: `+(a* | "b c") -d* author:"e f*"`.
    QString toString() const;
    bool operator==(const SearchQuery &) const = default;
};
