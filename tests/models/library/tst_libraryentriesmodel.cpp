#include "corpus/corpusparser.h"
#include "library/libraryentriesmodel.h"
#include "library/librarystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A list's entries follow the store row by row: insertions, removals and moves, never a reset, so
// a view keeps its selection and scroll position. QAbstractItemModelTester watches every change.
class TestLibraryEntriesModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static QList<LibraryStore::Paper> papers(const QString &labels)
    {
        QList<LibraryStore::Paper> result;
        for (const QString &id : labels.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            result << LibraryStore::Paper{id, {}, id.toUpper()};
        return result;
    }
    static QString rows(const QAbstractItemModel &model)
    {
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(LibraryEntriesModel::IdRole).toString();
        return ids.join(QLatin1Char(' '));
    }

    struct Fixture
    {
        LibraryStore store;
        LibraryEntriesModel model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        std::unique_ptr<QSignalSpy> reset;
    };
    bool setUp(Fixture &f, const QString &initial)
    {
        if (!f.store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter)))
            || !f.store.addToList(QStringLiteral("L"), papers(initial)))
            return false;
        f.model.setStore(&f.store);
        f.model.setList(QStringLiteral("L"));
        // Attached after the one reset a new list makes; from here on none is allowed.
        f.tester = std::make_unique<QAbstractItemModelTester>(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.reset = std::make_unique<QSignalSpy>(&f.model, &QAbstractItemModel::modelReset);
        return rows(f.model) == initial;
    }

private slots:
    void anyNewOrder_arrivesByMoves_data()
    {
        QTest::addColumn<QString>("initial");
        QTest::addColumn<QString>("order");
        QTest::newRow("swap neighbours") << "a b c d" << "b a c d";
        QTest::newRow("first to last") << "a b c d" << "b c d a";
        QTest::newRow("last to first") << "a b c d" << "d a b c";
        QTest::newRow("reverse") << "a b c d e" << "e d c b a";
        QTest::newRow("two to the front") << "a b c d e" << "b d a c e";
        QTest::newRow("unchanged") << "a b c" << "a b c";
    }
    void anyNewOrder_arrivesByMoves()
    {
        QFETCH(QString, initial);
        QFETCH(QString, order);
        Fixture f;
        QVERIFY(setUp(f, initial));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex first = f.model.index(0);
        QVERIFY(f.store.setOrder(QStringLiteral("L"), order.split(QLatin1Char(' '))));
        QCOMPARE(rows(f.model), order);
        QCOMPARE(first.data(LibraryEntriesModel::IdRole).toString(), QStringLiteral("a")); // it followed its paper
        QCOMPARE(inserted.size() + removed.size() + f.reset->size(), 0);
    }

    void insertsAndRemovals_areRowSignals_throughUndoAndRedo()
    {
        Fixture f;
        QVERIFY(setUp(f, QStringLiteral("a b c")));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex c = f.model.index(2);
        QVERIFY(f.store.addToList(QStringLiteral("L"), papers(QStringLiteral("d e"))));
        QCOMPARE(rows(f.model), QStringLiteral("a b c d e"));
        QCOMPARE(inserted.size(), 1); // one run of two rows
        const auto entries = f.store.entries(QStringLiteral("L"));
        QVERIFY(f.store.removeFromList(QStringLiteral("L"), {QStringLiteral("b"), QStringLiteral("d")}));
        QCOMPARE(rows(f.model), QStringLiteral("a c e"));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(c.row(), 1);
        // Undo of the removal puts both back at their places.
        QVERIFY(f.store.insertIntoList(QStringLiteral("L"), {{1, entries[1]}, {3, entries[3]}}));
        QCOMPARE(rows(f.model), QStringLiteral("a b c d e"));
        QCOMPARE(c.row(), 2);
        QVERIFY(f.store.moveInList(QStringLiteral("L"), QStringLiteral("e"), 0));
        QCOMPARE(rows(f.model), QStringLiteral("e a b c d"));
        QVERIFY(f.store.setNote(QStringLiteral("L"), QStringLiteral("c"), QStringLiteral("read first")));
        QCOMPARE(c.data(LibraryEntriesModel::NoteRole).toString(), QStringLiteral("read first"));
        QVERIFY(f.store.deleteList(QStringLiteral("L")));
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.store.restoreList(QStringLiteral("L"), entries));
        QCOMPARE(rows(f.model), QStringLiteral("a b c d e"));
        QCOMPARE(f.reset->size(), 0);
    }

    void bigAppend_isOneInsertion()
    {
        Fixture f;
        QVERIFY(setUp(f, QStringLiteral("a")));
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QList<LibraryStore::Paper> many;
        for (int i = 0; i < 2000; ++i)
            many << LibraryStore::Paper{QStringLiteral("p%1").arg(i), {}, {}};
        int added = 0;
        QVERIFY(f.store.addToList(QStringLiteral("L"), many, &added));
        QCOMPARE(added, 2000);
        QCOMPARE(f.model.rowCount(), 2001);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(f.model.index(2000).data(LibraryEntriesModel::IdRole).toString(), QStringLiteral("p1999"));
        QCOMPARE(f.reset->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryEntriesModel)
#include "tst_libraryentriesmodel.moc"
