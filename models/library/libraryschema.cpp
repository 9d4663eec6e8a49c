#include "library/libraryschema.h"

#include "library/librarystore.h"
#include "text/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <iterator>

namespace {

// Step n brings a file from version n-1 to version n. Never edit a released step: add one.
const char *const kSteps[] = {
    // 1: papers remembered by id with a copy of their label; bookmarks, read state, ordered lists
    "CREATE TABLE papers (id TEXT PRIMARY KEY, author_label TEXT NOT NULL DEFAULT '',"
    " headline TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE bookmarks (paper_id TEXT PRIMARY KEY REFERENCES papers(id), added TEXT NOT NULL);"
    "CREATE TABLE reads (paper_id TEXT PRIMARY KEY, read_at TEXT NOT NULL);"
    "CREATE TABLE lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
    "CREATE TABLE entries (list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,"
    " paper_id TEXT NOT NULL REFERENCES papers(id), position INTEGER NOT NULL, added TEXT NOT NULL,"
    " PRIMARY KEY (list_id, paper_id));",
    // 2: a free-text note per list entry
    "ALTER TABLE entries ADD COLUMN note TEXT NOT NULL DEFAULT '';",
    // 3: creation date of lists; "which lists hold this paper" without a scan
    "ALTER TABLE lists ADD COLUMN created TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX entries_by_paper ON entries(paper_id);",
    // 4: saved views (a named, ordered search state) and "not relevant" votes per list
    // (list_id 0 stands for the bookmarks, so it carries no foreign key)
    "CREATE TABLE views (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " position INTEGER NOT NULL, state TEXT NOT NULL DEFAULT '{}', created TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE votes (list_id INTEGER NOT NULL, paper_id TEXT NOT NULL REFERENCES papers(id),"
    " verdict INTEGER NOT NULL DEFAULT -1, added TEXT NOT NULL DEFAULT '', PRIMARY KEY (list_id, paper_id));"
    "CREATE INDEX votes_by_paper ON votes(paper_id);",
};
static_assert(std::size(kSteps) == LibraryStore::kSchemaVersion);

QStringList stepStatements(int version)
{
    return QString::fromUtf8(kSteps[version - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

bool hasSqliteHeader(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The result of one PRAGMA on a read-only connection, or an error.
struct Inspection
{
    QString integrity;
    int version = 0;
    QString error;
    int code = 0; // SQLite's result code with the error
};

Inspection inspectReadOnly(const QString &path, bool immutable)
{
    Inspection result;
    const QString name = QStringLiteral("skimmer-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        LibrarySchema::setReadOnly(db, path, immutable);
        auto failed = [&result](const QSqlError &e) {
            result.error = LibraryStore::sqlReason(e);
            result.code = e.nativeErrorCode().toInt();
        };
        if (!db.open()) {
            failed(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                failed(q.lastError());
            } else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                result.integrity = lines.join(QLatin1Char('\n'));
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    result.version = q.value(0).toInt();
                else
                    failed(q.lastError());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// What integrity_check says is wrong: its lines without the "*** in database main ***" headers,
// the first few of them.
QString integrityProblems(const QString &report)
{
    QStringList lines;
    for (const QString &line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("***")))
            lines << line.trimmed();
    }
    const qsizetype total = lines.size();
    if (lines.isEmpty())
        return report.trimmed();
    lines = lines.mid(0, 5);
    if (total > lines.size())
        lines << QObject::tr("%1 more problems").arg(total - lines.size());
    return lines.join(QStringLiteral("; "));
}

} // namespace

bool LibrarySchema::inspect(LibraryStore &store, const QString &path, bool allowNewer)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    QString why;
    if (!hasSqliteHeader(path, &why)) {
        if (!why.isEmpty())
            return store.fail(LibraryStore::Error::CannotOpen, QObject::tr("cannot read the library “%1”: %2").arg(path, why));
        return store.fail(LibraryStore::Error::NotADatabase,
                          QObject::tr("“%1” is not a Skimmer library (not an SQLite database); it was left untouched")
                              .arg(path));
    }
    Inspection ins = inspectReadOnly(path, false);
    if (LibraryStore::isReadOnlyProblem(ins.code))
        ins = inspectReadOnly(path, true); // a WAL library in a folder where no -shm file can be made

    // Only SQLite's own verdict is damage; permissions, locks and I/O errors are not the file's fault.
    const int primary = ins.code & 0xFF;
    if (!ins.error.isEmpty() && primary != 11 /* SQLITE_CORRUPT */ && primary != 26 /* SQLITE_NOTADB */)
        return store.fail(LibraryStore::Error::CannotOpen,
                          QObject::tr("cannot read the library “%1”: %2; it was left untouched").arg(path, ins.error));
    if (!ins.error.isEmpty())
        return store.fail(LibraryStore::Error::Corrupt,
                          QObject::tr("the library “%1” is damaged (%2); it was left untouched").arg(path, ins.error));
    if (ins.integrity != QLatin1String("ok"))
        return store.fail(LibraryStore::Error::Corrupt,
                          QObject::tr("the library “%1” failed its integrity check (%2); it was left untouched")
                              .arg(path, integrityProblems(ins.integrity)));
    if (ins.version > LibraryStore::kSchemaVersion && !allowNewer)
        return store.fail(LibraryStore::Error::NewerSchema,
                          QObject::tr("the library “%1” was written by a newer Skimmer (schema %2, this one knows "
                                      "up to %3); it was left untouched")
                              .arg(path)
                              .arg(ins.version)
                              .arg(LibraryStore::kSchemaVersion));
    return true;
}

void LibrarySchema::setReadOnly(QSqlDatabase &db, const QString &path, bool immutable)
{
    if (!immutable) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        return;
    }
    // SQLite reads a WAL database without its -shm file only when told nothing will change it.
    db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

bool LibrarySchema::createAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("skimmer-create-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (int v = 1; ok && v <= version; ++v)
            for (const QString &sql : stepStatements(v))
                ok = ok && q.exec(sql);
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool LibrarySchema::migrate(LibraryStore &store)
{
    const int to = LibraryStore::kSchemaVersion;
    if (store.schemaVersion() >= to)
        return true;
    if (!store.begin())
        return false;
    // Read again inside the write lock: another instance may have migrated meanwhile.
    QVariantList row;
    if (!store.exec(QStringLiteral("PRAGMA user_version"), {}, &row))
        return store.rollback(QStringLiteral("migration"));
    for (int version = row.value(0).toInt() + 1; version <= to; ++version) {
        for (const QString &sql : stepStatements(version)) {
            if (!store.exec(sql))
                return store.rollback(QStringLiteral("migration to schema %1").arg(version));
        }
        if (!store.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return store.rollback(QStringLiteral("migration"));
        qCInfo(lcLibrary) << "library migrated to schema" << version;
    }
    return store.commit();
}
