#include "corpus/corpusparser.h"
#include "map/mapjson.h"
#include "map/mappipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

namespace {
const QStringList kTopics[] = {
    {u"quantum"_qs, u"qubit"_qs, u"entanglement"_qs, u"photon"_qs, u"decoherence"_qs, u"superposition"_qs},
    {u"protein"_qs, u"enzyme"_qs, u"folding"_qs, u"peptide"_qs, u"ligand"_qs, u"residue"_qs},
    {u"glacier"_qs, u"sediment"_qs, u"erosion"_qs, u"moraine"_qs, u"permafrost"_qs, u"tundra"_qs},
};
const QStringList kFiller = {u"model"_qs, u"data"_qs, u"analysis"_qs, u"method"_qs, u"measure"_qs,
                             u"study"_qs, u"sample"_qs, u"signal"_qs, u"value"_qs, u"system"_qs};

// A distinct author name without digits (the parser knows author lines by their names).
QByteArray name(int i)
{
    QByteArray letters;
    do {
        letters += char('a' + i % 26);
        i /= 26;
    } while (i > 0);
    return "Ann Mc" + letters;
}

// Papers of planted topics: each abstract draws topic words from its topic and filler words
// every topic shares, seeded.
QByteArray plantedCorpus(int perTopic, QList<int> &topicOf)
{
    QRandomGenerator rng(3);
    QByteArray out;
    for (int p = 0; p < perTopic * 3; ++p) {
        const int topic = p % 3;
        topicOf.append(topic);
        QStringList words;
        for (int w = 0; w < 8; ++w)
            words.append(kTopics[topic].at(rng.bounded(6)));
        for (int w = 0; w < 8; ++w)
            words.append(kFiller.at(rng.bounded(int(kFiller.size()))));
        out += name(p) + "\n" + words.join(u' ').toUtf8() + ".\n";
    }
    return out;
}

std::shared_ptr<const PaperMap> mapOf(const QByteArray &text)
{
    const auto parsed = CorpusParser::parse(text, u"test"_qs);
    return parsed.ok() ? MapPipeline::build(*parsed.corpus, MapPipeline::Options()) : nullptr;
}
} // namespace

class TestMapPipeline : public QObject
{
    Q_OBJECT

private slots:
    void plantedTopics_landInSeparateClustersNamedByTheirWords()
    {
        QList<int> topicOf;
        const auto map = mapOf(plantedCorpus(40, topicOf));
        QVERIFY(map && !map->isEmpty());
        const PaperMap::Level &level = map->levels.at(size_t(map->overviewLevel()));
        std::map<int, std::set<int>> topicsOfCluster;
        for (qsizetype i = 0; i < map->size(); ++i)
            topicsOfCluster[level.membership[size_t(i)]].insert(topicOf[i]);
        for (const auto &[cluster, topics] : topicsOfCluster)
            QCOMPARE(int(topics.size()), 1); // no cluster mixes topics
        for (const auto &[cluster, topics] : topicsOfCluster) {
            const QStringList &planted = kTopics[*topics.begin()];
            for (const QString &word : level.clusters.at(size_t(cluster)).words)
                QVERIFY2(planted.contains(word), qPrintable(level.clusters.at(size_t(cluster)).label));
            QVERIFY(!level.clusters.at(size_t(cluster)).words.isEmpty());
        }
    }

    void sameCorpus_givesTheSameMap()
    {
        QList<int> topicOf;
        const QByteArray text = plantedCorpus(20, topicOf);
        const auto a = mapOf(text), b = mapOf(text);
        QVERIFY(a && b && !a->isEmpty());
        QVERIFY(a->x == b->x);
        QVERIFY(a->y == b->y);
        QCOMPARE(a->levels.size(), b->levels.size());
        for (size_t l = 0; l < a->levels.size(); ++l)
            QVERIFY(a->levels[l].membership == b->levels[l].membership);
    }

