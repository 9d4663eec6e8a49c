// Query expansion by mined acronyms on a small built corpus: an acronym word also matches its
// expansion as a phrase, an expansion (a phrase or consecutive words) also matches the acronym, and
// through the search controller the matching sets equal SQLite FTS5's — of the query as typed with
// the expansion off, of the expanded query with it on (also over every pair of the shipped corpus).
#include "acronyms/acronymminer.h"
#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"
#include "support/fts5reference.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

const char kCorpus[] =
    "A One\nWe train graph neural networks (GNNs) on molecules.\n\n"
    "B Two\nOur GNN beats the baselines.\n\n"
    "C Three\nA graph neural network for proteins.\n\n"
    "D Four\nNeural graph networks are different.\n\n"
    "E Five\nWe use reinforcement learning (RL) for robots.\n\n"
    "F Six\nOffline RL is hard; reinforcement learners too.\n\n"
    "Gnn Author\nNothing here about graphs.\n\n";

QList<quint32> sorted(const std::vector<quint32> &rows)
{
    QList<quint32> out(rows.begin(), rows.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestAcronymTable : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;
    std::shared_ptr<const AcronymTable> m_table;

private slots:
    void initTestCase()
    {
        m_corpus = CorpusParser::parse(QByteArray(kCorpus), QStringLiteral("small")).corpus;
        QVERIFY(m_corpus);
        m_table = AcronymMiner::mine(*m_corpus);
        QCOMPARE(m_table->pairs().size(), 2);
    }

    void expand_addsAlternatives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expanded");
        QTest::addColumn<QStringList>("notes");
        QTest::newRow("acronym") << "gnn" << R"((gnn* | "graph neural network*"))" << QStringList{u"graph neural network"_qs};
        QTest::newRow("plural acronym") << "GNNs" << R"((gnns* | "graph neural network*"))" << QStringList{u"graph neural network"_qs};
        QTest::newRow("words") << "graph neural networks"
                               << "(graph* | gnn*) (neural* | gnn*) (networks* | gnn*)" << QStringList{u"GNN"_qs};
        QTest::newRow("phrase") << R"("graph neural network")" << R"(("graph neural network" | gnn*))" << QStringList{u"GNN"_qs};
        QTest::newRow("half typed") << "graph neural netw" << "graph* neural* netw*" << QStringList();
        QTest::newRow("excluded") << "-rl robots" << R"(-(rl* | "reinforcement learning*") robots*)"
                                  << QStringList{u"reinforcement learning"_qs};
        QTest::newRow("author field") << "author:gnn" << "author:gnn*" << QStringList();
        QTest::newRow("unknown") << "molecules" << "molecules*" << QStringList();
    }
    void expand_addsAlternatives()
    {
        QFETCH(QString, text);
        QFETCH(QString, expanded);
        QFETCH(QStringList, notes);
        QStringList said;
        QCOMPARE(m_table->expand(SearchQuery::parse(text), &said).toString(), expanded);
        QCOMPARE(said, notes);
    }

    void controller_matchesFts5_withTheExpansionOffAndOn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<quint32>>("off");
        QTest::addColumn<QList<quint32>>("on");
        QTest::newRow("gnn") << "gnn" << QList<quint32>{0, 1, 6} << QList<quint32>{0, 1, 2, 6};
        QTest::newRow("words") << "graph neural network" << QList<quint32>{0, 2, 3} << QList<quint32>{0, 1, 2, 3, 6};
        QTest::newRow("phrase") << R"("graph neural network")" << QList<quint32>{2} << QList<quint32>{0, 1, 2, 6};
        QTest::newRow("excluded") << "-gnn" << QList<quint32>{2, 3, 4, 5} << QList<quint32>{3, 4, 5};
        QTest::newRow("rl") << "rl" << QList<quint32>{4, 5} << QList<quint32>{4, 5};
        QTest::newRow("reinforcement learning") << "reinforcement learning" << QList<quint32>{4} << QList<quint32>{4, 5};
    }
    void controller_matchesFts5_withTheExpansionOffAndOn()
    {
        QFETCH(QString, text);
        QFETCH(QList<quint32>, off);
        QFETCH(QList<quint32>, on);
        PaperModel papers;
        papers.setCorpus(m_corpus);
        SearchController search(&papers);
        QSignalSpy notes(&search, &SearchController::expansionNotesChanged);
        search.setQueryText(text);
        Fts5Reference fts(m_corpus.get());
        QString error;
        QCOMPARE(sorted(search.rows()), off);
        QCOMPARE(fts.rows(SearchQuery::parse(text), &error), off);
        search.setQueryExpander(m_table);
        QCOMPARE(sorted(search.rows()), on);
        QCOMPARE(fts.rows(m_table->expand(SearchQuery::parse(text), nullptr), &error), on);
        QVERIFY(!search.expansionNotes().isEmpty());
        QCOMPARE(notes.size(), 1);
        // The highlighter sees the expansion: the results model holds the expanded query.
        QCOMPARE(search.resultsModel()->query(), m_table->expand(SearchQuery::parse(text), nullptr));
        search.setQueryExpander(nullptr); // the toggle off
        QCOMPARE(sorted(search.rows()), off);
        QVERIFY(search.expansionNotes().isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // Every acronym and every expansion of the shipped corpus as a query: FTS5's set of the query as
    // typed with the expansion off, of the expanded query with it on, and the expansion only adds.
    void shippedCorpus_everyPair_offEqualsFts5_onEqualsFts5OfTheExpansion()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto corpus = CorpusParser::parse(f.readAll(), QStringLiteral("shipped")).corpus;
        QVERIFY(corpus);
        const auto table = AcronymMiner::mine(*corpus);
        PaperModel papers;
        papers.setCorpus(corpus);
        SearchController search(&papers);
        Fts5Reference fts(corpus.get());
        int widened = 0;
        for (const AcronymTable::Pair &p : table->pairs()) {
            for (const QString &text : {p.acronymText, p.expansionText(), u'"' + p.expansionText() + u'"'}) {
                QString error;
                search.setQueryExpander(nullptr);
                search.setQueryText(text);
                const QList<quint32> off = sorted(search.rows());
                QCOMPARE(off, fts.rows(SearchQuery::parse(text), &error));
                search.setQueryExpander(table);
                const QList<quint32> on = sorted(search.rows());
                QCOMPARE(on, fts.rows(table->expand(SearchQuery::parse(text), nullptr), &error));
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY2(std::includes(on.begin(), on.end(), off.begin(), off.end()), qPrintable(text));
                QVERIFY2(!search.expansionNotes().isEmpty(), qPrintable(text));
                widened += on.size() > off.size() ? 1 : 0;
            }
        }
        QVERIFY2(widened > 20, qPrintable(QString::number(widened)));
    }
};

QTEST_GUILESS_MAIN(TestAcronymTable)
#include "tst_acronymtable.moc"
