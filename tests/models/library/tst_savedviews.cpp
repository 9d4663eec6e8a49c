#include "library/libraryexporter.h"
#include "library/libraryschema.h"
#include "library/librarystore.h"
#include "library/savedviewsmodel.h"
#include "support/modelrows.h"
#include "support/rawsql.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A view that uses every part of the state.
SavedView fullView(const QString &name)
{
    SavedView v;
    v.name = name;
    v.query = QStringLiteral("graph -survey \"neural network\"");
    v.authors.terms = {{QStringLiteral("Sergey Levine"), false}, {QStringLiteral("Pieter Abbeel"), true}};
    v.authors.matchAny = true;
    v.fields.insert(QStringLiteral("year"), {{{QStringLiteral("2015..2019"), false}}, true});
    v.fields.insert(QStringLiteral("category"), {{{QStringLiteral("cs"), false}, {QStringLiteral("cs.CV"), true}}, false});
    v.scope = LibraryScope::list(QStringLiteral("to read"));
    v.sort = SortOrder::Likeness;
    v.likeList = QStringLiteral("to read");
    v.reverse = true;
    return v;
}

SavedView queryView(const QString &name, const QString &query)
{
    SavedView v;
    v.name = name;
    v.query = query;
    return v;
}

QString names(const LibraryStore &store)
{
    QStringList parts;
    for (const SavedView &v : store.views())
        parts << v.name;
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("library%1.sqlite").arg(++m_files)); }

