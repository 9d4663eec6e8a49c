#include "library/librarystore.h"

#include "corpus/corpus.h"
#include "library/libraryschema.h"
#include "library/librarystartlock.h"
#include "text/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <optional>
#include <utility>

// Connection handling and transactions. Bookmarks and read state live in librarystore_marks.cpp,
// the lists in librarystore_lists.cpp and librarystore_merge.cpp, backups in librarystore_backup.cpp.

QString LibraryStore::defaultPath()
{
    const QString env = qEnvironmentVariable("SKIMMER_LIBRARY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

LibraryStore::Paper LibraryStore::paperFrom(const Corpus &corpus, qsizetype row)
{
    return {corpus.id(row), corpus.authorLabel(row), corpus.headline(row)};
}

LibraryStore::LibraryStore(QObject *parent) : QObject(parent)
{
    m_connection = QStringLiteral("skimmer-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LibraryStore::~LibraryStore()
{
    close();
}

bool LibraryStore::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_error = Error::None;
    m_errorString.clear();
    m_notice.clear();
    m_sqliteCode = 0;
    m_readOnly = mode == OpenMode::ReadOnly;
    if (path.isEmpty())
        return fail(Error::CannotOpen, tr("no library file given: the path is empty"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) // a folder, a device, a FIFO (or a symlink to one)
        return fail(Error::CannotOpen, tr("“%1” is not a regular file, so it cannot be a library").arg(path));
    if (m_readOnly && !info.exists())
        return fail(Error::CannotOpen, tr("the library “%1” does not exist").arg(path));
    if (!m_readOnly && !QDir().mkpath(info.absolutePath()))
        return fail(Error::CannotOpen, tr("cannot create the folder for the library “%1”").arg(path));
    // Starts are serialized (see LibraryStartLock); a read-only open changes nothing and need not wait.
    std::optional<LibraryStartLock> lock;
    if (!m_readOnly)
        lock.emplace(path, 30'000);
    if (lock && !lock->isAcquired())
        return fail(Error::CannotOpen, tr("the library “%1” is being opened by another program").arg(path));
    if (!LibrarySchema::inspect(*this, path, m_readOnly))
        return false;
    if (connectTo(path))
        return true;
    // A library that cannot be written (read-only file or folder) is not damaged: open it read-only.
    if (m_readOnly || !isReadOnlyProblem(m_sqliteCode) || !QFileInfo::exists(path))
        return false;
    const QString why = m_errorString;
    m_readOnly = true;
    m_error = Error::None;
    if (!connectTo(path))
        return false;
    m_notice = tr("the library “%1” cannot be written (%2); it is open read-only and changes cannot be saved")
                   .arg(path, why);
    qCWarning(lcLibrary).noquote() << m_notice;
    return true;
}

bool LibraryStore::connectTo(const QString &path, bool immutable)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        if (m_readOnly) {
            LibrarySchema::setReadOnly(db, path, immutable);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open()) {
            const QSqlError error = db.lastError();
            close();
            m_sqliteCode = error.nativeErrorCode().toInt();
            return fail(Error::CannotOpen, tr("cannot open the library “%1”: %2").arg(path, sqlReason(error)));
        }
    }
    // Reading a WAL library needs its -shm file; where none can be made, read it as immutable.
    if (m_readOnly && !immutable) {
        QSqlQuery probe(QSqlDatabase::database(m_connection, false));
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) && isReadOnlyProblem(probe.lastError().nativeErrorCode().toInt())) {
            probe = QSqlQuery();
            close();
            return connectTo(path, true);
        }
    }
    const bool ok = exec(QStringLiteral("PRAGMA foreign_keys = ON"))
                    && (m_readOnly
                        || (exec(QStringLiteral("PRAGMA journal_mode = WAL")) && exec(QStringLiteral("PRAGMA synchronous = FULL"))
                            && LibrarySchema::migrate(*this)));
    if (!ok) {
        const Error error = isReadOnlyProblem(m_sqliteCode) ? Error::ReadOnly : m_error;
        const QString why = m_errorString;
        close();
        return fail(error, why);
    }
    m_dataVersion = dataVersion();
    qCInfo(lcLibrary) << "library open:" << path << (m_readOnly ? "(read-only)" : "");
    return true;
}

bool LibraryStore::isReadOnlyProblem(int sqliteCode)
{
    const int primary = sqliteCode & 0xFF;
    return primary == 8 /* SQLITE_READONLY */ || primary == 14 /* SQLITE_CANTOPEN */ || primary == 3 /* SQLITE_PERM */
           || primary == 23 /* SQLITE_AUTH */;
}

QString LibraryStore::sqlReason(const QSqlError &error)
{
    // text() appends the driver's part ("Unable to fetch row"), which says nothing to a reader.
    return !error.databaseText().isEmpty() ? error.databaseText() : error.text();
}

void LibraryStore::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool LibraryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

int LibraryStore::schemaVersion() const
{
    const auto rows = select(QStringLiteral("PRAGMA user_version"));
    return rows.isEmpty() ? -1 : rows.first().value(0).toInt();
}

bool LibraryStore::integrityCheck(QString *detail) const
{
    QStringList lines;
    for (const QVariantList &row : select(QStringLiteral("PRAGMA integrity_check")))
        lines << row.value(0).toString();
    if (detail)
        *detail = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

bool LibraryStore::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcLibrary).noquote() << message;
    return false;
}

