#include "fts5method.h"

#include <QRegularExpression>

#include <sqlite3.h>

Fts5Method::Fts5Method(sqlite3 *db, bool withFacets) : m_withFacets(withFacets)
{
    sqlite3_prepare_v2(db, "SELECT rowid FROM papers WHERE papers MATCH ?1 ORDER BY bm25(papers, 4.0, 2.0, 1.0)",
                       -1, &m_match, nullptr);
    sqlite3_prepare_v2(db, "SELECT n.name, f.c FROM (SELECT author, count(*) AS c FROM paper_authors"
                           " WHERE paper IN (SELECT rowid FROM papers WHERE papers MATCH ?1)"
                           " GROUP BY author ORDER BY c DESC LIMIT 50) f JOIN author_names n ON n.id = f.author",
                       -1, &m_facets, nullptr);
    if (!isValid())
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

Fts5Method::~Fts5Method()
{
    sqlite3_finalize(m_match);
    sqlite3_finalize(m_facets);
}

QString Fts5Method::name() const
{
    return m_withFacets ? QStringLiteral("FTS5 + facets") : QStringLiteral("FTS5");
}

QString Fts5Method::toFts5(const QString &query)
{
    static const QRegularExpression item(QStringLiteral(R"((-?)(?:(author|a|tldr|abstract):)?(?:"([^"]*)("?)|(\S+)))"));
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    static const QRegularExpression quote(QStringLiteral("\""));
    QStringList parts;
    QStringList excluded;
    for (auto it = item.globalMatch(query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool phrase = m.capturedLength(3) > 0 || m.capturedLength(4) > 0;
        const QString text = phrase ? m.captured(3) : m.captured(5);
        const QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const bool prefix = !(phrase && m.capturedLength(4) > 0);
        QString expr = QLatin1Char('"') + words.join(QLatin1Char(' ')).replace(quote, QStringLiteral("\"\""))
            + QLatin1Char('"') + (prefix ? QStringLiteral(" *") : QString());
        const QString field = m.captured(2);
        if (!field.isEmpty())
            expr = (field == QLatin1String("a") || field == QLatin1String("author") ? QStringLiteral("authors") : field)
                + QStringLiteral(" : ") + expr;
        (m.capturedLength(1) ? excluded : parts).append(expr);
    }
    QString out = parts.join(QLatin1Char(' '));
    for (const QString &e : excluded)
        out += QStringLiteral(" NOT ") + e;
    return out;
}

qint64 Fts5Method::run(const QString &keystroke)
{
    const QByteArray match = toFts5(keystroke).toUtf8();
    m_rows.clear();
    if (match.isEmpty())
        return 0;
    sqlite3_bind_text(m_match, 1, match.constData(), int(match.size()), SQLITE_STATIC);
    while (sqlite3_step(m_match) == SQLITE_ROW)
        m_rows.push_back(sqlite3_column_int64(m_match, 0));
    sqlite3_reset(m_match);
    if (m_withFacets) {
        sqlite3_bind_text(m_facets, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        qint64 counted = 0;
        while (sqlite3_step(m_facets) == SQLITE_ROW)
            counted += sqlite3_column_int64(m_facets, 1);
        sqlite3_reset(m_facets);
        Q_UNUSED(counted);
    }
    return qint64(m_rows.size());
}
