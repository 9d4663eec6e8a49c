#include "support/fts5reference.h"

#include <QStringList>

#include <sqlite3.h>

namespace {
void exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qFatal("sqlite: %s in %s", message, sql);
    }
}

void bindSpan(sqlite3_stmt *st, int column, const Corpus &c, Corpus::Span span)
{
    const QByteArrayView bytes = c.utf8(span);
    sqlite3_bind_text(st, column, bytes.data() ? bytes.data() : "", int(bytes.size()), SQLITE_STATIC);
}

QString phraseExpression(const SearchQuery::Phrase &p)
{
    QStringList words;
    for (const QByteArray &w : p.words)
        words << QString::fromUtf8(w);
    QString phrase = QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (p.lastIsPrefix)
        phrase += QStringLiteral(" *");
    static const std::pair<quint8, const char *> kColumns[] = {
        {SearchQuery::Authors, "authors"}, {SearchQuery::Tldr, "tldr"}, {SearchQuery::Abstract, "abstract"},
        {SearchQuery::Title, "title"}, {SearchQuery::Venue, "venue"}, {SearchQuery::Categories, "categories"},
        {SearchQuery::Keywords, "keywords"}, {SearchQuery::Doi, "doi"}};
    QStringList columns;
    for (const auto &[bit, name] : kColumns) {
        if (p.fields & bit)
            columns << QLatin1String(name);
    }
    return QStringLiteral("{%1} : (%2)").arg(columns.join(QLatin1Char(' ')), phrase);
}

void bindText(sqlite3_stmt *st, int column, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    sqlite3_bind_text(st, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}
} // namespace

Fts5Reference::Fts5Reference(const Corpus *corpus)
{
    sqlite3_open(":memory:", &m_db);
    exec(m_db, "CREATE VIRTUAL TABLE p USING fts5(authors, tldr, abstract, title, venue, categories, keywords, "
               "doi, year UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')");
    exec(m_db, "CREATE VIRTUAL TABLE v USING fts5vocab(p, 'instance')");
    if (!corpus)
        return;
    exec(m_db, "BEGIN");
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db, "INSERT INTO p(rowid, authors, tldr, abstract, title, venue, categories, keywords, "
                             "doi, year) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &st, nullptr);
    for (qsizetype row = 0; row < corpus->size(); ++row) {
        const Corpus::Record &r = corpus->record(row);
        sqlite3_bind_int64(st, 1, row);
        bindSpan(st, 2, *corpus, r.authors);
        bindSpan(st, 3, *corpus, r.tldr);
        bindSpan(st, 4, *corpus, r.abstract);
        bindText(st, 5, corpus->title(row));
        bindText(st, 6, corpus->venue(row));
        bindText(st, 7, corpus->categories(row).join(QStringLiteral(", ")));
        bindText(st, 8, corpus->keywords(row).join(QStringLiteral(", ")));
        bindText(st, 9, corpus->doi(row));
        sqlite3_bind_int(st, 10, corpus->year(row));
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    exec(m_db, "COMMIT");
}

Fts5Reference::~Fts5Reference()
{
    sqlite3_close(m_db);
}

QString Fts5Reference::matchExpression(const QList<SearchQuery::Clause> &clauses)
{
    QStringList parts;
    for (const SearchQuery::Clause &c : clauses) {
        QStringList alternatives;
        for (const SearchQuery::Phrase &p : c.alternatives)
            alternatives << QLatin1Char('(') + phraseExpression(p) + QLatin1Char(')');
        parts << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<quint32> Fts5Reference::rows(const SearchQuery &query, QString *error)
{
    QList<SearchQuery::Clause> positive, negative, years;
    for (const SearchQuery::Clause &c : query.clauses)
        (c.isYear() ? years : c.excluded ? negative : positive).append(c);
    for (SearchQuery::Clause &c : negative)
        c.excluded = false;
    const QString pos = matchExpression(positive);
    QString neg;
    for (const SearchQuery::Clause &c : negative)
        neg += (neg.isEmpty() ? QString() : QStringLiteral(" OR ")) + matchExpression({c});
    // Years are a plain SQL condition on the unindexed column, beside the MATCH.
    QString where;
    for (const SearchQuery::Clause &c : years)
        where += QStringLiteral(" AND %1(year BETWEEN %2 AND %3)")
                     .arg(c.excluded ? QStringLiteral("NOT ") : QString()).arg(c.yearFrom).arg(c.yearTo);
    // FTS5 has no unary NOT, so exclusions are a set difference in SQL.
    const QString all = QStringLiteral("SELECT rowid FROM p WHERE 1") + where;
    const QString matching = QStringLiteral("SELECT rowid FROM p WHERE p MATCH ?");
    QList<quint32> out = select(pos.isEmpty() ? all : matching + where, pos, error);
    if (neg.isEmpty() || (error && !error->isEmpty()))
        return out;
    const QList<quint32> excluded = select(matching, neg, error);
    QList<quint32> kept;
    std::set_difference(out.begin(), out.end(), excluded.begin(), excluded.end(), std::back_inserter(kept));
    return kept;
}

QList<quint32> Fts5Reference::select(const QString &sql, const QString &match, QString *error)
{
    QList<quint32> out;
    sqlite3_stmt *st = nullptr;
    const QByteArray sqlBytes = (sql + QStringLiteral(" ORDER BY rowid")).toUtf8();
    const QByteArray matchBytes = match.toUtf8();
    sqlite3_prepare_v2(m_db, sqlBytes.constData(), -1, &st, nullptr);
    if (!match.isEmpty())
        sqlite3_bind_text(st, 1, matchBytes.constData(), int(matchBytes.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        out.append(quint32(sqlite3_column_int64(st, 0)));
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" for ") + match;
    sqlite3_finalize(st);
    return out;
}

QList<QByteArray> Fts5Reference::tokens(const QString &text)
{
    exec(m_db, "DELETE FROM p");
    sqlite3_stmt *st = nullptr;
    const QByteArray bytes = text.toUtf8();
    sqlite3_prepare_v2(m_db, "INSERT INTO p(rowid, authors, tldr, abstract) VALUES(1, '', '', ?)", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    sqlite3_step(st);
    sqlite3_finalize(st);
    QList<QByteArray> out;
    sqlite3_prepare_v2(m_db, "SELECT term FROM v ORDER BY offset", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        out.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0)));
    sqlite3_finalize(st);
    return out;
}
