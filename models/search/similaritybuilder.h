#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class Corpus;
class QThread;
class SimilarityIndex;

// Builds the similar-papers index of a corpus on a low-priority worker thread. A new build()
// cancels the one running; ready() reports only the latest. Waits for the worker when destroyed.
class SimilarityBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SimilarityBuilder(QObject *parent = nullptr);
    ~SimilarityBuilder() override;

    void build(std::shared_ptr<const Corpus> corpus);
    // Cancels the running build and waits for its thread.
    void stop();

signals:
    void ready(std::shared_ptr<const SimilarityIndex> index);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
