#pragma once

#include "benchmethod.h"

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// Baseline (b): SQLite FTS5 prefix queries, ranked by bm25 with the fields weighted like ours
// (authors > tl;dr > abstract), rows collected into a vector. With facets, the per-author counts of
// the matches (GROUP BY over the paper→author table joined to the matches) follow each query.
class Fts5Method : public BenchMethod
{
public:
    Fts5Method(sqlite3 *db, bool withFacets);
    ~Fts5Method() override;
    Fts5Method(const Fts5Method &) = delete;
    Fts5Method &operator=(const Fts5Method &) = delete;

    bool isValid() const { return m_match && m_facets; }
    QString error() const { return m_error; }
    QString name() const override;
    qint64 run(const QString &keystroke) override;

    // Our query syntax (the subset the benchmark types) as an FTS5 MATCH expression: each word a
    // prefix, "quoted" a phrase, author:/a: a column filter, -x NOT, punctuation splits a word into
    // a phrase whose last part is a prefix.
    static QString toFts5(const QString &query);

private:
    sqlite3_stmt *m_match = nullptr;
    sqlite3_stmt *m_facets = nullptr;
    bool m_withFacets;
    QString m_error;
    std::vector<qint64> m_rows;
};
