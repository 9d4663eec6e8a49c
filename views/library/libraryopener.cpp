#include "library/libraryopener.h"

#include "library/librarystore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace LibraryOpener {

namespace {

constexpr int kBackupsKept = 5;

QString moveAside(const QString &path)
{
    const QString aside = QStringLiteral("%1.damaged-%2").arg(path, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    bool ok = QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm"})
        if (QFile::exists(path + QLatin1String(suffix)))
            ok = QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix)) && ok;
    return ok ? aside : QString();
}

} // namespace

bool open(LibraryStore &store, const QString &path, QWidget *parent)
{
    if (store.open(path)) {
        if (!store.isReadOnly()) {
            store.makeBackup(QFileInfo(path).absolutePath() + QStringLiteral("/backups"), kBackupsKept);
            return true;
        }
        QMessageBox notice(QMessageBox::Information, QObject::tr("Library"),
                           QObject::tr("Your library is open read-only:\n\n%1").arg(store.notice()), QMessageBox::Ok, parent);
        notice.setObjectName(QStringLiteral("libraryReadOnlyNotice"));
        notice.exec();
        return true;
    }
    QMessageBox box(QMessageBox::Warning, QObject::tr("Library problem"),
                    QObject::tr("Skimmer cannot use your library:\n\n%1").arg(store.errorString()), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("libraryProblemBox"));
    // Read-only needs a readable file: only a library from a newer Skimmer is one.
    QPushButton *readOnly = nullptr;
    if (store.error() == LibraryStore::Error::NewerSchema) {
        readOnly = box.addButton(QObject::tr("Open Read-Only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("libraryReadOnlyButton"));
    }
    // Moving aside is for a file that is not a usable library, never for one that cannot be read or written.
    const bool unusable = store.error() == LibraryStore::Error::Corrupt || store.error() == LibraryStore::Error::NotADatabase
                          || store.error() == LibraryStore::Error::NewerSchema;
    QPushButton *fresh = nullptr;
    if (unusable && QFileInfo::exists(path)) {
        fresh = box.addButton(QObject::tr("Start a New Library (keep the old file aside)"), QMessageBox::DestructiveRole);
        fresh->setObjectName(QStringLiteral("libraryFreshButton"));
    }
    box.addButton(QObject::tr("Continue Without Library"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("libraryWithoutButton"));
    box.exec();
    if (readOnly && box.clickedButton() == readOnly)
        return store.open(path, LibraryStore::OpenMode::ReadOnly);
    if (fresh && box.clickedButton() == fresh) {
        const QString aside = moveAside(path);
        if (aside.isEmpty()) {
            QMessageBox::critical(parent, QObject::tr("Library problem"),
                                  QObject::tr("Could not move “%1” aside; continuing without a library.").arg(path));
            return false;
        }
        QMessageBox kept(QMessageBox::Information, QObject::tr("Library"),
                         QObject::tr("The old library was kept as “%1”.").arg(aside), QMessageBox::Ok, parent);
        kept.setObjectName(QStringLiteral("libraryKeptAsideBox"));
        kept.exec();
        return store.open(path);
    }
    return false;
}

} // namespace LibraryOpener
