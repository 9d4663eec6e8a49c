#include "map/mapbuilder.h"

#include "corpus/corpus.h"
#include "map/mapcache.h"
#include "map/mappipeline.h"

#include <QElapsedTimer>

#include <QPointer>
#include <QThread>

namespace {
std::shared_ptr<const PaperMap> buildOrLoad(const Corpus &corpus, const QString &cacheFolder,
                                            const MapPipeline::Progress &report, const std::atomic<bool> *cancel)
{
    const MapPipeline::Options options;
    if (cacheFolder.isEmpty())
        return MapPipeline::build(corpus, options, report, cancel);
    QElapsedTimer timer;
    timer.start();
    const MapCache cache(cacheFolder);
    const quint64 key = MapCache::keyOf(corpus, options);
    if (auto map = cache.load(key, corpus.size())) {
        map->timings = {{QStringLiteral("cache"), double(timer.nsecsElapsed()) / 1e6}};
        return map;
    }
    auto map = MapPipeline::build(corpus, options, report, cancel);
    if (map && !map->isEmpty())
        cache.save(key, *map);
    return map;
}
} // namespace

MapBuilder::MapBuilder(QObject *parent) : QObject(parent) {}

MapBuilder::~MapBuilder()
{
    stop();
}

void MapBuilder::build(std::shared_ptr<const Corpus> corpus)
{
    stop();
    if (!corpus)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::shared_ptr<const PaperMap>>();
    m_cancel = cancel;
    QPointer<MapBuilder> self(this);
    const auto report = [self, cancel](int percent, const QString &stage) {
        // Queued to the builder's thread; dropped once this build is cancelled.
        QMetaObject::invokeMethod(self.data(), [self, cancel, percent, stage] {
            if (self && !cancel->load())
                emit self->progress(percent, stage);
        }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([corpus, cancel, result, report, folder = m_cacheFolder] {
        *result = buildOrLoad(*corpus, folder, report, cancel.get());
    });
    QThread *thread = m_thread;
    thread->setParent(this); // deleted with the builder, after stop() waited for it
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (thread == m_thread && *result) {
            m_thread = nullptr;
            emit ready(*result);
        }
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void MapBuilder::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    m_thread = nullptr;
}
