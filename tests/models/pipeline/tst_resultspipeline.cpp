#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "facets/authorfacetmodel.h"
#include "facets/facetselection.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryscopeproxymodel.h"
#include "library/librarystore.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"

#include "support/modelrows.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The chain of models exactly as the window builds it (ResultsPipeline), every stage under
// QAbstractItemModelTester, driven as a reader drives it: typing, stars, scopes, author choices.
// Each check flattens the list's whole state (corpus row, star) into one string.
class TestResultsPipeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    int m_counter = 0;

    // The pipeline with a tester on each stage, a fresh library, and a selection model standing in
    // for the list view: after each refresh it stays on the kept paper or goes to the first row.
    struct Chain
    {
        ResultsPipeline pipeline;
        LibraryStore store;
        QItemSelectionModel selection{pipeline.model()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        QSignalSpy changed{&pipeline, &ResultsPipeline::changed};
        QSignalSpy refreshed{&pipeline, &ResultsPipeline::resultsRefreshed};
    };

    bool setUp(Chain &c)
    {
        for (QAbstractItemModel *stage : std::initializer_list<QAbstractItemModel *>{
                 c.pipeline.paperModel(), c.pipeline.results(), c.pipeline.decoration(), c.pipeline.scopeProxy()})
            c.testers.push_back(std::make_unique<QAbstractItemModelTester>(
                stage, QAbstractItemModelTester::FailureReportingMode::QtTest));
        c.pipeline.setSelectionModel(&c.selection);
        connect(&c.pipeline, &ResultsPipeline::resultsRefreshed, &c.selection, [&c](const QModelIndex &kept) {
            const QModelIndex first = c.pipeline.model()->index(0, 0);
            c.selection.setCurrentIndex(kept.isValid() ? kept : first, QItemSelectionModel::ClearAndSelect);
        });
        if (!c.store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))))
            return false;
        c.pipeline.search()->setSortOrder(SortOrder::CorpusOrder); // rows read in corpus order
        c.pipeline.setCorpus(m_corpus);
        c.pipeline.setStore(&c.store);
        c.changed.clear();
        c.refreshed.clear();
        return true;
    }

    static QString shown(const Chain &c)
    {
        return ModelRows::flatten(*c.pipeline.model(), {PaperRoles::CorpusIndexRole, PaperRoles::BookmarkedRole});
    }
    static QString rows(const Chain &c) { return ModelRows::flatten(*c.pipeline.model(), PaperRoles::CorpusIndexRole); }
    static int current(const Chain &c) { return c.selection.currentIndex().data(PaperRoles::CorpusIndexRole).toInt(); }
    LibraryStore::Paper paper(int row) const { return LibraryStore::paperFrom(*m_corpus, row); }
    AuthorTable::Id author(const char *name) const { return AuthorTable::Id(m_corpus->authorTable().find(QLatin1String(name))); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray text = "Ana Bell, Carl Diaz\ntl;dr: Graph networks for molecules.\nWe learn graph networks.\n"
                                "Carl Diaz\ntl;dr: Trees and forests.\nRandom trees grow.\n"
                                "Ana Bell\ntl;dr: Graph search heuristics.\nA graph search study.\n"
                                "Eve Fox, Ana Bell\ntl;dr: Neural graph embeddings.\nEmbedding graph nodes.\n"
                                "Eve Fox\ntl;dr: Sparse attention.\nAttention is sparse.\n"
                                "Gus Hall, Carl Diaz\ntl;dr: Graph coloring bounds.\nColoring a graph.\n";
        m_corpus = CorpusParser::parse(text, QStringLiteral("six")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 6);
    }

    void typing_filtersOnce_keepsTheCurrentPaper_andAnnouncesOncePerKeystroke()
    {
        Chain c;
        QVERIFY(setUp(c));
        QCOMPARE(rows(c), QStringLiteral("0|1|2|3|4|5"));
        c.selection.setCurrentIndex(c.pipeline.indexOfCorpusRow(3), QItemSelectionModel::ClearAndSelect);
        for (const char *typed : {"g", "gr", "gra", "graph"}) {
            c.pipeline.setQueryText(QLatin1String(typed));
            QCOMPARE(current(c), 3); // the paper being read is still a result: it stays
        }
        QCOMPARE(rows(c), QStringLiteral("0|2|3|5"));
        QCOMPARE(c.refreshed.size(), 4);
        QCOMPARE(c.changed.size(), 4); // the status line is composed once per keystroke
        QCOMPARE(c.pipeline.shownCount(), 4);
        QCOMPARE(c.pipeline.totalCount(), 6);
        c.pipeline.setQueryText(QStringLiteral("graph search"));
        QCOMPARE(rows(c), QStringLiteral("2"));
        QCOMPARE(current(c), 2); // paper 3 is gone: the best match
        QVERIFY(!c.refreshed.last().at(0).toModelIndex().isValid());
        c.pipeline.setQueryText(QStringLiteral("graph search")); // the same text: nothing runs
        QCOMPARE(c.changed.size(), 5);
        QCOMPARE(c.pipeline.indexOfPaper(m_corpus->id(2)).row(), 0);
        QVERIFY(!c.pipeline.indexOfPaper(m_corpus->id(3)).isValid());
        QCOMPARE(c.pipeline.results()->rowOfSource(2), 0);
        QCOMPARE(c.pipeline.results()->rowOfSource(3), -1);
    }

    void stars_areAnnouncedRowByRow_neverByReset()
    {
        Chain c;
        QVERIFY(setUp(c));
        c.pipeline.setQueryText(QStringLiteral("graph"));
        QSignalSpy reset(c.pipeline.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changedRows(c.pipeline.model(), &QAbstractItemModel::dataChanged);
        QVERIFY(c.store.setBookmarked({paper(3), paper(1)}, true)); // 1 is not shown
        QCOMPARE(shown(c), QStringLiteral("0,false|2,false|3,true|5,false"));
        QCOMPARE(changedRows.size(), 1);
        QCOMPARE(changedRows[0][0].toModelIndex().row(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(c.changed.size(), 1); // the query; the star changes no row of the "All" scope
    }

    void scope_filtersInTheSearch_andOrdersByTheList()
    {
        Chain c;
        QVERIFY(setUp(c));
        QSignalSpy scopeChanged(&c.pipeline, &ResultsPipeline::scopeChanged);
        c.pipeline.setScope(LibraryScope::bookmarked());
        QCOMPARE(rows(c), QString());
        QVERIFY(c.store.setBookmarked({paper(4)}, true)); // the scope follows the store
        QCOMPARE(shown(c), QStringLiteral("4,true"));
        QVERIFY(c.store.addToList(QStringLiteral("L"), {paper(5), paper(0), paper(2)}));
        c.pipeline.setScope(LibraryScope::list(QStringLiteral("L")));
        QCOMPARE(rows(c), QStringLiteral("5|0|2"));
        QCOMPARE(c.pipeline.search()->rows().size(), size_t(3)); // filtered upstream, not by the proxy
        c.selection.setCurrentIndex(c.pipeline.indexOfCorpusRow(0), QItemSelectionModel::ClearAndSelect);
        QVERIFY(c.store.moveInList(QStringLiteral("L"), m_corpus->id(2), 0));
        QCOMPARE(rows(c), QStringLiteral("2|5|0"));
        QCOMPARE(current(c), 0); // a reorder moves the rows, the current paper with them
        c.pipeline.setQueryText(QStringLiteral("graph -coloring"));
        QCOMPARE(rows(c), QStringLiteral("2|0"));
        c.pipeline.setScope(LibraryScope::all());
        QCOMPARE(rows(c), QStringLiteral("0|2|3"));
        QCOMPARE(scopeChanged.size(), 3);
    }

    void scope_withTheSamePapers_stillAnnouncesTheChange()
    {
        Chain c;
        QVERIFY(setUp(c));
        QVERIFY(c.store.setBookmarked({paper(1)}, true));
        QVERIFY(c.store.addToList(QStringLiteral("L"), {paper(1)}));
        c.pipeline.setScope(LibraryScope::bookmarked());
        QCOMPARE(c.refreshed.size(), 1);
        c.pipeline.setScope(LibraryScope::list(QStringLiteral("L"))); // the same rows: no search
        QCOMPARE(c.refreshed.size(), 1);
        QCOMPARE(c.changed.size(), 2); // but the words describing them change
        QCOMPARE(rows(c), QStringLiteral("1"));
    }

    void authors_selectAndExclude_combineWithQueryAndScope()
    {
        Chain c;
        QVERIFY(setUp(c));
        AuthorFacetModel facets;
        QAbstractItemModelTester tester(&facets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        facets.setCorpus(m_corpus);
        // As FilterController does: it owns the selection, the pipeline filters by it, the facet
        // pins it and recounts over the results.
        FacetSelection selection;
        const auto choose = [&](AuthorTable::Id id, FacetSelection::State state) {
            QVERIFY(selection.setState(id, state));
            facets.setSelection(selection);
            c.pipeline.setFacetSelection(selection, facets.authorIndex());
        };
        connect(c.pipeline.search(), &SearchController::resultsChanged, &facets,
                [&] { facets.setResultRows(c.pipeline.search()->rows()); });
        choose(author("Ana Bell"), FacetSelection::State::Included);
        QCOMPARE(rows(c), QStringLiteral("0|2|3"));
        choose(author("Eve Fox"), FacetSelection::State::Excluded);
        QCOMPARE(rows(c), QStringLiteral("0|2"));
        c.pipeline.setQueryText(QStringLiteral("networks"));
        QCOMPARE(rows(c), QStringLiteral("0"));
        QVERIFY(c.store.setBookmarked({paper(2)}, true));
        c.pipeline.setScope(LibraryScope::bookmarked());
        QCOMPARE(rows(c), QString());
        c.pipeline.setQueryText(QString());
        QCOMPARE(shown(c), QStringLiteral("2,true"));
        QCOMPARE(facets.resultSize(), 1); // the facet counts follow what the list shows
        QVERIFY(selection.clear());
        c.pipeline.setFacetSelection(selection, facets.authorIndex());
        c.pipeline.setScope(LibraryScope::all());
        QCOMPARE(rows(c), QStringLiteral("0|1|2|3|4|5"));
    }

    void newCorpus_isAnnouncedOnce_atItsFirstPaper()
    {
        Chain c;
        QVERIFY(setUp(c));
        QVERIFY(c.store.addToList(QStringLiteral("L"), {paper(4), paper(1)}));
        c.pipeline.setScope(LibraryScope::list(QStringLiteral("L")));
        c.changed.clear();
        c.refreshed.clear();
        c.selection.clearCurrentIndex();
        c.pipeline.setCorpus(CorpusParser::parse(
            "Eve Fox\ntl;dr: Sparse attention.\nAttention is sparse.\nZed Young\ntl;dr: Other.\nOther text.\n",
            QStringLiteral("two")).corpus);
        QCOMPARE(c.refreshed.size(), 1);
        QCOMPARE(c.changed.size(), 1);
        QCOMPARE(rows(c), QStringLiteral("0")); // the list's paper that this corpus has
        QCOMPARE(current(c), 0);
    }
};

QTEST_GUILESS_MAIN(TestResultsPipeline)
#include "tst_resultspipeline.moc"
