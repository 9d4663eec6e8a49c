// The query terms on fields of formats that carry them (title, venue, category, keyword, DOI,
// year) on hand-made corpora: what matches, how titles rank, and that titles are highlighted.
#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "search/searchengine.h"
#include "search/searchresultsmodel.h"
#include "support/metadatacorpus.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
CorpusBuilder::Fields paper(const QString &title, const QString &tldr, const QString &abstract, int year = 0)
{
    CorpusBuilder::Fields f;
    f.authors = {QStringLiteral("Ann Lee")};
    f.title = title;
    f.tldr = tldr;
    f.abstract = abstract;
    f.year = year;
    return f;
}

std::shared_ptr<const Corpus> corpus()
{
    CorpusBuilder::Fields a = paper(QStringLiteral("Robots in the wild"), QStringLiteral("We study walking."),
                                    QStringLiteral("Legged machines."), 2019);
    a.venue = QStringLiteral("ICLR");
    a.categories = {QStringLiteral("cs.RO"), QStringLiteral("cs.LG")};
    a.keywords = {QStringLiteral("locomotion")};
    a.doi = QStringLiteral("10.1000/abc.1");
    CorpusBuilder::Fields b = paper(QStringLiteral("Walking machines"), QStringLiteral("Robots learn to walk."),
                                    QStringLiteral("A study."), 2015);
    b.venue = QStringLiteral("NeurIPS");
    b.categories = {QStringLiteral("cs.LG")};
    CorpusBuilder::Fields c = paper(QString(), QStringLiteral("No title here."), QStringLiteral("About robots."), 2021);
    c.keywords = {QStringLiteral("robots"), QStringLiteral("graph neural networks")};
    return MetadataCorpus::build({a, b, c});
}

QList<quint32> rowsOf(const SearchIndex &index, const QString &text, SortOrder order = SortOrder::CorpusOrder)
{
    const SearchResult r = SearchEngine::run(index, SearchQuery::parse(text), order);
    return QList<quint32>(r.rows.begin(), r.rows.end());
}
} // namespace

class TestMetadataSearch : public QObject
{
    Q_OBJECT

private slots:
    void fieldTerms_matchTheirField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<quint32>>("rows");
        QTest::newRow("title") << "title:robot" << QList<quint32>{0};
        QTest::newRow("t") << "t:walk" << QList<quint32>{1};
        QTest::newRow("title phrase") << "title:\"in the wild\"" << QList<quint32>{0};
        QTest::newRow("unrestricted reaches titles and keywords") << "robot" << QList<quint32>{0, 1, 2};
        QTest::newRow("venue") << "venue:iclr" << QList<quint32>{0};
        QTest::newRow("venue is not searched unasked") << "neurips" << QList<quint32>{};
        QTest::newRow("category") << "cat:cs.LG" << QList<quint32>{0, 1};
        QTest::newRow("category prefix") << "category:cs.r" << QList<quint32>{0};
        QTest::newRow("keyword phrase") << "keyword:\"graph neural\"" << QList<quint32>{2};
        QTest::newRow("doi") << "doi:10.1000/abc.1" << QList<quint32>{0};
        QTest::newRow("year") << "year:2019" << QList<quint32>{0};
        QTest::newRow("year range") << "year:2015..2019" << QList<quint32>{0, 1};
        QTest::newRow("year open") << "year:2016.." << QList<quint32>{0, 2};
        QTest::newRow("year excluded") << "robot -year:2019" << QList<quint32>{1, 2};
        QTest::newRow("year and word") << "year:2015..2021 cat:cs" << QList<quint32>{0, 1};
        QTest::newRow("excluded title") << "robot -title:robot" << QList<quint32>{1, 2};
    }
    void fieldTerms_matchTheirField()
    {
        QFETCH(QString, query);
        QFETCH(QList<quint32>, rows);
        const auto index = SearchIndex::build(corpus());
        QCOMPARE(rowsOf(*index, query), rows);
    }

    void titleHit_ranksAboveTldrHit()
    {
        const auto index = SearchIndex::build(corpus());
        // "walk": paper 1 has it in its title and tl;dr, paper 0 only in its tl;dr.
        QCOMPARE(rowsOf(*index, QStringLiteral("walking"), SortOrder::Relevance), (QList<quint32>{1, 0}));
        // "robots": paper 0 in its title, paper 1 in its tl;dr only.
        QCOMPARE(rowsOf(*index, QStringLiteral("title:robots OR tldr:robots"), SortOrder::Relevance).mid(0, 2),
                 (QList<quint32>{0, 1}));
    }

    void nativeCorpus_fieldTermsMatchNothing_wordsStillMatch()
    {
        const auto index = SearchIndex::build(CorpusParser::parse("Ann Lee\ntl;dr: Robots.\nAbstract.\n", {}).corpus);
        QVERIFY(!index->metadata());
        QCOMPARE(rowsOf(*index, QStringLiteral("title:robots")), QList<quint32>{});
        QCOMPARE(rowsOf(*index, QStringLiteral("year:2019")), QList<quint32>{});
        QCOMPARE(rowsOf(*index, QStringLiteral("robots")), QList<quint32>{0});
    }

    void titles_areHighlightedInTheHeadline()
    {
        PaperModel papers;
        SearchController controller(&papers);
        QAbstractItemModelTester tester(controller.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        papers.setCorpus(corpus());
        controller.setQueryText(QStringLiteral("title:wild"));
        QTRY_COMPARE(controller.resultsModel()->rowCount(), 1);
        const QModelIndex first = controller.resultsModel()->index(0);
        QCOMPARE(first.data(PaperRoles::HeadlineRole).toString(), QStringLiteral("Robots in the wild"));
        QCOMPARE(first.data(PaperRoles::HeadlineMatchesRole).value<QList<int>>(), (QList<int>{14, 4}));
    }
};

QTEST_GUILESS_MAIN(TestMetadataSearch)
#include "tst_metadatasearch.moc"
