// The results model and controller: a well-behaved model while queries change, the search roles,
// row filters, and the worker-thread path that supersedes running queries.
#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
std::shared_ptr<const Corpus> shipped()
{
    static const auto corpus = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)).corpus;
    return corpus;
}
} // namespace

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void modelStaysConsistent_whileQueriesChange()
    {
        PaperModel papers;
        SearchController controller(&papers);
        QAbstractItemModelTester tester(controller.resultsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        papers.setCorpus(shipped());
        QCOMPARE(controller.resultsModel()->rowCount(), 434);
        for (const QString &q : {QStringLiteral("g"), QStringLiteral("gr"), QStringLiteral("graph"),
                                 QStringLiteral("graph \"neural"), QStringLiteral("zzz"), QString(),
                                 QStringLiteral("author:levine OR scholkopf")}) {
            controller.setQueryText(q);
            QCOMPARE(size_t(controller.resultsModel()->rowCount()), controller.rows().size());
        }
        controller.setSortOrder(SortOrder::FirstAuthor, true);
        papers.setCorpus(CorpusParser::parse("A B\nx\n", QStringLiteral("small")).corpus);
        QCOMPARE(controller.resultsModel()->rowCount(), controller.rows().empty() ? 0 : 1);
    }

    void searchRoles_highlightHeadlineOrGiveASnippet()
    {
        PaperModel papers;
        SearchController controller(&papers);
        papers.setCorpus(CorpusParser::parse("Ana Bell\ntl;dr: Robots learn to walk.\nA long abstract about "
                                             "many things before it finally mentions graphs at the end.\n\n",
                                             QStringLiteral("t")).corpus);
        SearchResultsModel *m = controller.resultsModel();
        controller.setQueryText(QStringLiteral("robot"));
        QCOMPARE(m->index(0).data(PaperRoles::HeadlineMatchesRole).value<QList<int>>(), (QList<int>{0, 6}));
        QVERIFY(m->index(0).data(PaperRoles::SnippetRole).toString().isEmpty());
        QVERIFY(m->index(0).data(PaperRoles::ScoreRole).toDouble() > 0);

        controller.setQueryText(QStringLiteral("graph"));
        QVERIFY(m->index(0).data(PaperRoles::HeadlineMatchesRole).value<QList<int>>().isEmpty());
        const QString snippet = m->index(0).data(PaperRoles::SnippetRole).toString();
        const QList<int> spans = m->index(0).data(PaperRoles::SnippetMatchesRole).value<QList<int>>();
        QCOMPARE(spans.size(), 2);
        QCOMPARE(snippet.mid(spans[0], spans[1]), QStringLiteral("graphs"));
        QCOMPARE(m->index(0).data(PaperRoles::AuthorsRole).toStringList(), QStringList{QStringLiteral("Ana Bell")});
        QCOMPARE(m->sourceIndex(0).row(), 0);
        QCOMPARE(m->rowOfSource(0), 0);
        QCOMPARE(m->rowOfSource(5), -1);
    }

    // Issue 15 item 5: which fields the query's words matched, for the result card's badges.
    void matchedFields_nameTheFieldsThatMatched_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("fields");
        QTest::newRow("none") << "" << 0;
        QTest::newRow("tl;dr") << "robot" << int(SearchQuery::Tldr);
        QTest::newRow("abstract") << "graph" << int(SearchQuery::Abstract);
        QTest::newRow("authors") << "bell" << int(SearchQuery::Authors);
        QTest::newRow("two fields") << "bell robot" << int(SearchQuery::Authors | SearchQuery::Tldr);
        QTest::newRow("field prefix") << "abstract:mention" << int(SearchQuery::Abstract);
        QTest::newRow("excluded words are no reason") << "robot -dunn" << int(SearchQuery::Tldr);
        QTest::newRow("library term only") << "is:unread" << 0;
    }
    void matchedFields_nameTheFieldsThatMatched()
    {
        QFETCH(QString, query);
        QFETCH(int, fields);
        PaperModel papers;
        SearchController controller(&papers);
        papers.setCorpus(CorpusParser::parse("Ana Bell\ntl;dr: Robots learn to walk.\nA long abstract about "
                                             "many things before it finally mentions graphs at the end.\n\n"
                                             "Cy Dunn\ntl;dr: Nothing here.\nAbstract.\n\n",
                                             QStringLiteral("t")).corpus);
        controller.setQueryText(query);
        SearchResultsModel *m = controller.resultsModel();
        QVERIFY(m->rowCount() > 0);
        QCOMPARE(m->index(0).data(PaperRoles::MatchedFieldsRole).toInt(), fields);
    }

    // On the shipped corpus, a paper whose headline shows no hit gets a snippet that does.
    void snippet_alwaysContainsTheHit()
    {
        PaperModel papers;
        SearchController controller(&papers);
        papers.setCorpus(shipped());
        SearchResultsModel *m = controller.resultsModel();
        int snippets = 0;
        for (const QString &q : {QStringLiteral("graph"), QStringLiteral("policy gradient"), QStringLiteral("abstract:robust"),
                                 QStringLiteral("\"neural network\""), QStringLiteral("learn")}) {
            controller.setQueryText(q);
            for (int row = 0; row < m->rowCount(); ++row) {
                const QModelIndex i = m->index(row);
                const int fields = i.data(PaperRoles::MatchedFieldsRole).toInt();
                if (!(fields & SearchQuery::Abstract) || !i.data(PaperRoles::HeadlineMatchesRole).value<QList<int>>().isEmpty())
                    continue;
                QVERIFY2(!i.data(PaperRoles::SnippetMatchesRole).value<QList<int>>().isEmpty(), qPrintable(q));
                ++snippets;
            }
        }
        QVERIFY(snippets > 50);
    }

    void rowSets_applyAfterTheEngine_andAnEqualSetChangesNothing()
    {
        PaperModel papers;
        SearchController controller(&papers);
        papers.setCorpus(shipped());
        QSignalSpy spy(&controller, &SearchController::resultsChanged);
        controller.setQueryText(QStringLiteral("graph"));
        const size_t all = controller.rows().size();
        std::vector<bool> even(size_t(papers.rowCount()));
        for (size_t row = 0; row < even.size(); row += 2)
            even[row] = true;
        QVERIFY(controller.setFacetRows(RowSet(even)));
        QVERIFY(controller.rows().size() < all);
        for (quint32 row : controller.rows())
            QCOMPARE(row % 2, 0u);
        QVERIFY(!controller.setFacetRows(RowSet(even))); // the same rows: nothing runs
        std::vector<bool> low(even.size());
        std::fill(low.begin(), low.begin() + 100, true);
        QVERIFY(controller.setScopeRows(RowSet(low))); // both sets apply
        for (quint32 row : controller.rows())
            QVERIFY(row % 2 == 0 && row < 100);
        QVERIFY(controller.setScopeRows(RowSet::all()));
        QVERIFY(controller.setFacetRows(RowSet::all()));
        QCOMPARE(controller.rows().size(), all);
        QCOMPARE(spy.count(), 5);
    }

    void largeCorpusPath_supersedesRunningQueries()
    {
        PaperModel papers;
        SearchController controller(&papers);
        controller.setAsyncThreshold(1); // force the worker-thread path
        QSignalSpy ready(&controller, &SearchController::indexReady);
        papers.setCorpus(shipped());
        QVERIFY(ready.wait(10000) || ready.count() == 1);
        QSignalSpy changed(&controller, &SearchController::resultsChanged);
        for (const QString &q : {QStringLiteral("g"), QStringLiteral("gr"), QStringLiteral("gra"), QStringLiteral("graph")})
            controller.setQueryText(q);
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_COMPARE(controller.rows().size(),
                     SearchEngine::run(*controller.index(), SearchQuery::parse(u"graph")).rows.size());
        QTest::qWait(50); // no stale result may arrive after the last one
        QCOMPARE(controller.rows().size(),
                 SearchEngine::run(*controller.index(), SearchQuery::parse(u"graph")).rows.size());
    }
};

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
