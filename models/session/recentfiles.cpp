#include "session/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

void RecentFiles::add(const QString &path)
{
    if (path.startsWith(QLatin1Char(':'))) // the embedded corpus is always reachable
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxEntries));
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::files()
{
    const QStringList saved = QSettings().value(QLatin1String(kSettingsKey)).toStringList();
    QStringList existing;
    for (const QString &path : saved) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    existing = existing.mid(0, kMaxEntries);
    if (existing != saved)
        QSettings().setValue(QLatin1String(kSettingsKey), existing);
    return existing;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(kSettingsKey), files);
    emit changed();
}
