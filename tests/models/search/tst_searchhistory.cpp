#include "search/searchhistory.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The recent-searches list: most recent first, no duplicates, bounded, persisted; under the model tester.
class TestSearchHistory : public QObject
{
    Q_OBJECT

    static QString rows(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, 0).data().toString());
        return out.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("skimmer-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_searchhistory"));
    }

    void init() { QSettings().remove(QLatin1String(SearchHistory::kSettingsKey)); }

    void add_data()
    {
        QTest::addColumn<QStringList>("queries");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("changes"); // how many add() calls reported a change
        QTest::newRow("most recent first") << QStringList{"graph", "neural", "policy"} << "policy|neural|graph" << 3;
        QTest::newRow("a repeat moves to the top") << QStringList{"graph", "neural", "graph"} << "graph|neural" << 3;
        QTest::newRow("the top again changes nothing") << QStringList{"graph", "graph"} << "graph" << 1;
        QTest::newRow("spaces are simplified") << QStringList{"  graph   neural ", "graph neural"} << "graph neural" << 1;
        QTest::newRow("empty and blank are ignored") << QStringList{"", "   ", "x"} << "x" << 1;
        QTest::newRow("case is kept apart") << QStringList{"Graph", "graph"} << "graph|Graph" << 2;
    }

    void add()
    {
        QFETCH(QStringList, queries);
        QFETCH(QString, expected);
        QFETCH(int, changes);
        SearchHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int changed = 0;
        for (const QString &q : queries)
            changed += history.add(q) ? 1 : 0;
        QCOMPARE(rows(history), expected);
        QCOMPARE(changed, changes);
    }

    void add_keepsAtMostMaxEntriesDroppingTheOldest()
    {
        SearchHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < SearchHistory::kMaxEntries + 5; ++i)
            QVERIFY(history.add(QStringLiteral("q%1").arg(i)));
        QCOMPARE(history.rowCount(), SearchHistory::kMaxEntries);
        QCOMPARE(history.index(0).data().toString(), QStringLiteral("q%1").arg(SearchHistory::kMaxEntries + 4));
        QCOMPARE(history.index(SearchHistory::kMaxEntries - 1).data().toString(), QStringLiteral("q5"));
        // A query from the middle moves up without pushing anything out.
        QVERIFY(history.add(QStringLiteral("q10")));
        QCOMPARE(history.rowCount(), SearchHistory::kMaxEntries);
        QCOMPARE(history.index(0).data().toString(), QStringLiteral("q10"));
        QCOMPARE(history.index(SearchHistory::kMaxEntries - 1).data().toString(), QStringLiteral("q5"));
    }

    // Each change is one reset (views and the completer popup start over); no change, no signal.
    void add_resetsOncePerChange()
    {
        SearchHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&history, &QAbstractItemModel::modelReset);
        history.add(QStringLiteral("a"));
        history.add(QStringLiteral("b"));
        history.add(QStringLiteral("b"));
        history.add(QString());
        QCOMPARE(resets.count(), 2);
    }

    void saveAndLoad_roundTrip()
    {
        {
            SearchHistory history;
            history.add(QStringLiteral("graph"));
            history.add(QStringLiteral("author:levine policy"));
            history.save();
        }
        SearchHistory loaded;
        QAbstractItemModelTester tester(&loaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loaded.load();
        QCOMPARE(rows(loaded), QStringLiteral("author:levine policy|graph"));
        QVERIFY(loaded.add(QStringLiteral("graph")));
        QCOMPARE(rows(loaded), QStringLiteral("graph|author:levine policy"));
    }

    // A hand-edited or older settings file: empty entries dropped, cut to the bound.
    void load_dropsEmptyEntriesAndCapsTheList()
    {
        QStringList stored{QString(), QStringLiteral("a")};
        for (int i = 0; i < SearchHistory::kMaxEntries + 3; ++i)
            stored.append(QStringLiteral("x%1").arg(i));
        QSettings().setValue(QLatin1String(SearchHistory::kSettingsKey), stored);
        SearchHistory history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.add(QStringLiteral("replaced by load"));
        history.load();
        QCOMPARE(history.rowCount(), SearchHistory::kMaxEntries);
        QCOMPARE(history.index(0).data().toString(), QStringLiteral("a"));
        QCOMPARE(history.index(1).data().toString(), QStringLiteral("x0"));
        QVERIFY(!history.stringList().contains(QStringLiteral("replaced by load")));
        // Nothing stored: an empty list.
        QSettings().remove(QLatin1String(SearchHistory::kSettingsKey));
        history.load();
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchHistory)
#include "tst_searchhistory.moc"
