#include "library/librarystore.h"

#include "library/libraryschema.h"
#include "text/logging.h"

#include <QDir>
#include <QFile>

// LibraryStore: rotating verified backups (a copy counts only once it opens and passes integrity_check).

QString LibraryStore::makeBackup(const QString &dir, int keep)
{
    if (!isOpen() || !QDir().mkpath(dir)) {
        fail(Error::CannotOpen, tr("cannot create the backup folder “%1”").arg(dir));
        return {};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString final = QDir(dir).filePath(QStringLiteral("library-%1.sqlite").arg(stamp));
    const QString temp = final + QStringLiteral(".part");
    QFile::remove(temp);
    // VACUUM INTO writes a consistent, compact snapshot even while another instance writes.
    if (!exec(QStringLiteral("VACUUM INTO ?"), {temp})) {
        QFile::remove(temp);
        return {};
    }
    {
        LibraryStore probe;
        if (!LibrarySchema::inspect(probe, temp, false)) {
            QFile::remove(temp);
            fail(Error::Corrupt, tr("the backup did not verify: %1").arg(probe.errorString()));
            return {};
        }
    }
    if (!QFile::rename(temp, final)) {
        QFile::remove(temp);
        fail(Error::CannotOpen, tr("cannot write the backup “%1”").arg(final));
        return {};
    }
    QStringList backups = QDir(dir).entryList({QStringLiteral("library-*.sqlite")}, QDir::Files, QDir::Name);
    while (backups.size() > qMax(keep, 1))
        QFile::remove(QDir(dir).filePath(backups.takeFirst()));
    qCInfo(lcLibrary) << "verified backup" << final;
    return final;
}
