#include "clicache.h"

#include "image/imagecache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace CliCache {

namespace {
const QString kNoCache = QStringLiteral("no-cache");
const QString kClearCache = QStringLiteral("clear-cache");

void tell(const QCommandLineParser &parser, const QString &text)
{
    if (parser.isSet(QStringLiteral("verbose")))
        std::fprintf(stderr, "skimmer: %s\n", text.toLocal8Bit().constData());
}
} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({kNoCache, QCoreApplication::translate("CliCache", "Neither reopen the corpus from its saved index image nor save one.")});
    parser.addOption({kClearCache, QCoreApplication::translate("CliCache", "Remove every saved index image, say how much space that freed and exit.")});
}

bool isHeadlessFlag(const QByteArray &arg)
{
    return arg == "--clear-cache";
}

bool isClearRequested(const QCommandLineParser &parser)
{
    return parser.isSet(kClearCache);
}

int runClear()
{
    const ImageCache cache(ImageCache::defaultFolder());
    const qint64 before = cache.bytes();
    const int removed = cache.clear();
    const qint64 freed = before - cache.bytes();
    const QString text = QCoreApplication::translate("CliCache", "Removed %n index image(s) from %1, freeing %2.", nullptr, removed)
                             .arg(cache.folder(), QLocale().formattedDataSize(freed));
    std::printf("%s\n", text.toLocal8Bit().constData());
    return 0;
}

CachedCorpusReader::Read read(const QCommandLineParser &parser, const QString &path,
                              const CorpusReader::Options &options)
{
    if (parser.isSet(kNoCache))
        return CachedCorpusReader::read(path, options, nullptr);
    const ImageCache cache(ImageCache::defaultFolder());
    QElapsedTimer timer;
    timer.start();
    CachedCorpusReader::Read read = CachedCorpusReader::read(path, options, &cache);
    if (read.fromImage())
        tell(parser, QCoreApplication::translate("CliCache", "reopened “%1” from its index image %2 in %3 ms")
                         .arg(path, cache.pathFor(path, options.format))
                         .arg(timer.elapsed()));
    else if (read.imageDamaged)
        tell(parser, QCoreApplication::translate("CliCache", "warning: the index image of “%1” was damaged and was removed; "
                                                 "reading the file instead")
                         .arg(path));
    else if (read.imageStale)
        tell(parser, QCoreApplication::translate("CliCache", "“%1” changed since its index image was saved; reading it again")
                         .arg(path));
    return read;
}

void save(const QCommandLineParser &parser, const QString &path, CorpusReader::Format format,
          const CachedCorpusReader::Read &read, const SearchIndex &index)
{
    if (parser.isSet(kNoCache) || read.fromImage() || read.keyBefore.isEmpty())
        return;
    const ImageCache cache(ImageCache::defaultFolder());
    QElapsedTimer timer;
    timer.start();
    if (CachedCorpusReader::saveImage(cache, path, format, read, index))
        tell(parser, QCoreApplication::translate("CliCache", "saved the index image %1 (%2) in %3 ms")
                         .arg(cache.pathFor(path, format),
                              QLocale().formattedDataSize(QFileInfo(cache.pathFor(path, format)).size()))
                         .arg(timer.elapsed()));
    else
        tell(parser, QCoreApplication::translate("CliCache", "could not save an index image of “%1” in %2 (changed meanwhile, or the folder "
                        "cannot be written)")
                         .arg(path, cache.folder()));
}

} // namespace CliCache
