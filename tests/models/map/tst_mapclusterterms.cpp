// The query term cluster:N / cluster:L.N (issue 14): parsed forgivingly, evaluated against the map's
// cluster assignment, combinable with words, negation and OR; without a map it matches nothing.
#include "corpus/corpusparser.h"
#include "map/mapclusterterms.h"
#include "search/searchengine.h"
#include "search/searchindex.h"

#include <QTest>

#include <set>

class TestMapClusterTerms : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;
    std::shared_ptr<const SearchIndex> m_index;
    MapClusterTerms m_terms;

    std::set<quint32> run(const QString &text, const ClusterTerms *terms) const
    {
        const SearchQuery query = SearchQuery::parse(text);
        const LibraryRows rows = LibraryRows::resolve(query, nullptr, terms);
        const SearchResult r = SearchEngine::run(*m_index, query, SortOrder::CorpusOrder, false, nullptr, &rows);
        return {r.rows.begin(), r.rows.end()};
    }
    // Brute force: the rows whose cluster at `level` is `id`, optionally with the word "graph".
    std::set<quint32> expected(int level, int id, bool graphOnly = false) const
    {
        std::set<quint32> out;
        for (quint32 i = 0; i < quint32(m_corpus->size()); ++i)
            if (m_terms.map()->levels[size_t(level)].membership[i] == id && (!graphOnly || i % 3 == 0))
                out.insert(i);
        return out;
    }

private slots:
    void initTestCase()
    {
        QByteArray text;
        for (int i = 0; i < 60; ++i)
            text += "Ann Lee\ntl;dr: Paper " + QByteArray::number(i) + ".\nAbstract " + (i % 3 == 0 ? "graph " : "tree ")
                    + QByteArray::number(i) + ".\n";
        m_corpus = CorpusParser::parse(text, QStringLiteral("sixty")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 60);
        m_index = SearchIndex::build(m_corpus);
        // Two levels: four clusters by i % 4, and two by i % 2; paper 59 unclustered at the first.
        auto map = std::make_shared<PaperMap>();
        map->x.assign(60, 0.5f);
        map->y.assign(60, 0.5f);
        for (int l = 0; l < 2; ++l) {
            PaperMap::Level level;
            const int k = l == 0 ? 4 : 2;
            for (int i = 0; i < 60; ++i)
                level.membership.push_back(l == 0 && i == 59 ? PaperMap::kUnclustered : i % k);
            for (int c = 0; c < k; ++c)
                level.clusters.push_back({QStringLiteral("topic %1.%2").arg(l).arg(c), {}, 15, 0.5f, 0.5f});
            map->levels.push_back(level);
        }
        m_terms.setMap(map);
    }

    void parse_readsBothForms_andIgnoresWhatIsNotAClusterYet()
    {
        const SearchQuery q = SearchQuery::parse(u"cluster:3 -cluster:2.1 cluster: cluster:x cluster:2. cluster:0.4"_qs);
        QCOMPARE(q.toString(), u"cluster:1.3 -cluster:2.1"_qs);
        QCOMPARE(q.clauses[0].alternatives[0].library, SearchQuery::Library::Cluster);
        QCOMPARE(q.clauses[0].alternatives[0].clusterLevel, 0);
        QCOMPARE(q.clauses[1].alternatives[0].clusterId, 1);
        QVERIFY(q.hasLibraryTerms());
        const QList<SearchQuery::LibrarySpan> spans = SearchQuery::librarySpans(u"graph cluster:2.1"_qs);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans[0].start, 6);
        QCOMPARE(spans[0].length, 11);
    }

    void evaluation_matchesTheMapsAssignment()
    {
        QCOMPARE(run(u"cluster:1"_qs, &m_terms), expected(0, 1));
        QCOMPARE(run(u"cluster:1.3"_qs, &m_terms), expected(0, 3)); // 59 is unclustered: not in 3
        QVERIFY(!run(u"cluster:1.3"_qs, &m_terms).count(59));
        QCOMPARE(run(u"cluster:2.1"_qs, &m_terms), expected(1, 1));
        QCOMPARE(run(u"graph cluster:2"_qs, &m_terms), expected(0, 2, true));
        std::set<quint32> either = expected(0, 0);
        either.merge(expected(0, 1));
        QCOMPARE(run(u"cluster:0 OR cluster:1"_qs, &m_terms), either);
        std::set<quint32> rest = expected(1, 0);
        QCOMPARE(run(u"-cluster:2.1"_qs, &m_terms), rest);
        QVERIFY(run(u"cluster:9"_qs, &m_terms).empty()); // no such cluster
        QVERIFY(run(u"cluster:4.0"_qs, &m_terms).empty()); // no such level
        QCOMPARE(m_terms.label(1, 1), u"topic 1.1"_qs);
        QVERIFY(m_terms.label(0, 9).isEmpty());
    }

    void withoutAMap_theTermMatchesNothing()
    {
        MapClusterTerms none;
        QVERIFY(!none.isReady());
        QVERIFY(run(u"cluster:1"_qs, &none).empty());
        QVERIFY(run(u"cluster:1"_qs, nullptr).empty());
        QCOMPARE(run(u"-cluster:1"_qs, nullptr).size(), size_t(60)); // excluding nothing keeps all
        QVERIFY(!LibraryRows::resolve(SearchQuery::parse(u"cluster:1"_qs), nullptr, &none).mapReady);
        QVERIFY(LibraryRows::resolve(SearchQuery::parse(u"cluster:1"_qs), nullptr, &m_terms).mapReady);
        auto empty = std::make_shared<PaperMap>();
        empty->emptyReason = u"Too few papers"_qs;
        none.setMap(empty);
        QVERIFY(!none.isReady());
        QVERIFY(run(u"cluster:0"_qs, &none).empty());
    }
};

QTEST_MAIN(TestMapClusterTerms)
#include "tst_mapclusterterms.moc"
