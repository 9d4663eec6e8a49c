#pragma once

#include "corpus/corpusreader.h"
#include "search/searchindex.h"

#include <QByteArray>
#include <QString>

#include <memory>

class ImageCache;

// Reads a corpus file through the image cache: the saved image when there is one for this very file
// (corpus and search index, no parsing), else the file itself — with the file's key taken before
// it was read, so that saveImage() after indexing never stores an image of a file that changed
// meanwhile. Only regular files are cached (not the embedded corpus, pipes or devices, whose
// content a key cannot pin down). Screen-free and thread-agnostic: the window calls it on its
// loader's worker, the command line directly.
class CachedCorpusReader
{
public:
    struct Read
    {
        CorpusParser::Result result;
        std::shared_ptr<const SearchIndex> index; // from the image; null when the file was parsed
        QByteArray keyBefore;                     // the file's key before parsing; empty: do not save
        bool imageDamaged = false;                // an image was there but damaged, cut or foreign: removed
        bool imageStale = false;                  // an image of an earlier state of the file: removed
        bool fromImage() const { return index != nullptr; }
    };

    // Whether path is a file an image can stand for.
    static bool isCacheable(const QString &path);
    // cache null: the file is parsed and no key is taken (--no-cache).
    static Read read(const QString &path, const CorpusReader::Options &options, const ImageCache *cache);
    // Writes the image of a parsed read once its index is built; false when nothing was written
    // (the file changed since it was read, the folder cannot be written, or read came from an image).
    static bool saveImage(const ImageCache &cache, const QString &path, CorpusReader::Format format, const Read &read,
                          const SearchIndex &index);
};