private slots:
    void stateJson_roundTripsEveryField()
    {
        const SavedView v = fullView(QStringLiteral("GNNs"));
        QCOMPARE(SavedView::fromStateJson(v.name, v.stateJson()), v);
        const SavedView empty = SavedView::fromStateJson(QStringLiteral("x"), {});
        QCOMPARE(empty.scope, LibraryScope::all());
        QCOMPARE(empty.sort, SortOrder::Relevance);
        QVERIFY(empty.authors.isEmpty() && empty.fields.isEmpty() && empty.query.isEmpty());
    }

    void views_surviveClosingAndReopeningTheFile()
    {
        const QString path = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.insertView(fullView(QStringLiteral("GNNs"))));
            QVERIFY(store.insertView(queryView(QStringLiteral("Robots"), QStringLiteral("robot"))));
            QVERIFY(store.insertView(queryView(QStringLiteral("First"), QStringLiteral("a")), 0));
        }
        LibraryStore store;
        QVERIFY(store.open(path));
        QCOMPARE(names(store), QStringLiteral("First GNNs Robots"));
        QCOMPARE(store.views().at(1), fullView(QStringLiteral("GNNs")));
        QVERIFY(store.integrityCheck());
    }

    void names_areUniqueWithoutCase()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.insertView(queryView(QStringLiteral("GNNs"), QStringLiteral("gnn"))));
        QVERIFY(!store.insertView(queryView(QStringLiteral("gnns"), QStringLiteral("other"))));
        QCOMPARE(store.error(), LibraryStore::Error::Invalid);
        QVERIFY(!store.insertView(queryView(QStringLiteral("  "), QStringLiteral("other"))));
        QVERIFY(store.insertView(queryView(QStringLiteral("Other"), QStringLiteral("x"))));
        QVERIFY(!store.renameView(QStringLiteral("Other"), QStringLiteral("GNNS")));
        QVERIFY(store.renameView(QStringLiteral("gnns"), QStringLiteral("Graphs")));
        QCOMPARE(names(store), QStringLiteral("Graphs Other"));
        QCOMPARE(store.views().first().query, QStringLiteral("gnn"));
    }

    void moveUpdateDelete_keepPositionsContiguous()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        for (const char *n : {"a", "b", "c", "d"})
            QVERIFY(store.insertView(queryView(QLatin1String(n), QLatin1String(n))));
        QVERIFY(store.moveView(QStringLiteral("a"), 2));
        QCOMPARE(names(store), QStringLiteral("b c a d"));
        QVERIFY(store.moveView(QStringLiteral("d"), 0));
        QCOMPARE(names(store), QStringLiteral("d b c a"));
        QVERIFY(!store.moveView(QStringLiteral("d"), 4));
        QVERIFY(store.deleteView(QStringLiteral("B")));
        QCOMPARE(names(store), QStringLiteral("d c a"));
        QVERIFY(!store.deleteView(QStringLiteral("b")));
        SavedView changed = queryView(QStringLiteral("C"), QStringLiteral("changed"));
        QVERIFY(store.updateView(changed));
        QCOMPARE(store.views().at(1).query, QStringLiteral("changed"));
        QCOMPARE(store.views().at(1).name, QStringLiteral("c")); // the stored spelling stays
        QVERIFY(store.insertView(queryView(QStringLiteral("z"), QStringLiteral("z")), 1));
        QCOMPARE(names(store), QStringLiteral("d z c a"));
        const auto positions = store.views();
        QCOMPARE(positions.size(), 4);
    }

    void mergeViews_addsOnlyNewNames()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.insertView(queryView(QStringLiteral("a"), QStringLiteral("mine"))));
        int added = -1;
        const QList<SavedView> incoming{queryView(QStringLiteral("A"), QStringLiteral("theirs")),
                                        queryView(QStringLiteral("b"), QStringLiteral("b"))};
        QVERIFY(store.mergeViews(incoming, &added));
        QCOMPARE(added, 1);
        QVERIFY(store.mergeViews(incoming, &added));
        QCOMPARE(added, 0);
        QCOMPARE(names(store), QStringLiteral("a b"));
        QCOMPARE(store.views().first().query, QStringLiteral("mine"));
    }

    void olderFiles_migrateAndKeepViews_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 3 (before views)") << 3;
        QTest::newRow("schema 4 (views table, no views yet)") << 4;
    }
    void olderFiles_migrateAndKeepViews()
    {
        QFETCH(int, version);
        const QString path = freshPath();
        QVERIFY(LibrarySchema::createAtVersion(path, version));
        rawExec(path, {QStringLiteral("INSERT INTO lists (id, name) VALUES (1, 'to read')")});
        {
            LibraryStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), LibraryStore::kSchemaVersion);
            QVERIFY(store.views().isEmpty());
            QVERIFY(store.insertView(fullView(QStringLiteral("GNNs"))));
        }
        LibraryStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.views(), QList<SavedView>{fullView(QStringLiteral("GNNs"))});
        QVERIFY(store.hasList(QStringLiteral("to read")));
    }

    void readOnlyLibrary_refusesViewChanges()
    {
        const QString path = freshPath();
        {
            LibraryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.insertView(queryView(QStringLiteral("a"), QStringLiteral("a"))));
        }
        LibraryStore store;
        QVERIFY(store.open(path, LibraryStore::OpenMode::ReadOnly));
        QCOMPARE(names(store), QStringLiteral("a"));
        QVERIFY(!store.deleteView(QStringLiteral("a")));
        QCOMPARE(store.error(), LibraryStore::Error::ReadOnly);
    }

    void jsonExport_carriesEveryViewWithTheBookmarksOrItsList()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("To Read"), {{QStringLiteral("p1"), QStringLiteral("A"), QStringLiteral("H")}}));
        QVERIFY(store.addToList(QStringLiteral("other"), {{QStringLiteral("p2"), QStringLiteral("B"), QStringLiteral("H")}}));
        QVERIFY(store.insertView(fullView(QStringLiteral("GNNs")))); // scoped to "to read"
        SavedView unread = queryView(QStringLiteral("Unread robots"), QStringLiteral("robot"));
        unread.scope = LibraryScope::unread();
        QVERIFY(store.insertView(unread));
        QVERIFY(store.insertView(queryView(QStringLiteral("Everything"), QString())));

        LibraryExporter::Document list, bookmarks, other;
        QVERIFY(LibraryExporter::documentFor(store, QStringLiteral("to read"), &list));
        QVERIFY(LibraryExporter::documentFor(store, LibraryStore::kBookmarksName, &bookmarks));
        QVERIFY(LibraryExporter::documentFor(store, QStringLiteral("other"), &other));
        QCOMPARE(list.views, QList<SavedView>{fullView(QStringLiteral("GNNs"))});
        QCOMPARE(bookmarks.views.size(), 2);
        QVERIFY(other.views.isEmpty());

        // Into a fresh library through the bytes, as a file would carry them.
        LibraryStore fresh;
        QVERIFY(fresh.open(freshPath()));
        for (const auto &doc : {list, bookmarks, other}) {
            const auto parsed = LibraryExporter::parseJson(LibraryExporter::format(doc, LibraryExporter::Format::Json, nullptr));
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QVERIFY(parsed.skipped.isEmpty());
            QVERIFY(fresh.mergeList(parsed.document.name, parsed.document.entries));
            QVERIFY(fresh.mergeViews(parsed.document.views));
        }
        QCOMPARE(names(fresh), QStringLiteral("GNNs Unread robots Everything"));
        QCOMPARE(fresh.views(), store.views());
    }

    void jsonExport_fromBeforeViews_stillImports()
    {
        const QByteArray old = R"({"format": "skimmer-list", "version": 1, "name": "to read",
            "entries": [{"position": 1, "id": "p1", "authors": "A", "headline": "H", "note": "",
                         "read": false, "added": "2024-01-02T03:04:05.000Z"}]})";
        const auto parsed = LibraryExporter::parseJson(old);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.document.entries.size(), 1);
        QVERIFY(parsed.document.views.isEmpty());
        LibraryExporter::Document noViews{QStringLiteral("x"), {}, {}, {}};
        QVERIFY(!LibraryExporter::format(noViews, LibraryExporter::Format::Json, nullptr).contains("\"views\""));
    }

    void model_followsTheStoreRowByRow()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        SavedViewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        for (const char *n : {"a", "b", "c"})
            QVERIFY(store.insertView(queryView(QLatin1String(n), QLatin1String(n))));
        QVERIFY(store.insertView(queryView(QStringLiteral("first"), QStringLiteral("f")), 0));
        QCOMPARE(ModelRows::flatten(model), QStringLiteral("first|a|b|c"));
        QCOMPARE(inserts.size(), 4);
        QVERIFY(store.moveView(QStringLiteral("first"), 2));
        QCOMPARE(ModelRows::flatten(model), QStringLiteral("a|b|first|c"));
        QVERIFY(store.moveView(QStringLiteral("c"), 0));
        QCOMPARE(ModelRows::flatten(model), QStringLiteral("c|a|b|first"));
        QCOMPARE(moves.size(), 2);
        QVERIFY(store.renameView(QStringLiteral("a"), QStringLiteral("Alpha")));
        QVERIFY(store.updateView(queryView(QStringLiteral("b"), QStringLiteral("changed"))));
        QCOMPARE(ModelRows::flatten(model, {SavedViewsModel::NameRole, SavedViewsModel::SummaryRole}),
                 QStringLiteral("c,“c”|Alpha,“a”|b,“changed”|first,“f”"));
        QCOMPARE(changes.size(), 2);
        QVERIFY(store.deleteView(QStringLiteral("Alpha")));
        QCOMPARE(ModelRows::flatten(model), QStringLiteral("c|b|first"));
        QCOMPARE(removes.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("FIRST")), 2);
        QCOMPARE(model.data(model.index(2), SavedViewsModel::ViewRole).value<SavedView>().query, QStringLiteral("f"));
        store.close();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
