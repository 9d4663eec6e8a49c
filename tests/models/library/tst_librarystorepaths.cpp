#include "library/librarystore.h"
#include "support/rawsql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// Issue 17, findings 10 and 11: what LibraryStore::open does with paths that are not a healthy,
// writable library file. Damage is told apart from permissions, and nothing is written next to a
// path that is refused.
class TestLibraryStorePaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static LibraryStore::Paper paper(int n) { return {QStringLiteral("id%1").arg(n), QStringLiteral("A"), QStringLiteral("H")}; }

private slots:
    void emptyPath_saysSo()
    {
        LibraryStore store;
        QVERIFY(!store.open(QString()));
        QVERIFY2(store.errorString().contains(u"the path is empty"_qs), qPrintable(store.errorString()));
    }

    void nonRegularPaths_areRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("device") << u"/dev/null"_qs;
        QTest::newRow("folder") << m_dir.path();
    }

    void nonRegularPaths_areRefusedAndNothingIsWritten()
    {
        QFETCH(QString, target);
        const QString link = m_dir.filePath(u"link-%1.sqlite"_qs.arg(QTest::currentDataTag()));
        QVERIFY(QFile::link(target, link));
        for (const QString &path : {target, link}) {
            LibraryStore store;
            QVERIFY(!store.open(path));
            QVERIFY2(store.errorString().contains(u"not a regular file"_qs), qPrintable(store.errorString()));
        }
        for (const char *suffix : {"-journal", "-wal", "-shm"})
            QVERIFY(!QFile::exists(link + QLatin1String(suffix)));
    }

    void integrityFailure_saysWhatIsWrong()
    {
        const QString path = m_dir.filePath(u"inconsistent.sqlite"_qs);
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.addToList(u"l"_qs, {paper(1), paper(2), paper(3)}));
        }
        // The index now claims to cover another column than the one it holds.
        rawExec(path, {u"PRAGMA writable_schema = ON"_qs,
                       u"UPDATE sqlite_schema SET sql = 'CREATE INDEX entries_by_paper ON entries(position)'"
                       " WHERE name = 'entries_by_paper'"_qs});
        LibraryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.error(), LibraryStore::Error::Corrupt);
        QVERIFY2(!store.errorString().contains(u"***"_qs), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(u"entries_by_paper"_qs), qPrintable(store.errorString()));
    }

    void readOnlyFolder_opensReadOnlyWithANotice()
    {
        const QString folder = m_dir.filePath(u"readonly"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/library.sqlite"_qs;
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setBookmarked({paper(1)}, true));
        }
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        // Root may write anywhere: the check runs as nobody, as a user would meet it.
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY(::seteuid(65534) == 0);
        LibraryStore store;
        const bool opened = store.open(path);
        const bool readOnly = store.isReadOnly();
        const bool bookmarked = store.isBookmarked(u"id1"_qs);
        const bool changed = store.setBookmarked({paper(2)}, true);
        const LibraryStore::Error error = store.error();
        const QString message = store.errorString();
        const QString notice = store.notice();
        store.close();
        if (root)
            QVERIFY(::seteuid(0) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY2(opened, qPrintable(message));
        QVERIFY(readOnly);
        QVERIFY(bookmarked);
        QVERIFY2(notice.contains(u"read-only"_qs), qPrintable(notice));
        QVERIFY(!changed);
        QCOMPARE(error, LibraryStore::Error::ReadOnly);
        QVERIFY2(!message.contains(u"damaged"_qs) && !message.contains(u"Unable to fetch row"_qs), qPrintable(message));
        QVERIFY(!QFile::exists(path + u".lock"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLibraryStorePaths)
#include "tst_librarystorepaths.moc"