    void degenerateCorpus_givesAnEmptyMapWithAReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("one paper") << QByteArray("Ann A\nA study of glaciers and sediment.\n");
        QTest::newRow("two papers") << QByteArray("Ann A\nGlaciers and sediment.\nBob B\nProteins fold.\n");
        QByteArray same;
        for (int i = 0; i < 12; ++i)
            same += name(i) + "\nThe very same abstract about glaciers and sediment.\n";
        QTest::newRow("identical abstracts") << same;
        QByteArray empty;
        for (int i = 0; i < 12; ++i)
            empty += name(i) + "\n\n" + name(i + 100) + "\nWe propose a new approach.\n";
        QTest::newRow("empty abstracts") << empty;
    }

    void degenerateCorpus_givesAnEmptyMapWithAReason()
    {
        QFETCH(QByteArray, text);
        QVERIFY(CorpusParser::parse(text, u"test"_qs).ok());
        const auto map = mapOf(text);
        QVERIFY(map);
        QVERIFY(map->isEmpty());
        QVERIFY(!map->emptyReason.isEmpty());
        const auto parsed = CorpusParser::parse(text, u"test"_qs);
        const QJsonObject json = QJsonDocument::fromJson(MapJson::toJson(*parsed.corpus, *map)).object();
        QCOMPARE(json.value(u"papers"_qs).toArray().size(), 0);
        QCOMPARE(json.value(u"empty"_qs).toString(), map->emptyReason);
    }

    void hostileFields_andAHugeAuthorList_mapAsPlainText()
    {
        QList<int> topicOf;
        QByteArray text = plantedCorpus(10, topicOf);
        QStringList authors;
        for (int a = 0; a < 5000; ++a)
            authors.append(QString::fromUtf8(name(a)));
        text += authors.join(u", "_qs).toUtf8() + "\n<script>alert('quantum')</script> <b onmouseover=x>qubit</b>"
                " &lt;img src=x&gt; entanglement photon.\n";
        const auto map = mapOf(text);
        QVERIFY(map && !map->isEmpty());
        QVERIFY(map->size() >= 30); // the planted papers and the hostile one (however its lines split)
        for (const PaperMap::Level &level : map->levels)
            for (const PaperMap::Cluster &c : level.clusters)
                for (const QString &word : c.words)
                    QVERIFY2(!word.contains(u'<') && !word.contains(u'&'), qPrintable(word));
    }

    void json_listsEveryPaperAndTheOverviewClusters()
    {
        QList<int> topicOf;
        const QByteArray text = plantedCorpus(10, topicOf);
        const auto parsed = CorpusParser::parse(text, u"test"_qs);
        const auto map = MapPipeline::build(*parsed.corpus, MapPipeline::Options());
        const QJsonObject json = QJsonDocument::fromJson(MapJson::toJson(*parsed.corpus, *map)).object();
        const QJsonArray papers = json.value(u"papers"_qs).toArray();
        QCOMPARE(papers.size(), 30);
        QCOMPARE(papers.at(0).toObject().value(u"id"_qs).toString(), parsed.corpus->id(0));
        const QJsonArray clusters = json.value(u"clusters"_qs).toArray();
        QCOMPARE(clusters.size(), qsizetype(map->levels.front().clusters.size()));
        int total = 0;
        for (const QJsonValue &c : clusters)
            total += c.toObject().value(u"size"_qs).toInt();
        QCOMPARE(total, 30);
    }

    void cancelled_givesNoMap()
    {
        QList<int> topicOf;
        const auto parsed = CorpusParser::parse(plantedCorpus(10, topicOf), u"test"_qs);
        const std::atomic<bool> cancelled{true};
        QVERIFY(!MapPipeline::build(*parsed.corpus, MapPipeline::Options(), {}, &cancelled));
    }

    // Cancelled while each stage runs (as when the window closes or opens another corpus while the
    // map is built): no map and no crash. igraph 0.10.2 crashed freeing its cleanup stack when its
    // Leiden loop was interrupted, so igraph itself is never interrupted.
    void cancelledDuringAStage_givesNoMap_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *stage : {"lsa", "knn", "layout", "clusters", "labels"})
            QTest::newRow(stage) << QString::fromLatin1(stage);
    }
    void cancelledDuringAStage_givesNoMap()
    {
        QFETCH(QString, stage);
        QList<int> topicOf;
        const auto parsed = CorpusParser::parse(plantedCorpus(60, topicOf), u"test"_qs);
        for (int repeat = 0; repeat < 3; ++repeat) {
            std::atomic<bool> cancelled{false};
            const auto map = MapPipeline::build(*parsed.corpus, MapPipeline::Options(),
                                                [&](int, const QString &name) {
                                                    if (name == stage)
                                                        cancelled = true;
                                                }, &cancelled);
            QVERIFY(!map);
        }
        QVERIFY(mapOf(plantedCorpus(20, topicOf))); // igraph still works afterwards
    }
};

QTEST_GUILESS_MAIN(TestMapPipeline)
#include "tst_mappipeline.moc"
