#include "benchcorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

QString BenchCorpus::pathFor(qint64 records)
{
    if (records == kShippedRecords)
        return QStringLiteral(SKIMMER_SHIPPED_CORPUS);
    if (!QDir().mkpath(m_cacheDir)) {
        m_error = QStringLiteral("cannot create the cache folder %1").arg(m_cacheDir);
        return {};
    }
    // Named after the generator's content, so a changed generator never reuses an old file; it
    // writes to a temporary name and renames it, so an existing file is complete.
    QFile generator(m_generator);
    if (!generator.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the corpus generator %1: %2").arg(m_generator, generator.errorString());
        return {};
    }
    const QByteArray version = QCryptographicHash::hash(generator.readAll(), QCryptographicHash::Sha1).toHex().left(8);
    const QString path = QDir(m_cacheDir).filePath(QStringLiteral("corpus-%1-%2.txt").arg(records).arg(QLatin1String(version)));
    if (QFileInfo::exists(path))
        return path;
    QTextStream(stderr) << "generating " << records << " records into " << path << " ...\n";
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("python3"), {m_generator, QString::number(records), path});
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("the corpus generator failed (%1 %2): %3")
                      .arg(m_generator).arg(records).arg(p.errorString());
        return {};
    }
    return path;
}

qint64 BenchCorpus::parseSize(const QString &text)
{
    QString t = text.trimmed().toLower();
    double scale = 1;
    if (t.endsWith(QLatin1Char('k')))
        scale = 1e3;
    else if (t.endsWith(QLatin1Char('m')))
        scale = 1e6;
    if (scale > 1)
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok) * scale;
    return ok && v >= 1 && v <= 1e8 ? qint64(v + 0.5) : -1;
}

QString BenchCorpus::sizeLabel(qint64 records)
{
    if (records >= 1'000'000 && records % 1'000'000 == 0)
        return QStringLiteral("%1M").arg(records / 1'000'000);
    if (records >= 1000 && records % 1000 == 0)
        return QStringLiteral("%1k").arg(records / 1000);
    return QString::number(records);
}
