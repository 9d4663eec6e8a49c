#include "corpus/corpusparser.h"
#include "library/libraryschema.h"
#include "library/librarystore.h"
#include "support/rawsql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Paper = LibraryStore::Paper;

namespace {

Paper paper(int n)
{
    return {QStringLiteral("id%1").arg(n), QStringLiteral("Author %1").arg(n), QStringLiteral("Headline %1.").arg(n)};
}

QList<Paper> papers(std::initializer_list<int> ns)
{
    QList<Paper> result;
    for (int n : ns)
        result << paper(n);
    return result;
}

// "id1 id2 id3" for a list, with notes as id1[note].
QString flat(const QList<LibraryStore::Entry> &entries)
{
    QStringList parts;
    for (const auto &e : entries)
        parts << e.paper.id + (e.note.isEmpty() ? QString() : QLatin1Char('[') + e.note + QLatin1Char(']'));
    return parts.join(QLatin1Char(' '));
}

QString flatLists(const QList<LibraryStore::ListInfo> &lists)
{
    QStringList parts;
    for (const auto &l : lists)
        parts << QStringLiteral("%1:%2").arg(l.name).arg(l.count);
    return parts.join(QLatin1Char(' '));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("lib%1/library.sqlite").arg(++m_counter)); }

private slots:
    void newLibrary_isCreatedAtCurrentSchemaWithWal()
    {
        LibraryStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
        QVERIFY(store.integrityCheck());
        QVERIFY(QFile::exists(store.path() + QStringLiteral("-wal")));
    }

    void bookmarks_toggleAndSurviveReopen()
    {
        const QString path = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QSignalSpy changed(&store, &LibraryStore::changed);
            QVERIFY(store.setBookmarked(papers({1, 2, 3}), true));
            QCOMPARE(changed.size(), 1);
            QVERIFY(store.setBookmarked(papers({2}), false));
            QVERIFY(store.setBookmarked(papers({1}), true)); // again: no duplicate
        }
        LibraryStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.bookmarkedIds(), (QSet<QString>{QStringLiteral("id1"), QStringLiteral("id3")}));
        QVERIFY(store.isBookmarked(QStringLiteral("id3")));
        QVERIFY(!store.isBookmarked(QStringLiteral("id2")));
        QCOMPARE(flat(store.bookmarks()), QStringLiteral("id1 id3"));
        QCOMPARE(store.bookmarks().first().paper, paper(1));
    }

    void readState_toggles()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.setRead({QStringLiteral("a"), QStringLiteral("b")}, true));
        QVERIFY(store.setRead({QStringLiteral("a")}, false));
        QCOMPARE(store.readIds(), QSet<QString>{QStringLiteral("b")});
        QVERIFY(store.isRead(QStringLiteral("b")));
    }

    void lists_createRenameDeleteRestore()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.createList(QStringLiteral("to read")));
        QVERIFY(store.addToList(QStringLiteral("GNNs"), papers({1, 2})));
        QCOMPARE(flatLists(store.lists()), QStringLiteral("GNNs:2 to read:0"));
        QVERIFY(store.renameList(QStringLiteral("gnns"), QStringLiteral("Graphs")));
        QCOMPARE(flatLists(store.lists()), QStringLiteral("Graphs:2 to read:0"));
        QVERIFY(store.setNote(QStringLiteral("Graphs"), QStringLiteral("id2"), QStringLiteral("read first")));
        const auto before = store.entries(QStringLiteral("Graphs"));
        QVERIFY(store.deleteList(QStringLiteral("Graphs")));
        QCOMPARE(flatLists(store.lists()), QStringLiteral("to read:0"));
        QVERIFY(store.restoreList(QStringLiteral("Graphs"), before));
        QCOMPARE(store.entries(QStringLiteral("Graphs")), before);
        QCOMPARE(store.canonicalListName(QStringLiteral("GRAPHS")), QStringLiteral("Graphs"));
    }

    void listNames_areValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("a list needs a name");
        QTest::newRow("reserved") << QStringLiteral("bookmarks") << QStringLiteral("“Bookmarks” is reserved for the bookmarks");
        QTest::newRow("taken, other case") << QStringLiteral("TO READ") << QStringLiteral("a list named “TO READ” already exists");
    }
    void listNames_areValidated()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.createList(QStringLiteral("to read")));
        QVERIFY(!store.createList(name));
        QCOMPARE(store.errorString(), message);
        QVERIFY(!store.renameList(QStringLiteral("to read"), name) || name == QStringLiteral("TO READ"));
        QCOMPARE(flatLists(store.lists()).section(QLatin1Char(':'), 0, 0).toLower(), QStringLiteral("to read"));
    }

    void addToList_appendsOnlyNewPapers()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        int added = -1;
        QVERIFY(store.addToList(QStringLiteral("L"), papers({1, 2}), &added));
        QCOMPARE(added, 2);
        QVERIFY(store.addToList(QStringLiteral("L"), papers({2, 3, 1}), &added));
        QCOMPARE(added, 1);
        QCOMPARE(flat(store.entries(QStringLiteral("L"))), QStringLiteral("id1 id2 id3"));
        QCOMPARE(store.listsContaining(QStringLiteral("id2")), QStringList{QStringLiteral("L")});
    }

    void reorderAndRemove_keepContiguousOrder_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("move first to end") << QStringLiteral("move id1 3") << QStringLiteral("id2 id3 id4 id1");
        QTest::newRow("move last to front") << QStringLiteral("move id4 0") << QStringLiteral("id4 id1 id2 id3");
        QTest::newRow("move beyond end clamps") << QStringLiteral("move id2 99") << QStringLiteral("id1 id3 id4 id2");
        QTest::newRow("remove two") << QStringLiteral("remove id2 id4") << QStringLiteral("id1 id3");
    }
    void reorderAndRemove_keepContiguousOrder()
    {
        QFETCH(QString, action);
        QFETCH(QString, expected);
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), papers({1, 2, 3, 4})));
        const QStringList words = action.split(QLatin1Char(' '));
        if (words[0] == QLatin1String("move"))
            QVERIFY(store.moveInList(QStringLiteral("L"), words[1], words[2].toInt()));
        else
            QVERIFY(store.removeFromList(QStringLiteral("L"), words.mid(1)));
        QCOMPARE(flat(store.entries(QStringLiteral("L"))), expected);
        // Appending after a change still goes to the end.
        QVERIFY(store.addToList(QStringLiteral("L"), papers({9})));
        QCOMPARE(flat(store.entries(QStringLiteral("L"))), expected + QStringLiteral(" id9"));
    }

    void insertIntoList_putsRemovedEntriesBack()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), papers({1, 2, 3, 4})));
        QVERIFY(store.setNote(QStringLiteral("L"), QStringLiteral("id4"), QStringLiteral("n4")));
        const auto all = store.entries(QStringLiteral("L"));
        QVERIFY(store.removeFromList(QStringLiteral("L"), {QStringLiteral("id4"), QStringLiteral("id2")}));
        QVERIFY(store.insertIntoList(QStringLiteral("L"), {{3, all[3]}, {1, all[1]}}));
        QCOMPARE(store.entries(QStringLiteral("L")), all);
    }

    void notes_needAnEntry()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), papers({1})));
        QVERIFY(store.setNote(QStringLiteral("l"), QStringLiteral("id1"), QStringLiteral("ünïcode ✓")));
        QCOMPARE(flat(store.entries(QStringLiteral("L"))), QStringLiteral("id1[ünïcode ✓]"));
        QVERIFY(!store.setNote(QStringLiteral("L"), QStringLiteral("id7"), QStringLiteral("x")));
        QVERIFY(store.errorString().contains(QStringLiteral("is not in the list")));
    }

    void missingPaper_keepsItsCopiedLabel()
    {
        const auto corpus = CorpusParser::parseFile(QStringLiteral(SKIMMER_TEST_DATA "/library/corpus.txt")).corpus;
        QVERIFY(corpus && corpus->size() == 3);
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), {LibraryStore::paperFrom(*corpus, 1), paper(7)}));
        const auto entries = store.entries(QStringLiteral("L"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].paper.authorLabel, QStringLiteral("Lee"));
        QCOMPARE(corpus->indexOfId(entries[1].paper.id), -1);
        QCOMPARE(entries[1].paper.headline, QStringLiteral("Headline 7."));
    }

    void twoStores_seeEachOthersChanges()
    {
        const QString path = freshPath();
        LibraryStore a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        QSignalSpy bChanged(&b, &LibraryStore::changed);
        QVERIFY(a.setBookmarked(papers({1}), true));
        QVERIFY(b.addToList(QStringLiteral("L"), papers({2})));
        QVERIFY(b.isBookmarked(QStringLiteral("id1")));
        QCOMPARE(flat(a.entries(QStringLiteral("L"))), QStringLiteral("id2"));
        bChanged.clear();
        QVERIFY(!b.checkForExternalChanges());
        QVERIFY(a.setRead({QStringLiteral("id2")}, true));
        QVERIFY(b.checkForExternalChanges());
        QCOMPARE(bChanged.size(), 1);
        QVERIFY(b.entries(QStringLiteral("L")).first().read);
    }

    void migration_fromEveryEarlierVersion_keepsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < LibraryStore::kSchemaVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }
    void migration_fromEveryEarlierVersion_keepsData()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(LibrarySchema::createAtVersion(path, version));
        rawExec(path, {QStringLiteral("INSERT INTO papers VALUES ('p1', 'Xu et al.', 'Extrapolation.')"),
                       QStringLiteral("INSERT INTO bookmarks VALUES ('p1', '2024-01-02T03:04:05.000Z')"),
                       QStringLiteral("INSERT INTO reads VALUES ('p1', '2024-01-02T03:04:05.000Z')"),
                       QStringLiteral("INSERT INTO lists (id, name) VALUES (1, 'Old list')"),
                       QStringLiteral("INSERT INTO entries (list_id, paper_id, position, added)"
                                      " VALUES (1, 'p1', 0, '2024-01-02T03:04:05.000Z')")});
        LibraryStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
        QCOMPARE(flatLists(store.lists()), QStringLiteral("Old list:1"));
        const auto e = store.entries(QStringLiteral("Old list")).value(0);
        QCOMPARE(e.paper, (Paper{QStringLiteral("p1"), QStringLiteral("Xu et al."), QStringLiteral("Extrapolation.")}));
        QVERIFY(e.read);
        QVERIFY(store.isBookmarked(QStringLiteral("p1")));
        QVERIFY(store.setNote(QStringLiteral("Old list"), QStringLiteral("p1"), QStringLiteral("new column works")));
        QVERIFY(store.integrityCheck());
    }

    void damagedFile_isRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("error");
        QTest::newRow("random bytes") << QStringLiteral("random") << int(LibraryStore::Error::NotADatabase);
        QTest::newRow("text file") << QStringLiteral("text") << int(LibraryStore::Error::NotADatabase);
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(LibraryStore::Error::Corrupt);
        QTest::newRow("garbage after header") << QStringLiteral("scribble") << int(LibraryStore::Error::Corrupt);
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(LibraryStore::Error::NewerSchema);
    }
    void damagedFile_isRefusedAndLeftUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(int, error);
        const QString path = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 40; ++i)
                QVERIFY(store.addToList(QStringLiteral("list %1").arg(i % 4), {{QStringLiteral("paper-%1").arg(i),
                                                                                 QString(200, QLatin1Char('a')),
                                                                                 QString(400, QLatin1Char('h'))}}));
        }
        QFile f(path);
        QVERIFY(f.size() > 8192);
        if (damage == QLatin1String("newer")) {
            rawExec(path, {QStringLiteral("PRAGMA user_version = 99")});
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            if (damage == QLatin1String("random")) {
                for (char &c : bytes)
                    c = char(QRandomGenerator::global()->bounded(256));
            } else if (damage == QLatin1String("text")) {
                bytes = "Keyulu Xu\nnot a database\n";
            } else if (damage == QLatin1String("truncate")) {
                bytes.truncate(bytes.size() / 2);
            } else {
                for (qsizetype i = 100; i < bytes.size(); i += 7)
                    bytes[i] = char(0xA5);
            }
            QVERIFY(f.resize(0));
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), bytes.size());
            f.close();
        }
        const QByteArray before = fileHash(path);
        LibraryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(int(store.error()), error);
        QVERIFY2(store.errorString().contains(QStringLiteral("left untouched")), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!store.setBookmarked(papers({1}), true));
    }

    void newerSchema_opensReadOnlyOnRequest()
    {
        const QString path = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.setBookmarked(papers({1}), true));
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileHash(path);
        LibraryStore store;
        QVERIFY(store.open(path, LibraryStore::OpenMode::ReadOnly));
        QVERIFY(store.isBookmarked(QStringLiteral("id1")));
        QVERIFY(!store.setBookmarked(papers({2}), true));
        QCOMPARE(store.error(), LibraryStore::Error::ReadOnly);
        store.close();
        QCOMPARE(fileHash(path), before);
    }

    void backups_areVerifiedAndRotated()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), papers({1, 2})));
        const QString dir = QFileInfo(store.path()).absolutePath() + QStringLiteral("/backups");
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            made << store.makeBackup(dir, 3);
            QVERIFY2(!made.last().isEmpty(), qPrintable(store.errorString()));
            QTest::qWait(2); // distinct millisecond stamps
        }
        const QStringList left = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 3);
        QCOMPARE(QDir(dir).filePath(left.last()), made.last());
        LibraryStore copy;
        QVERIFY(copy.open(made.last(), LibraryStore::OpenMode::ReadOnly));
        QCOMPARE(flat(copy.entries(QStringLiteral("L"))), QStringLiteral("id1 id2"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
