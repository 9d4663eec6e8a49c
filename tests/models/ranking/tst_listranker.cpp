#include "corpus/corpusparser.h"
#include "library/librarystore.h"
#include "ranking/listranker.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/similarityindex.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The ranker behind Sort ▸ Like “LIST”: it trains off the GUI thread when the list or its votes
// change (not for a star), hides the list and its votes, and the engine sorts by its scores.
class TestListRanker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    std::shared_ptr<const SimilarityIndex> m_index;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(parsed.ok());
        m_corpus = parsed.corpus;
        m_index = SimilarityIndex::build(m_corpus);
    }

    void trains_hides_andRetrainsOnVotesOnly()
    {
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(u"a.sqlite"_qs)));
        QVERIFY(store.addToList(u"l"_qs, {LibraryStore::paperFrom(*m_corpus, 3), LibraryStore::paperFrom(*m_corpus, 5)}));
        ListRanker ranker;
        QSignalSpy ranked(&ranker, &ListRanker::ranked);
        ranker.setStore(&store);
        ranker.setIndex(m_index);
        QVERIFY(!ranker.scores());
        ranker.setList(u"l"_qs);
        QVERIFY(!ranker.candidates().contains(3) && !ranker.candidates().contains(5) && ranker.candidates().contains(4));
        QTRY_VERIFY(ranker.scores());
        QCOMPARE(ranker.scores()->size(), size_t(m_corpus->size()));
        QCOMPARE(ranker.positiveCount(), 2);
        QCOMPARE(ranker.topWords().size(), 8);
        const int trainings = int(ranked.count());

        QVERIFY(store.setBookmarked({LibraryStore::paperFrom(*m_corpus, 9)}, true)); // nothing to learn
        QVERIFY(!ranker.isTraining());
        QCOMPARE(int(ranked.count()), trainings);

        QVERIFY(store.setNotRelevant(u"l"_qs, {LibraryStore::paperFrom(*m_corpus, 4)}, true));
        QVERIFY(!ranker.candidates().contains(4));
        QCOMPARE(ranker.voteCount(), 1);
        QTRY_VERIFY(ranked.count() > trainings && ranker.scores());

        ranker.setList(QString());
        QVERIFY(!ranker.scores());
        QVERIFY(ranker.candidates().isAll());
    }

    void listWithoutPapersInTheCorpus_trainsNothing()
    {
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(u"b.sqlite"_qs)));
        QVERIFY(store.addToList(u"elsewhere"_qs, {{u"not-in-this-corpus"_qs, u"A"_qs, u"T"_qs}}));
        ListRanker ranker;
        ranker.setStore(&store);
        ranker.setIndex(m_index);
        ranker.setList(u"elsewhere"_qs);
        QVERIFY(!ranker.isTraining());
        QVERIFY(!ranker.scores());
        QCOMPARE(ranker.positiveCount(), 0);
    }

    void likenessSort_isByScoreDescending_negativesIncluded()
    {
        const auto index = SearchIndex::build(m_corpus);
        std::vector<float> likeness(size_t(m_corpus->size()), 0.f);
        likeness[7] = 2.5f;
        likeness[2] = -0.25f;
        likeness[4] = -3.f;
        likeness[9] = 0.5f;
        for (size_t i = 10; i < likeness.size(); ++i)
            likeness[i] = -1.f;
        const SearchResult r = SearchEngine::run(*index, SearchQuery::parse(u""_qs), SortOrder::Likeness, false,
                                                 nullptr, nullptr, &likeness);
        QCOMPARE(r.rows.size(), likeness.size());
        const std::vector<quint32> head(r.rows.begin(), r.rows.begin() + 9);
        QCOMPARE(head, (std::vector<quint32>{7, 9, 0, 1, 3, 5, 6, 8, 2}));
        QCOMPARE(r.rows.back(), 4u);
        // Without scores (not trained yet) it is the relevance order.
        const SearchResult plain = SearchEngine::run(*index, SearchQuery::parse(u"graph"_qs), SortOrder::Likeness);
        QCOMPARE(plain.rows, SearchEngine::run(*index, SearchQuery::parse(u"graph"_qs)).rows);
    }
};

QTEST_GUILESS_MAIN(TestListRanker)
#include "tst_listranker.moc"
