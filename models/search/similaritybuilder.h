#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class Corpus;
class BackgroundJob;
class SimilarityIndex;

// Builds the similar-papers index of a corpus on a low-priority worker thread. A new build()
// cancels the one running without waiting for it; ready() reports only the latest. Waits for its
// threads when destroyed.
class SimilarityBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SimilarityBuilder(QObject *parent = nullptr);
    ~SimilarityBuilder() override;

    void build(std::shared_ptr<const Corpus> corpus);
    // Cancels the running build without waiting for its thread (ready() will not report it).
    void stop();

signals:
    void ready(std::shared_ptr<const SimilarityIndex> index);

private:
    BackgroundJob *m_job;
};
