#pragma once

#include "map/papermap.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class Corpus;
class BackgroundJob;

// Builds the map of a corpus on a low-priority worker thread, reporting progress. A new build()
// cancels the one running without waiting for it; ready() reports only the latest. Waits for its
// threads when destroyed.
// With a cache folder set, a map kept from an earlier run of the same corpus is read instead of
// built, and a new map is stored there (MapCache).
class MapBuilder : public QObject
{
    Q_OBJECT

public:
    explicit MapBuilder(QObject *parent = nullptr);
    ~MapBuilder() override;

    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }
    QString cacheFolder() const { return m_cacheFolder; }
    void build(std::shared_ptr<const Corpus> corpus);
    // Cancels the running build without waiting for its thread (ready() will not report it).
    void stop();
    bool isRunning() const;

signals:
    void progress(int percent, const QString &stage);
    void ready(std::shared_ptr<const PaperMap> map);

private:
    QString m_cacheFolder;
    BackgroundJob *m_job;
    quint64 m_generation = 0;
};
