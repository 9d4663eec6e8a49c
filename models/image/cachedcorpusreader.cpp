#include "image/cachedcorpusreader.h"

#include "image/imagecache.h"
#include "image/imagekey.h"

#include <QFileInfo>

bool CachedCorpusReader::isCacheable(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return false; // Qt resource: no inode, no times
    return QFileInfo(path).isFile(); // follows links: /dev/fd/N of a pipe is no file
}

CachedCorpusReader::Read CachedCorpusReader::read(const QString &path, const CorpusReader::Options &options,
                                                  const ImageCache *cache)
{
    Read out;
    if (cache && isCacheable(path)) {
        ImageCache::Miss miss = ImageCache::Miss::None;
        if (auto contents = cache->load(path, options.format, &miss)) {
            out.result.corpus = contents->corpus;
            out.result.diagnostics = std::move(contents->diagnostics);
            out.index = std::move(contents->index);
            return out;
        }
        out.imageDamaged = miss == ImageCache::Miss::Damaged;
        out.imageStale = miss == ImageCache::Miss::Stale;
        out.keyBefore = ImageKey::forFile(path, ImageCache::extraKey(options.format));
    }
    out.result = CorpusReader::readFile(path, options);
    if (!out.result.ok())
        out.keyBefore.clear();
    return out;
}

bool CachedCorpusReader::saveImage(const ImageCache &cache, const QString &path, CorpusReader::Format format,
                                   const Read &read, const SearchIndex &index)
{
    if (read.fromImage() || read.keyBefore.isEmpty() || !read.result.ok())
        return false;
    return cache.save(path, format, read.keyBefore, index, read.result.diagnostics);
}
