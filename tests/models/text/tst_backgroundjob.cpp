#include "text/backgroundjob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <thread>

namespace {
// Work that runs until it is cancelled (or a long safety bound), counting how it ended.
BackgroundJob::Work untilCancelled(std::atomic<int> &ended)
{
    return [&ended](const std::atomic<bool> &cancelled) {
        QElapsedTimer t;
        t.start();
        while (!cancelled.load() && t.elapsed() < 20000)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        ++ended;
    };
}
} // namespace

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    // A newer job cancels the running one without waiting for it; only the newest reports.
    void newerJob_cancelsTheOlderWithoutWaiting()
    {
        BackgroundJob job;
        std::atomic<int> ended = 0;
        int doneA = 0, doneB = 0;
        job.start(untilCancelled(ended), [&] { ++doneA; });
        QVERIFY(job.isRunning());
        job.start([](const std::atomic<bool> &) {}, [&] { ++doneB; });
        QTRY_COMPARE(doneB, 1);
        QTRY_COMPARE(job.threadCount(), 0);
        QCOMPARE(ended.load(), 1);
        QCOMPARE(doneA, 0);
        QVERIFY(!job.isRunning());
    }

    void cancel_dropsTheResult()
    {
        BackgroundJob job;
        int done = 0;
        std::atomic<bool> finished = false;
        job.start([&](const std::atomic<bool> &) { finished = true; }, [&] { ++done; });
        job.cancel();
        QTRY_VERIFY(finished.load());
        QTRY_COMPARE(job.threadCount(), 0);
        QCOMPARE(done, 0);
    }

    // Destroyed with work running (the window closing): every thread is cancelled and waited for.
    void destruction_cancelsAndWaits()
    {
        std::atomic<int> ended = 0;
        int done = 0;
        {
            BackgroundJob job;
            job.start(untilCancelled(ended), [&] { ++done; });
            job.start(untilCancelled(ended), [&] { ++done; });
            QCOMPARE(job.threadCount(), 2);
        }
        QCOMPARE(ended.load(), 2);
        QCoreApplication::processEvents(); // a queued finished() of a deleted thread must not run
        QCOMPARE(done, 0);
    }

    // Finished, its report still queued, then waited for: the queued report is ignored.
    void cancelAndWait_afterFinishing_isSafe()
    {
        BackgroundJob job;
        int done = 0;
        std::atomic<bool> ran = false;
        job.start([&ran](const std::atomic<bool> &) { ran = true; }, [&] { ++done; });
        // No event processing here: the report must still be queued when the job is waited for
        // (a qWait(0) delivered it whenever the thread was quick, and the test failed 1 run in 4).
        while (!ran.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the thread ends; its report waits in the queue
        job.cancelAndWait();
        QCOMPARE(job.threadCount(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(done, 0);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
