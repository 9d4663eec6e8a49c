#include "map/mapbuilder.h"

#include "corpus/corpus.h"
#include "map/mapcache.h"
#include "map/mappipeline.h"

#include "text/backgroundjob.h"

#include <QPointer>


MapBuilder::MapBuilder(QObject *parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

MapBuilder::~MapBuilder() = default; // the job waits for its threads

bool MapBuilder::isRunning() const
{
    return m_job->isRunning();
}

void MapBuilder::build(std::shared_ptr<const Corpus> corpus)
{
    stop();
    if (!corpus)
        return;
    auto result = std::make_shared<std::shared_ptr<const PaperMap>>();
    QPointer<MapBuilder> self(this);
    const quint64 generation = ++m_generation;
    m_job->start(
        [corpus, result, self, generation, folder = m_cacheFolder](const std::atomic<bool> &cancelled) {
            const auto report = [self, generation](int percent, const QString &stage) {
                // Queued to the builder's thread; dropped once a newer build started.
                QMetaObject::invokeMethod(self.data(), [self, generation, percent, stage] {
                    if (self && self->m_generation == generation && self->isRunning())
                        emit self->progress(percent, stage);
                }, Qt::QueuedConnection);
            };
            *result = MapCache::buildOrLoad(*corpus, folder, report, &cancelled);
        },
        [this, result] {
            if (*result)
                emit ready(*result);
        });
}

void MapBuilder::stop()
{
    m_job->cancel();
}
