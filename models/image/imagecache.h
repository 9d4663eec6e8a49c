#pragma once

#include "corpus/corpusreader.h"
#include "image/indeximage.h"

#include <QString>

#include <optional>

// The folder of saved index images (the app passes QStandardPaths::CacheLocation/images): one image
// per corpus file and input format, named by a hash of the path, keyed by ImageKey so that an edited
// file never gets an old image. Written to a temporary name in the same folder and renamed, so a
// reader never sees half a file and a killed writer leaves only a *.tmp that the next save of any
// image removes once it is an hour old. Read piece by piece with read() (no mapping: a file another
// process truncates is a short read and a refused image, never SIGBUS). Bounded: after a save the
// least recently used images (by modification time, touched on every use) are removed until at
// most maxFiles remain and their sizes add up to at most maxBytes.
class ImageCache
{
public:
    static constexpr int kDefaultMaxFiles = 8;
    static constexpr qint64 kDefaultMaxBytes = qint64(4) << 30;

    explicit ImageCache(QString folder, qint64 maxBytes = kDefaultMaxBytes, int maxFiles = kDefaultMaxFiles);

    // $XDG_CACHE_HOME/<org>/<app>/images (QStandardPaths::CacheLocation).
    static QString defaultFolder();
    // What besides the file decides the image: the forced format, the collation locale, the version.
    static QString extraKey(CorpusReader::Format format);

    QString folder() const { return m_folder; }
    QString pathFor(const QString &corpusPath, CorpusReader::Format format) const;

    // The corpus and index of the saved image when it is whole and for this very file; nullopt otherwise.
    std::optional<IndexImage::Contents> load(const QString &corpusPath, CorpusReader::Format format) const;
    // Saves the image of a corpus read from corpusPath, when the file still has the key it had
    // before it was read (`keyBefore`, from ImageKey::forFile); false when it changed or the
    // folder cannot be written (nothing is left behind).
    bool save(const QString &corpusPath, CorpusReader::Format format, const QByteArray &keyBefore,
              const SearchIndex &index, const Diagnostics &diagnostics) const;
    // Removes every image (and temporary file); the number of files removed.
    int clear() const;

private:
    void evict() const;

    QString m_folder;
    qint64 m_maxBytes;
    int m_maxFiles;
};
