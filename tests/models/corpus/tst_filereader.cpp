#include "corpus/corpusparser.h"
#include "corpus/filereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

#include <sys/stat.h>
#include <sys/types.h>

// Issue 17, findings 3 and 4: devices were read until memory ran out (std::bad_alloc), and a FIFO
// without a writer blocked in open() where no cancel could reach it.
class TestFileReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fifo(const char *name)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }

private slots:
    void initTestCase()
    {
        ::signal(SIGPIPE, SIG_IGN); // the writer of an endless stream sees the reader go away
    }

    void devices_areRefusedWithoutReading_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << u"/dev/zero"_qs;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_qs;
        QTest::newRow("/dev/null") << u"/dev/null"_qs;
    }

    void devices_areRefusedWithoutReading()
    {
        QFETCH(QString, path);
        QCOMPARE(FileReader::kindOf(path), FileReader::Kind::Device);
        const auto r = CorpusParser::parseFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"is a device"_qs), qPrintable(r.error));
        // Through a symlink too.
        const QString link = m_dir.filePath(u"zero-link"_qs);
        QFile::remove(link);
        QVERIFY(QFile::link(path, link));
        QVERIFY(CorpusParser::parseFile(link).error.contains(u"is a device"_qs));
    }

    void regularFileOverTheBound_isRefused()
    {
        const QString path = m_dir.filePath(u"big.txt"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        QCOMPARE(FileReader::readAll(path, 4096).status, FileReader::Status::TooLarge);
        const auto ok = FileReader::readAll(path, 5000);
        QCOMPARE(ok.status, FileReader::Status::Ok);
        QCOMPARE(ok.data.size(), 5000);
    }

    void endlessStream_isCutAtTheBound()
    {
        const QString path = fifo("endless");
        QVERIFY(!path.isEmpty());
        std::atomic_bool stop = false;
        QThread *writer = QThread::create([&] {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return;
            const QByteArray chunk(64 << 10, 'y');
            while (!stop && out.write(chunk) > 0) { }
        });
        writer->start();
        const auto r = FileReader::readAll(path, 1 << 20);
        stop = true;
        QCOMPARE(r.status, FileReader::Status::TooLarge);
        QVERIFY(r.data.isEmpty());
        writer->wait();
        delete writer;
    }

    void fifoWithoutWriter_canBeCancelled()
    {
        const QString path = fifo("nowriter");
        QVERIFY(!path.isEmpty());
        QCOMPARE(FileReader::kindOf(path), FileReader::Kind::Stream);
        std::atomic_bool cancel = false;
        QThread *canceller = QThread::create([&] {
            QThread::msleep(200); // the reader must be waiting by now; the cancel must reach it
            cancel = true;
        });
        canceller->start();
        const auto r = FileReader::readAll(path, FileReader::kMaxBytes, &cancel);
        QCOMPARE(r.status, FileReader::Status::Cancelled);
        canceller->wait();
        delete canceller;
    }

    void fifoWithWriter_isRead()
    {
        const QString path = fifo("writer");
        QVERIFY(!path.isEmpty());
        QThread *writer = QThread::create([&] {
            QFile out(path);
            if (out.open(QIODevice::WriteOnly))
                out.write("Ann Lee\nAn abstract.\n");
        });
        writer->start();
        const auto r = CorpusParser::parseFile(path);
        writer->wait();
        delete writer;
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.corpus->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFileReader)
#include "tst_filereader.moc"
