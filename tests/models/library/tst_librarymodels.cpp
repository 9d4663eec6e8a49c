#include "corpus/corpusparser.h"
#include "library/librarydecorationmodel.h"
#include "library/librarychange.h"
#include "library/libraryentriesmodel.h"
#include "library/librarylistsmodel.h"
#include "library/libraryscope.h"
#include "library/libraryscopeproxymodel.h"
#include "library/librarystore.h"
#include "corpus/papermodel.h"
#include "search/searchresultsmodel.h"

#include "support/modelrows.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

// The models and value types stacked on LibraryStore: decoration roles, scopes, the lists panel's
// model and a list's entries.
class TestLibraryModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter)); }
    LibraryStore::Paper paper(int row) const { return LibraryStore::paperFrom(*m_corpus, row); }

private slots:
    void initTestCase()
    {
        m_corpus = CorpusParser::parseFile(QStringLiteral(SKIMMER_TEST_DATA "/library/corpus.txt")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 3);
    }

    void decoration_bookmarkToggle_changesOneRowAndRole()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        PaperModel papers;
        LibraryDecorationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&papers);
        papers.setCorpus(m_corpus);
        model.setStore(&store);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(store.setBookmarked({paper(1)}, true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 1);
        QCOMPARE(changed[0][2].value<QList<int>>(), QList<int>{PaperRoles::BookmarkedRole});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(ModelRows::flatten(model, PaperRoles::BookmarkedRole), QStringLiteral("false|true|false"));
        changed.clear();
        QVERIFY(store.setRead({m_corpus->id(2)}, true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][2].value<QList<int>>(), QList<int>{PaperRoles::ReadRole});
        QCOMPARE(ModelRows::flatten(model, PaperRoles::ReadRole), QStringLiteral("false|false|true"));
    }

    void decoration_change_looksOnlyAtThePapersItNames()
    {
        const QString path = freshPath();
        LibraryStore mine, other;
        QVERIFY(mine.open(path));
        QVERIFY(other.open(path));
        PaperModel papers;
        papers.setCorpus(m_corpus);
        LibraryDecorationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&papers);
        model.setStore(&mine);
        QVERIFY(other.setBookmarked({paper(0), paper(2)}, true)); // not announced to mine yet
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        LibraryChange change; // as if paper 2 was toggled here: paper 0 is not looked at
        change.bookmarked.insert(m_corpus->id(2), true);
        model.apply(change);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 2);
        QCOMPARE(ModelRows::flatten(model, PaperRoles::BookmarkedRole), QStringLiteral("false|false|true"));
        change.bookmarked.insert(m_corpus->id(1), false); // already so: no signal
        model.apply(change);
        QCOMPARE(changed.size(), 1);
        // A commit here first picks up the other instance's change, then announces both rows.
        changed.clear();
        QVERIFY(mine.setRead({m_corpus->id(1)}, true));
        QCOMPARE(ModelRows::flatten(model, PaperRoles::BookmarkedRole), QStringLiteral("true|false|true"));
        QCOMPARE(ModelRows::flatten(model, PaperRoles::ReadRole), QStringLiteral("false|true|false"));
        QCOMPARE(changed.size(), 2);
        // Lists: only the papers added, one dataChanged per row and role.
        changed.clear();
        QVERIFY(mine.addToList(QStringLiteral("L"), {paper(0), paper(2)}));
        QCOMPARE(changed.size(), 2);
        for (const auto &args : changed)
            QCOMPARE(args[2].value<QList<int>>(), QList<int>{PaperRoles::ListsRole});
        QCOMPARE(ModelRows::flatten(model, PaperRoles::ListsRole), QStringLiteral("L||L"));
        changed.clear();
        QVERIFY(mine.setOrder(QStringLiteral("L"), {m_corpus->id(2), m_corpus->id(0)}));
        QCOMPARE(changed.size(), 0); // an order changes no paper's roles
        QCOMPARE(reset.size(), 0);
    }

    void decoration_overSearchResults_announcesTheShownRow()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        PaperModel papers;
        papers.setCorpus(m_corpus);
        SearchResultsModel results(&papers);
        LibraryDecorationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&results);
        model.setStore(&store);
        QVERIFY(store.setBookmarked({paper(2)}, true)); // all rows shown: row 2
        results.setResult(SearchResult{{2, 0}, {1.f, 1.f}, false}, SearchQuery{});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.setBookmarked({paper(0)}, true));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QVERIFY(store.setBookmarked({paper(1)}, true)); // not among the results: nothing to say
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ModelRows::flatten(model, PaperRoles::BookmarkedRole), QStringLiteral("true|true"));
    }

    void decoration_fillsListsAndNotes_andSeesOtherInstances()
    {
        const QString path = freshPath();
        LibraryStore mine, other;
        QVERIFY(mine.open(path));
        QVERIFY(other.open(path));
        PaperModel papers;
        papers.setCorpus(m_corpus);
        QSortFilterProxyModel sorted; // a non-PaperModel source: rows are found through IdRole
        sorted.setSourceModel(&papers);
        sorted.sort(0, Qt::DescendingOrder);
        LibraryDecorationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&sorted);
        model.setStore(&mine);
        model.setNoteList(QStringLiteral("b"));
        QVERIFY(other.addToList(QStringLiteral("b"), {paper(0)}));
        QVERIFY(other.addToList(QStringLiteral("a"), {paper(0)}));
        QVERIFY(other.setNote(QStringLiteral("b"), m_corpus->id(0), QStringLiteral("note!")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(mine.checkForExternalChanges());
        QCOMPARE(changed.size(), 2); // ListsRole and NoteRole of that one row
        const int row = int(model.match(model.index(0, 0), PaperRoles::IdRole, m_corpus->id(0)).value(0).row());
        QCOMPARE(changed[0][0].toModelIndex().row(), row);
        QCOMPARE(model.index(row, 0).data(PaperRoles::ListsRole).toStringList(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(model.index(row, 0).data(PaperRoles::NoteRole).toString(), QStringLiteral("note!"));
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(row, 0)}));
        QCOMPARE(mime->data(LibraryListsModel::kMimeType), m_corpus->id(0).toUtf8());
    }

    void scope_rows_matchMembership_data()
    {
        QTest::addColumn<LibraryScope>("scope");
        QTest::addColumn<QString>("rows");
        QTest::newRow("bookmarked") << LibraryScope::bookmarked() << QStringLiteral("0 2");
        QTest::newRow("unread") << LibraryScope::unread() << QStringLiteral("0 1");
        QTest::newRow("list") << LibraryScope::list(QStringLiteral("L")) << QStringLiteral("1 2");
        QTest::newRow("missing list") << LibraryScope::list(QStringLiteral("nope")) << QString();
    }
    void scope_rows_matchMembership()
    {
        QFETCH(LibraryScope, scope);
        QFETCH(QString, rows);
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.setBookmarked({paper(2), paper(0)}, true));
        QVERIFY(store.setRead({m_corpus->id(2), QStringLiteral("elsewhere")}, true));
        QVERIFY(store.addToList(QStringLiteral("L"), {paper(2), {QStringLiteral("gone"), {}, {}}, paper(1)}));
        const RowSet filter = scope.rows(*m_corpus, store);
        QVERIFY(!filter.isAll());
        QStringList accepted;
        for (quint32 r = 0; r < 3; ++r)
            if (filter.contains(r))
                accepted << QString::number(r);
        QCOMPARE(accepted.join(QLatin1Char(' ')), rows);
        QVERIFY(!filter.contains(99));
    }

    void scope_listOrder_followsTheList()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), {paper(2), {QStringLiteral("gone"), {}, {}}, paper(0)}));
        QCOMPARE(LibraryScope::list(QStringLiteral("L")).listOrder(*m_corpus, store), (QList<quint32>{2, 0}));
        QVERIFY(LibraryScope::all().rows(*m_corpus, store).isAll());
        QCOMPARE(LibraryScope::unread().label(), QStringLiteral("Unread"));
        QVERIFY(LibraryScope::list(QStringLiteral("L")) != LibraryScope::list(QStringLiteral("M")));
    }

    void listsModel_followsTheStoreRowByRow()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        LibraryListsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(store.createList(QStringLiteral("beta")));
        QVERIFY(store.addToList(QStringLiteral("Alpha"), {paper(0), paper(1)}));
        QVERIFY(store.createList(QStringLiteral("gamma")));
        QCOMPARE(ModelRows::flatten(model, Qt::DisplayRole), QStringLiteral("Alpha (2)|beta (0)|gamma (0)"));
        QVERIFY(store.renameList(QStringLiteral("beta"), QStringLiteral("zeta")));
        QVERIFY(store.deleteList(QStringLiteral("Alpha")));
        QVERIFY(store.addToList(QStringLiteral("gamma"), {paper(2)}));
        QCOMPARE(ModelRows::flatten(model, LibraryListsModel::NameRole), QStringLiteral("gamma|zeta"));
        QCOMPARE(ModelRows::flatten(model, LibraryListsModel::CountRole), QStringLiteral("1|0"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ZETA")), 1);
    }

    void listsModel_dropOfPapers_isAnnounced()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.createList(QStringLiteral("L")));
        LibraryListsModel model;
        model.setStore(&store);
        QSignalSpy dropped(&model, &LibraryListsModel::papersDropped);
        QMimeData mime;
        mime.setData(LibraryListsModel::kMimeType, "id1\nid2");
        QVERIFY(!model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, model.index(0)));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0][0].toString(), QStringLiteral("L"));
        QCOMPARE(dropped[0][1].toStringList(), (QStringList{QStringLiteral("id1"), QStringLiteral("id2")}));
    }

    void entriesModel_showsOrderNotesAndMissingPapers()
    {
        LibraryStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addToList(QStringLiteral("L"), {paper(2), {QStringLiteral("gone"), QStringLiteral("X"),
                                                                  QStringLiteral("Kept headline.")}}));
        LibraryEntriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        model.setCorpus(m_corpus);
        model.setList(QStringLiteral("L"));
        QCOMPARE(ModelRows::flatten(model, LibraryEntriesModel::InCorpusRole), QStringLiteral("true|false"));
        QCOMPARE(model.index(1).data(LibraryEntriesModel::HeadlineRole).toString(), QStringLiteral("Kept headline."));
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("Kept headline. — not in this corpus"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("Not in this corpus"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(store.setNote(QStringLiteral("L"), QStringLiteral("gone"), QStringLiteral("still here")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ModelRows::flatten(model, LibraryEntriesModel::NoteRole), QStringLiteral("|still here"));
        QVERIFY(store.moveInList(QStringLiteral("L"), QStringLiteral("gone"), 0));
        QCOMPARE(ModelRows::flatten(model, LibraryEntriesModel::IdRole), QStringLiteral("gone|") + m_corpus->id(2));
        QVERIFY(store.deleteList(QStringLiteral("L")));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
