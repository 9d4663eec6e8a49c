#include "text/backgroundjob.h"

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob()
{
    cancelAndWait();
}

void BackgroundJob::start(Work work, std::function<void()> done, QThread::Priority priority)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QThread *thread = QThread::create([work = std::move(work), cancelled] { work(*cancelled); });
    thread->setParent(this); // deleted when it finished, or with the job after cancelAndWait()
    m_threads.push_back({thread, cancelled});
    m_latest = thread;
    connect(thread, &QThread::finished, this, [this, thread, cancelled, done = std::move(done)] {
        // Gone already when cancelAndWait() deleted it before this queued call arrived.
        if (std::erase_if(m_threads, [thread](const Job &j) { return j.thread == thread; }) == 0)
            return;
        const bool latest = thread == m_latest;
        if (latest)
            m_latest = nullptr;
        thread->deleteLater();
        if (latest && !cancelled->load() && done)
            done();
    });
    thread->start(priority);
}

void BackgroundJob::cancel()
{
    for (const Job &j : m_threads)
        if (j.thread == m_latest)
            j.cancelled->store(true);
    m_latest = nullptr;
}

void BackgroundJob::cancelAndWait()
{
    cancel();
    for (const Job &j : m_threads) {
        j.cancelled->store(true);
        j.thread->wait();
    }
    // Their finished() handlers would find nothing to do: drop them with the threads.
    for (const Job &j : m_threads) {
        disconnect(j.thread, nullptr, this, nullptr);
        delete j.thread;
    }
    m_threads.clear();
}
