#pragma once

#include "corpus/corpus.h"
#include "search/searchquery.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;

// SQLite FTS5 with `unicode61 remove_diacritics 2` over a corpus (columns authors, tldr, abstract,
// title, venue, categories and keywords joined with ", ", doi, and an unindexed year; rowid = corpus
// row): the reference the search engine is tested against.
class Fts5Reference
{
public:
    explicit Fts5Reference(const Corpus *corpus = nullptr);
    ~Fts5Reference();
    Fts5Reference(const Fts5Reference &) = delete;
    Fts5Reference &operator=(const Fts5Reference &) = delete;

    // The FTS5 MATCH expression for a parsed query's positive and excluded parts.
    static QString matchExpression(const QList<SearchQuery::Clause> &clauses);
    // Rows matching the query, ascending. *error is set when SQLite rejects the expression.
    QList<quint32> rows(const SearchQuery &query, QString *error);
    // The folded tokens FTS5 makes of a text, in order.
    QList<QByteArray> tokens(const QString &text);

private:
    QList<quint32> select(const QString &sql, const QString &match, QString *error);

    sqlite3 *m_db = nullptr;
};
