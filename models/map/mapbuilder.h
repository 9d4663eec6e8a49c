#pragma once

#include "map/papermap.h"

#include <QObject>

#include <atomic>
#include <memory>

class Corpus;
class QThread;

// Builds the map of a corpus on a low-priority worker thread, reporting progress. A new build()
// cancels the one running; ready() reports only the latest. Waits for the worker when destroyed.
class MapBuilder : public QObject
{
    Q_OBJECT

public:
    explicit MapBuilder(QObject *parent = nullptr);
    ~MapBuilder() override;

    void build(std::shared_ptr<const Corpus> corpus);
    // Cancels the running build and waits for its thread.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int percent, const QString &stage);
    void ready(std::shared_ptr<const PaperMap> map);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
