#pragma once

#include "corpus/corpus.h"

#include <QString>

struct sqlite3;

// Baseline (b)'s storage: an FTS5 table (authors, tldr, abstract; `unicode61 remove_diacritics 2`)
// plus an author table and a paper→author table for facet counts. Built once per corpus into a
// cache file and reused while the corpus file is unchanged.
class Fts5Database
{
public:
    Fts5Database() = default;
    ~Fts5Database();
    Fts5Database(const Fts5Database &) = delete;
    Fts5Database &operator=(const Fts5Database &) = delete;

    // Opens `dbPath`, (re)building it from `corpus` unless it already holds this corpus.
    // Returns false with error() set on failure.
    bool open(const Corpus &corpus, const QString &corpusPath, const QString &dbPath);
    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_error; }
    bool wasRebuilt() const { return m_rebuilt; }
    double buildMs() const { return m_buildMs; }

private:
    bool exec(const char *sql);
    bool fill(const Corpus &corpus);
    QString stamp(const Corpus &corpus, const QString &corpusPath) const;

    sqlite3 *m_db = nullptr;
    QString m_error;
    bool m_rebuilt = false;
    double m_buildMs = 0;
};
