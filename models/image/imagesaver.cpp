#include "image/imagesaver.h"

#include "image/imagecache.h"

#include <QPointer>

ImageSaver::ImageSaver(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ImageSaver::~ImageSaver()
{
    m_pool.waitForDone();
}

void ImageSaver::save(std::shared_ptr<const ImageCache> cache, const QString &path, CorpusReader::Format format,
                      CachedCorpusReader::Read read, std::shared_ptr<const SearchIndex> index)
{
    if (!cache || !index)
        return;
    ++m_running;
    m_pool.start([self = QPointer(this), cache, path, format, read = std::move(read), index] {
        const bool saved = CachedCorpusReader::saveImage(*cache, path, format, read, *index);
        QMetaObject::invokeMethod(self.data(), [self, path, saved] {
            if (!self)
                return;
            --self->m_running;
            emit self->finished(path, saved);
        }, Qt::QueuedConnection);
    });
}
