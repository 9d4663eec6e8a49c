#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

// One kind of background work of an owner (the map of the corpus, its similar-papers index): the
// latest job runs on its own low-priority thread, and starting another cancels it without waiting,
// so the GUI thread never blocks on work it no longer wants — the cancelled thread finishes in
// its own time, and only the latest job's `done` runs, on the owner's thread. Destroying the
// BackgroundJob cancels every job and waits for their threads.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread; should return soon once `cancelled` becomes true.
    using Work = std::function<void(const std::atomic<bool> &cancelled)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start(Work work, std::function<void()> done, QThread::Priority priority = QThread::LowPriority);
    // Cancels the latest job (its `done` never runs) without waiting for its thread.
    void cancel();
    // Cancels and waits for every thread, as the destructor does.
    void cancelAndWait();
    bool isRunning() const { return m_latest != nullptr; }
    // Threads still running, the cancelled ones included (for tests).
    int threadCount() const { return int(m_threads.size()); }

private:
    struct Job
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };
    std::vector<Job> m_threads;
    QThread *m_latest = nullptr;
};
