#include "fts5database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    sqlite3_stmt *get() const { return m_stmt; }
    bool ok() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

void bindText(sqlite3_stmt *s, int column, QByteArrayView text)
{
    sqlite3_bind_text(s, column, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
}
} // namespace

Fts5Database::~Fts5Database()
{
    sqlite3_close(m_db);
}

bool Fts5Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : "unknown SQLite error") + QStringLiteral(" in: ")
        + QString::fromUtf8(sql);
    sqlite3_free(message);
    return false;
}

QString Fts5Database::stamp(const Corpus &corpus, const QString &corpusPath) const
{
    const QFileInfo info(corpusPath);
    return QStringLiteral("v1 %1 %2 %3").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()).arg(corpus.size());
}

bool Fts5Database::open(const Corpus &corpus, const QString &corpusPath, const QString &dbPath)
{
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &m_db) != SQLITE_OK) {
        m_error = QStringLiteral("cannot open %1: %2").arg(dbPath, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    // Generous caches so queries are not measured against disk reads.
    if (!exec("PRAGMA cache_size=-2000000; PRAGMA mmap_size=8000000000; PRAGMA temp_store=MEMORY;"))
        return false;
    const QString want = stamp(corpus, corpusPath);
    {
        Statement s(m_db, "SELECT value FROM meta WHERE key = 'stamp'");
        if (s.ok() && sqlite3_step(s.get()) == SQLITE_ROW
            && QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.get(), 0))) == want)
            return true;
    }
    QElapsedTimer timer;
    timer.start();
    m_rebuilt = true;
    const bool built = exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                            "DROP TABLE IF EXISTS papers; DROP TABLE IF EXISTS author_names;"
                            "DROP TABLE IF EXISTS paper_authors; DROP TABLE IF EXISTS meta;"
                            "CREATE VIRTUAL TABLE papers USING fts5(authors, tldr, abstract,"
                            " tokenize = 'unicode61 remove_diacritics 2');"
                            "CREATE TABLE author_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                            "CREATE TABLE paper_authors(paper INTEGER NOT NULL, author INTEGER NOT NULL);"
                            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                            "BEGIN;")
        && fill(corpus)
        && exec("CREATE INDEX paper_authors_by_paper ON paper_authors(paper, author);"
                "INSERT INTO papers(papers) VALUES('optimize'); COMMIT; ANALYZE;");
    if (!built)
        return false;
    Statement s(m_db, "INSERT INTO meta VALUES('stamp', ?1)");
    const QByteArray w = want.toUtf8();
    bindText(s.get(), 1, w);
    sqlite3_step(s.get());
    m_buildMs = double(timer.nsecsElapsed()) / 1e6;
    return true;
}

bool Fts5Database::fill(const Corpus &corpus)
{
    Statement paper(m_db, "INSERT INTO papers(rowid, authors, tldr, abstract) VALUES(?1, ?2, ?3, ?4)");
    Statement link(m_db, "INSERT INTO paper_authors VALUES(?1, ?2)");
    Statement name(m_db, "INSERT INTO author_names VALUES(?1, ?2)");
    if (!paper.ok() || !link.ok() || !name.ok()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const Corpus::Record &r = corpus.record(i);
        sqlite3_bind_int64(paper.get(), 1, i + 1);
        bindText(paper.get(), 2, corpus.utf8(r.authors));
        bindText(paper.get(), 3, corpus.utf8(r.tldr));
        bindText(paper.get(), 4, corpus.utf8(r.abstract));
        if (sqlite3_step(paper.get()) != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_reset(paper.get());
        for (AuthorTable::Id a : corpus.authorIds(i)) {
            sqlite3_bind_int64(link.get(), 1, i + 1);
            sqlite3_bind_int64(link.get(), 2, a);
            sqlite3_step(link.get());
            sqlite3_reset(link.get());
        }
    }
    const AuthorTable &authors = corpus.authorTable();
    for (AuthorTable::Id a = 0; a < AuthorTable::Id(authors.size()); ++a) {
        const QByteArray n = authors.displayName(a).toUtf8();
        sqlite3_bind_int64(name.get(), 1, a);
        bindText(name.get(), 2, n);
        sqlite3_step(name.get());
        sqlite3_reset(name.get());
    }
    return true;
}
