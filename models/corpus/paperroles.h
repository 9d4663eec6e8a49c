#pragma once

#include <QObject>

// The roles of a paper row, shared by the paper model and every model stacked on it (search results,
// library decoration, scope), as Zeal keeps its roles in one header. One column, many roles.
namespace PaperRoles {
Q_NAMESPACE

enum Role {
    IdRole = Qt::UserRole + 1,
    AuthorsRole,       // QStringList, as written
    AuthorLabelRole,   // "Xu, Zhang et al."
    HeadlineRole,      // tl;dr, else the abstract's first sentence
    HeadlineIsTldrRole,
    TldrRole,          // QString, null when the paper has none
    AbstractRole,
    TruncatedRole,
    SourceLineRole,    // 1-based line of the record in its file
    CorpusIndexRole,   // 0-based position in the corpus
    AuthorCountRole,
    FirstAuthorRole,   // raw value for sorting by first author
    // Metadata from formats that carry it; null, 0 or empty where a record has none
    TitleRole,         // QString
    YearRole,          // int, 0 when unknown
    VenueRole,         // QString
    CategoriesRole,    // QStringList, primary first (arXiv: "cs.LG")
    KeywordsRole,      // QStringList
    DoiRole,           // QString, bare ("10.1234/abc")
    UrlRole,           // QString
    ArxivRole,         // QString, the arXiv id ("2101.00001")

    // Filled by models stacked on top of this one (PaperModel itself returns nothing for them):
    // search results (match positions are flattened QList<int>: start0, length0, start1, ...)
    ScoreRole = Qt::UserRole + 100, // double, relevance of the current query
    HeadlineMatchesRole,            // QList<int> spans in HeadlineRole's text
    SnippetRole,                    // QString, a short abstract excerpt around the first match
    SnippetMatchesRole,             // QList<int> spans in SnippetRole's text
    MatchedFieldsRole,              // int, SearchQuery::FieldMask bits of the fields the query's words matched
    // the user's library
    BookmarkedRole = Qt::UserRole + 200, // bool
    ReadRole,                            // bool
    ListsRole,                           // QStringList, names of the reading lists holding the paper
    NoteRole,                            // QString, the note of the entry in the list being viewed
};
Q_ENUM_NS(Role)

} // namespace PaperRoles
