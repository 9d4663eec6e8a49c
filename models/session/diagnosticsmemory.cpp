#include "session/diagnosticsmemory.h"

#include <QCryptographicHash>
#include <QSettings>

QString DiagnosticsMemory::keyOf(const QString &path)
{
    // QSettings keys cannot hold every path character; a hash can.
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString DiagnosticsMemory::signatureOf(const QStringList &problems)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(problems.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool DiagnosticsMemory::isNew(const QString &path, const QStringList &problems) const
{
    if (problems.isEmpty())
        return false;
    QSettings settings;
    settings.beginGroup(QLatin1String(kSettingsGroup));
    return settings.value(keyOf(path)).toString() != signatureOf(problems);
}

void DiagnosticsMemory::remember(const QString &path, const QStringList &problems)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kSettingsGroup));
    // Bounded: a user who opens many flawed files forgets the oldest (the order is the hash's,
    // which is as good as any for a memory that only saves a banner).
    QStringList keys = settings.childKeys();
    const QString key = keyOf(path);
    while (keys.size() >= kMaxFiles && !keys.contains(key))
        settings.remove(keys.takeFirst());
    settings.setValue(key, signatureOf(problems));
}
