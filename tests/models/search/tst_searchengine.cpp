// Ranking and ordering of the search engine on small hand-made corpora.
#include "corpus/corpusparser.h"
#include "search/searchengine.h"

#include <QLocale>
#include <QTest>

#include <algorithm>
#include <numeric>

namespace {
std::shared_ptr<const SearchIndex> indexOf(const char *text)
{
    const auto r = CorpusParser::parse(QByteArray(text), QStringLiteral("test"));
    return r.ok() ? SearchIndex::build(r.corpus) : nullptr;
}

QList<quint32> rowsOf(const SearchIndex &index, const QString &text, SortOrder order = SortOrder::Relevance,
                      bool reverse = false)
{
    const SearchResult r = SearchEngine::run(index, SearchQuery::parse(text), order, reverse);
    return QList<quint32>(r.rows.begin(), r.rows.end());
}

const char kCorpus[] =
    "Ada Abstractson, Bo Chen\n"
    "tl;dr: We study optimisation of transformers.\n"
    "Levine appears here only in the abstract of this paper about robots.\n\n"
    "Sergey Levine, Chelsea Finn\n"
    "tl;dr: Robots learn from offline data.\n"
    "We present a robot learning method.\n\n"
    "Carla Tldrsdottir\n"
    "tl;dr: A levine mention in the tl;dr.\n"
    "Nothing relevant in this abstract about robots.\n\n"
    "Émile Zola, Anna Berg, Ö Özil\n"
    "Graph neural networks for molecules; graph neural nets again.\n\n";
} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void largeCorpus_builtInSlices_findsWordsAndPhrasesAcrossTheSliceBoundary_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("modulus");
        QTest::addColumn<int>("remainder");
        QTest::newRow("word") << QStringLiteral("w3") << 7 << 3;
        QTest::newRow("phrase") << QStringLiteral("\"gamma phrase2 delta\"") << 5 << 2;
        QTest::newRow("phrase, last word a prefix") << QStringLiteral("\"beta w4 gam") << 7 << 4;
        QTest::newRow("author") << QStringLiteral("author:malton") << 26 << 11;
        QTest::newRow("tl;dr") << QStringLiteral("tldr:topic1") << 3 << 1;
        QTest::newRow("rare word, a two-byte code") << QStringLiteral("\"delta u500\"") << 997 << 500;
    }
    void largeCorpus_builtInSlices_findsWordsAndPhrasesAcrossTheSliceBoundary()
    {
        QFETCH(QString, query);
        QFETCH(int, modulus);
        QFETCH(int, remainder);
        static const std::shared_ptr<const SearchIndex> index = [] { // 24000 papers: indexed by two workers
            QByteArray text;
            for (int i = 0; i < 24000; ++i)
                text += QStringLiteral("Ann Ma%1ton, Bo Chen\ntl;dr: topic%2 note.\nalpha beta w%3 gamma phrase%4 delta u%5.\n\n")
                            .arg(QChar(u'a' + i % 26)).arg(i % 3).arg(i % 7).arg(i % 5).arg(i % 997).toUtf8();
            const auto r = CorpusParser::parse(text, QStringLiteral("large"));
            return r.ok() ? SearchIndex::build(r.corpus) : nullptr;
        }();
        QVERIFY(index);
        QList<quint32> expected;
        for (quint32 i = 0; i < 24000; ++i) {
            if (int(i % quint32(modulus)) == remainder)
                expected.append(i);
        }
        QCOMPARE(rowsOf(*index, query, SortOrder::CorpusOrder), expected);
    }

    void authorHit_outranksTldrHit_outranksAbstractHit()
    {
        const auto index = indexOf(kCorpus);
        QVERIFY(index);
        QCOMPARE(rowsOf(*index, QStringLiteral("levine")), (QList<quint32>{1, 2, 0}));
    }

    void ties_keepCorpusOrder()
    {
        const auto index = indexOf("A One\nsame words\n\nB Two\nsame words\n\nC Three\nsame words\n\n");
        QCOMPARE(rowsOf(*index, QStringLiteral("same")), (QList<quint32>{0, 1, 2}));
        QCOMPARE(rowsOf(*index, QStringLiteral("same"), SortOrder::Relevance, true), (QList<quint32>{2, 1, 0}));
    }

    void moreOccurrences_rankHigher()
    {
        const auto index = indexOf("A One\nrobots once among many other words here today\n\n"
                                   "B Two\nrobots robots robots and more robots\n\n");
        QCOMPARE(rowsOf(*index, QStringLiteral("robot")), (QList<quint32>{1, 0}));
    }

    void emptyQuery_isEveryPaperInCorpusOrder()
    {
        const auto index = indexOf(kCorpus);
        QCOMPARE(rowsOf(*index, QString()), (QList<quint32>{0, 1, 2, 3}));
        QCOMPARE(rowsOf(*index, QStringLiteral("-robots")), (QList<quint32>{3}));
    }

    void sortOrders_orderTheMatches_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("reverse");
        QTest::addColumn<QList<quint32>>("rows");
        QTest::newRow("corpus") << int(SortOrder::CorpusOrder) << false << QList<quint32>{0, 1, 2, 3};
        QTest::newRow("corpus reversed") << int(SortOrder::CorpusOrder) << true << QList<quint32>{3, 2, 1, 0};
        // Family names: Abstractson, Levine, Tldrsdottir, Zola (É sorts with E, not after Z).
        QTest::newRow("first author") << int(SortOrder::FirstAuthor) << false << QList<quint32>{0, 1, 2, 3};
        QTest::newRow("author count") << int(SortOrder::AuthorCount) << false << QList<quint32>{2, 0, 1, 3};
        QTest::newRow("author count reversed") << int(SortOrder::AuthorCount) << true << QList<quint32>{3, 1, 0, 2};
    }

    void sortOrders_orderTheMatches()
    {
        QFETCH(int, order);
        QFETCH(bool, reverse);
        QFETCH(QList<quint32>, rows);
        const auto index = indexOf(kCorpus);
        QCOMPARE(rowsOf(*index, QString(), SortOrder(order), reverse), rows);
    }

    void firstAuthor_usesTheCollator()
    {
        const auto index = indexOf("Anna Zeta\nx\n\nBo Émile\nx\n\nCy apple\nx\n\nDu Eve\nx\n\n");
        // apple < Émile < Eve < Zeta: case- and accent-aware, not code point order.
        QCOMPARE(rowsOf(*index, QString(), SortOrder::FirstAuthor), (QList<quint32>{2, 1, 3, 0}));
    }

    void cancelledRun_saysSo()
    {
        const auto index = indexOf(kCorpus);
        std::atomic_bool cancel = true;
        const SearchResult r = SearchEngine::run(*index, SearchQuery::parse(u"robot"), SortOrder::Relevance, false, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(SearchIndex::build(index->corpus(), &cancel) == nullptr);
    }

    // Lazy ranking (only the first rows ranked, the rest on demand) must give exactly the eager
    // order and scores: the prefix as it comes, everything after rankAll().
    void lazyRanking_matchesEagerRanking_onRandomQueries()
    {
        static const std::shared_ptr<const SearchIndex> index = [] {
            QByteArray text;
            quint32 seed = 12345;
            auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000; };
            for (int p = 0; p < 9000; ++p) {
                text += "Ann Thor" + QByteArray(1, char('a' + next() % 26)) + "\npaper" + QByteArray::number(p) + ' ';
                for (int w = 0, n = 3 + int(next() % 20); w < n; ++w)
                    text += "w" + QByteArray::number(next() % (w % 3 == 0 ? 7 : 400)) + ' ';
                text += "\n\n";
            }
            return indexOf(text.constData());
        }();
        QVERIFY(index && index->docCount() == 9000);
        quint32 seed = 99;
        auto next = [&seed] { return seed = seed * 1664525u + 1013904223u, seed >> 8; };
        int lazyRuns = 0;
        for (int q = 0; q < 60; ++q) {
            QString text = u"w"_qs + QString::number(next() % (q % 2 ? 10 : 400));
            if (q % 3 == 0)
                text += u" OR w"_qs + QString::number(next() % 40);
            const SearchQuery query = SearchQuery::parse(text);
            const SearchResult eager = SearchEngine::run(*index, query);
            for (size_t first : {size_t(1), size_t(20), size_t(1000)}) {
                SearchResult lazy = SearchEngine::run(*index, query, SortOrder::Relevance, false, nullptr, nullptr,
                                                      nullptr, first);
                QCOMPARE(lazy.rows.size(), eager.rows.size());
                QVERIFY(lazy.rankedCount() >= std::min(first, eager.rows.size()));
                lazyRuns += lazy.unranked > 0;
                const size_t head = lazy.rankedCount();
                QVERIFY(std::equal(lazy.rows.begin(), lazy.rows.begin() + qsizetype(head), eager.rows.begin()));
                QVERIFY(std::is_sorted(lazy.rows.begin() + qsizetype(head), lazy.rows.end()));
                SearchEngine::rankAll(lazy);
                QCOMPARE(lazy.unranked, size_t(0));
                QVERIFY2(lazy.rows == eager.rows, qPrintable(text));
                QVERIFY(lazy.scores == eager.scores);
            }
        }
        QVERIFY(lazyRuns > 10); // the lazy path was taken, not only the eager fallback
    }

    void scores_areParallelToRowsAndDescending()
    {
        const auto index = indexOf(kCorpus);
        const SearchResult r = SearchEngine::run(*index, SearchQuery::parse(u"robot OR graph"));
        QCOMPARE(r.scores.size(), r.rows.size());
        QCOMPARE(r.rows.size(), size_t(4));
        for (size_t i = 1; i < r.scores.size(); ++i)
            QVERIFY(r.scores[i - 1] >= r.scores[i]);
        QVERIFY(r.scores.back() > 0);
    }
    // Small results are insertion-sorted, larger ones radix-sorted: both must give the stable
    // descending order of the scores (ties in corpus order), whatever the size.
    void relevance_isTheStableDescendingOrderOfScores_data()
    {
        QTest::addColumn<int>("papers");
        for (int n : {1, 2, 31, 32, 33, 300, 3000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void relevance_isTheStableDescendingOrderOfScores()
    {
        QFETCH(int, papers);
        QByteArray text;
        for (int i = 0; i < papers; ++i) { // 1 to 4 mentions of "robot", so many ties
            QByteArray name; // "Ab", "Ac", …: a name of letters (digits are not a name)
            for (int v = i; v > 0 || name.isEmpty(); v /= 26)
                name += char('a' + v % 26);
            text += "Author B" + name + "\n";
            for (int k = 0; k <= (i * 7919) % 4; ++k)
                text += "robot ";
            text += "filler" + QByteArray::number(i % 5) + "\n\n";
        }
        const auto index = indexOf(text.constData());
        QVERIFY(index);
        const SearchQuery query = SearchQuery::parse(u"robot");
        const SearchResult inCorpusOrder = SearchEngine::run(*index, query, SortOrder::CorpusOrder);
        const SearchResult ranked = SearchEngine::run(*index, query, SortOrder::Relevance);
        QCOMPARE(ranked.rows.size(), size_t(papers));
        std::vector<size_t> expected(inCorpusOrder.rows.size());
        std::iota(expected.begin(), expected.end(), size_t(0));
        std::stable_sort(expected.begin(), expected.end(), [&](size_t a, size_t b) {
            return inCorpusOrder.scores[a] > inCorpusOrder.scores[b];
        });
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(ranked.rows[i], inCorpusOrder.rows[expected[i]]);
            QCOMPARE(ranked.scores[i], inCorpusOrder.scores[expected[i]]);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
