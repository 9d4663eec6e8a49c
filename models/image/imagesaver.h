#pragma once

#include "image/cachedcorpusreader.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class ImageCache;

// Writes index images in the background, one at a time, so the first results of a first open never
// wait for it: save() returns at once and finished() reports on the caller's thread. The cache
// writes a temporary file and renames it, so a failure or a killed process leaves no partial image.
// The destructor waits for a running write (its temporary file is removed either way).
class ImageSaver : public QObject
{
    Q_OBJECT

public:
    explicit ImageSaver(QObject *parent = nullptr);
    ~ImageSaver() override;

    void save(std::shared_ptr<const ImageCache> cache, const QString &path, CorpusReader::Format format,
              CachedCorpusReader::Read read, std::shared_ptr<const SearchIndex> index);
    bool isSaving() const { return m_running > 0; }
    // Blocks until the writes started so far are done (tests, and the cache being cleared).
    void wait() { m_pool.waitForDone(); }

signals:
    void finished(const QString &path, bool saved);

private:
    QThreadPool m_pool;
    int m_running = 0;
};