bool LibraryStore::requireWritable()
{
    if (!isOpen())
        return fail(Error::CannotOpen, tr("the library is not open"));
    if (m_readOnly)
        return fail(Error::ReadOnly, m_notice.isEmpty() ? tr("the library “%1” is open read-only").arg(m_path) : m_notice);
    return true;
}

bool LibraryStore::begin()
{
    // IMMEDIATE takes the write lock now, so two instances never deadlock upgrading a read lock.
    m_pending = {};
    if (!requireWritable() || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    // Another instance committed since we last looked: its changes are unknown, so this commit
    // will say "everything" (m_dataVersion is re-read at commit and would hide them).
    m_pending.everything = dataVersion() != m_dataVersion;
    return true;
}

bool LibraryStore::commit()
{
    if (!exec(QStringLiteral("COMMIT")))
        return rollback(QStringLiteral("commit"));
    m_dataVersion = dataVersion();
    const LibraryChange change = std::exchange(m_pending, {});
    emit papersChanged(change);
    emit changed();
    return true;
}

bool LibraryStore::rollback(const QString &why)
{
    const Error error = m_error == Error::None ? Error::Query : m_error;
    const QString message = m_errorString;
    m_pending = {};
    QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(QStringLiteral("ROLLBACK"));
    return fail(error, message.isEmpty() ? why : message);
}

bool LibraryStore::exec(const QString &sql, const QVariantList &values, QVariantList *firstRow)
{
    // Statements are prepared once per connection: a bulk change runs the same few thousands of times.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.prepare(sql))
        {
            m_sqliteCode = q.lastError().nativeErrorCode().toInt();
            return fail(Error::Query, tr("library query failed: %1").arg(sqlReason(q.lastError())));
        }
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = *it;
    for (int i = 0; i < values.size(); ++i) {
        // A null QString binds as SQL NULL; every text column here is NOT NULL, with '' for "none".
        const QVariant &v = values[i];
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec()) {
        const QString why = sqlReason(q.lastError());
        m_sqliteCode = q.lastError().nativeErrorCode().toInt();
        q.finish();
        return fail(Error::Query, tr("library query failed: %1").arg(why));
    }
    if (firstRow) {
        firstRow->clear();
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                firstRow->append(q.value(i));
    }
    q.finish(); // no statement stays open across COMMIT
    return true;
}

QList<QVariantList> LibraryStore::select(const QString &sql, const QVariantList &values) const
{
    QList<QVariantList> rows;
    if (!isOpen())
        return rows;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!ok || !q.exec()) {
        qCWarning(lcLibrary) << "library query failed:" << sqlReason(q.lastError());
        return rows;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

qint64 LibraryStore::dataVersion() const
{
    const auto rows = select(QStringLiteral("PRAGMA data_version"));
    return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
}

bool LibraryStore::checkForExternalChanges()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    LibraryChange unknown;
    unknown.everything = true;
    emit papersChanged(unknown);
    emit changed();
    return true;
}

QString LibraryStore::now() const
{
    const QDateTime t = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool LibraryStore::upsertPaper(const Paper &paper)
{
    if (paper.id.isEmpty())
        return fail(Error::Invalid, tr("a paper without an id cannot be stored"));
    return exec(QStringLiteral("INSERT INTO papers (id, author_label, headline) VALUES (?, ?, ?)"
                               " ON CONFLICT(id) DO UPDATE SET author_label = excluded.author_label,"
                               " headline = excluded.headline"
                               " WHERE excluded.author_label <> '' OR excluded.headline <> ''"),
                {paper.id, paper.authorLabel, paper.headline});
}

QList<LibraryStore::Entry> LibraryStore::entriesWhere(const QString &from, const QVariantList &values) const
{
    // Bookmarks have no note column; both tables are read through the same projection.
    const bool hasNote = from.startsWith(QLatin1String("entries"));
    const QString sql = QStringLiteral("SELECT e.paper_id, p.author_label, p.headline, %1, e.added,"
                                       " r.paper_id IS NOT NULL FROM %2")
                            .arg(hasNote ? QStringLiteral("e.note") : QStringLiteral("''"), from);
    QList<Entry> result;
    for (const QVariantList &row : select(sql, values)) {
        Entry e;
        e.paper = {row[0].toString(), row[1].toString(), row[2].toString()};
        e.note = row[3].toString();
        e.added = QDateTime::fromString(row[4].toString(), Qt::ISODateWithMs);
        e.read = row[5].toBool();
        result.append(e);
    }
    return result;
}
