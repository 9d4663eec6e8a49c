#include "image/imagecache.h"

#include "image/imagekey.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryFile>

ImageCache::ImageCache(QString folder, qint64 maxBytes, int maxFiles)
    : m_folder(std::move(folder)), m_maxBytes(maxBytes), m_maxFiles(maxFiles)
{
}

QString ImageCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/images");
}

QString ImageCache::extraKey(CorpusReader::Format format)
{
    return QStringLiteral("format=%1 locale=%2 image=%3")
        .arg(CorpusReader::formatName(format), QLocale().name())
        .arg(IndexImage::kFormatVersion);
}

QString ImageCache::pathFor(const QString &corpusPath, CorpusReader::Format format) const
{
    return m_folder + QLatin1Char('/') + ImageKey::stem(corpusPath, extraKey(format)) + QStringLiteral(".img");
}

std::optional<IndexImage::Contents> ImageCache::load(const QString &corpusPath, CorpusReader::Format format) const
{
    const QString path = pathFor(corpusPath, format);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray key = ImageKey::forFile(corpusPath, extraKey(format));
    if (key.isEmpty())
        return std::nullopt;
    auto contents = IndexImage::read(file, key);
    file.close();
    if (!contents) {
        QFile::remove(path); // damaged, foreign or stale: rebuilt by the caller's next save
        return std::nullopt;
    }
    QFile touch(path); // least recently used goes first
    if (touch.open(QIODevice::ReadWrite))
        touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return contents;
}

bool ImageCache::save(const QString &corpusPath, CorpusReader::Format format, const QByteArray &keyBefore,
                      const SearchIndex &index, const Diagnostics &diagnostics) const
{
    if (keyBefore.isEmpty() || ImageKey::forFile(corpusPath, extraKey(format)) != keyBefore)
        return false; // changed while it was read: this image would describe neither version
    if (!QDir().mkpath(m_folder))
        return false;
    QTemporaryFile temp(m_folder + QStringLiteral("/XXXXXX.tmp"));
    if (!temp.open())
        return false;
    if (!IndexImage::write(temp, keyBefore, index, diagnostics) || !temp.flush())
        return false; // the temporary file removes itself
    const QString path = pathFor(corpusPath, format);
    QFile::remove(path);
    if (!temp.rename(path))
        return false;
    temp.setAutoRemove(false);
    evict();
    return true;
}

int ImageCache::clear() const
{
    int removed = 0;
    const QDir dir(m_folder);
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.img"), QStringLiteral("*.tmp")}, QDir::Files))
        removed += QFile::remove(f.filePath()) ? 1 : 0;
    return removed;
}

void ImageCache::evict() const
{
    const QDir dir(m_folder);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.tmp")}, QDir::Files))
        if (f.lastModified() < hourAgo) // a writer that was killed; a live one renames within minutes
            QFile::remove(f.filePath());
    const QFileInfoList images = dir.entryInfoList({QStringLiteral("*.img")}, QDir::Files, QDir::Time); // newest first
    qint64 total = 0;
    for (qsizetype i = 0; i < images.size(); ++i) {
        total += images[i].size();
        if (i > 0 && (i >= m_maxFiles || total > m_maxBytes))
            QFile::remove(images[i].filePath());
    }
}
