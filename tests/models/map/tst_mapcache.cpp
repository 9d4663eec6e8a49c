#include "corpus/corpusparser.h"
#include "map/mapbuilder.h"
#include "map/mapcache.h"
#include "map/mappipeline.h"
#include "search/semanticspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray corpusText(int papers, const QByteArray &extra = {})
{
    const QList<QByteArray> topics = {"quantum qubit entanglement photon", "protein enzyme folding peptide",
                                      "glacier sediment erosion moraine"};
    QByteArray out;
    for (int p = 0; p < papers; ++p)
        out += "Ann Mc" + QByteArray(1, char('a' + p % 26)) + QByteArray(1, char('a' + p / 26)) + "\n"
             + topics[p % 3] + " study number " + QByteArray::number(p) + " of the data.\n";
    return out + extra;
}

std::shared_ptr<const Corpus> parse(const QByteArray &text)
{
    auto parsed = CorpusParser::parse(text, u"test"_qs);
    return parsed.ok() ? parsed.corpus : nullptr;
}

// The whole map as one string, so one QCOMPARE shows any difference.
QString flatten(const PaperMap &map)
{
    QStringList out;
    for (qsizetype i = 0; i < map.size(); ++i)
        out << QStringLiteral("%1,%2").arg(map.x[size_t(i)]).arg(map.y[size_t(i)]);
    for (const PaperMap::Level &level : map.levels) {
        QStringList members;
        for (const int m : level.membership)
            members << QString::number(m);
        out << QStringLiteral("level %1: %2").arg(level.resolution).arg(members.join(u' '));
        for (const PaperMap::Cluster &c : level.clusters)
            out << QStringLiteral("%1 [%2] %3 %4,%5").arg(c.label, c.words.join(u'|')).arg(c.size).arg(c.x).arg(c.y);
    }
    return out.join(u'\n');
}
} // namespace

class TestMapCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const auto corpus = parse(corpusText(60));
        QVERIFY(corpus);
        const MapPipeline::Options options;
        const auto built = MapPipeline::build(*corpus, options);
        QVERIFY(built && !built->isEmpty());
        const MapCache cache(dir.path());
        const quint64 key = MapCache::keyOf(*corpus, options);
        QVERIFY(!cache.load(key, corpus->size()));
        QVERIFY(cache.save(key, *built));
        const auto loaded = cache.load(key, corpus->size());
        QVERIFY(loaded);
        QCOMPARE(flatten(*loaded), flatten(*built));
        // The semantic space comes back too, so similar papers can use it after a cached start.
        QVERIFY(loaded->space && built->space);
        QCOMPARE(loaded->space->dimensions(), built->space->dimensions());
        QVERIFY(loaded->space->codes() == built->space->codes());
        // And its self-check's decision and numbers, so a cached map does not re-run it.
        PaperMap checked = *built;
        auto space = SemanticSpace::fromCodes(built->space->codes(), built->space->size(), built->space->dimensions());
        space->setCheck(SimilarityCheck{true, 123, 0.25, 0.5});
        checked.space = space;
        QTemporaryDir other;
        QVERIFY(MapCache(other.path()).save(key, checked));
        const auto reloaded = MapCache(other.path()).load(key, corpus->size());
        QVERIFY(reloaded && reloaded->space);
        QVERIFY(reloaded->space->check().ran && reloaded->space->blends());
        QCOMPARE(reloaded->space->check().queries, 123);
        QCOMPARE(reloaded->space->check().tfidfPrecision, 0.25);
        QCOMPARE(reloaded->space->check().blendPrecision, 0.5);
        QVERIFY(!cache.load(key, corpus->size() + 1)); // another paper count never matches
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
    }

    void keyFollowsContentAndOptions()
    {
        const auto a = parse(corpusText(30));
        const auto same = parse(corpusText(30));
        const auto edited = parse(corpusText(30, "Bea Lo\nglacier moraine permafrost tundra.\n"));
        QByteArray reordered = corpusText(30);
        reordered.replace("study number 1 ", "study number one ");
        const auto changedWord = parse(reordered);
        MapPipeline::Options options;
        const quint64 key = MapCache::keyOf(*a, options);
        QCOMPARE(MapCache::keyOf(*same, options), key);
        QVERIFY(MapCache::keyOf(*edited, options) != key);
        QVERIFY(MapCache::keyOf(*changedWord, options) != key);
        options.neighbours += 1;
        QVERIFY(MapCache::keyOf(*a, options) != key);
    }

    // Damage of every kind reads as "no map", never as a wrong one or a crash.
    void damagedFilesAreIgnored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << u"truncate"_qs;
        QTest::newRow("flipped body byte") << u"flip-body"_qs;
        QTest::newRow("flipped header byte") << u"flip-header"_qs;
        QTest::newRow("empty") << u"empty"_qs;
        QTest::newRow("foreign") << u"foreign"_qs;
        QTest::newRow("extra bytes") << u"append"_qs;
    }
    void damagedFilesAreIgnored()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const auto corpus = parse(corpusText(40));
        const MapPipeline::Options options;
        const auto built = MapPipeline::build(*corpus, options);
        const MapCache cache(dir.path());
        const quint64 key = MapCache::keyOf(*corpus, options);
        QVERIFY(cache.save(key, *built));
        QFile file(cache.pathFor(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        if (damage == u"truncate")
            bytes.chop(bytes.size() / 3);
        else if (damage == u"flip-body")
            bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x40);
        else if (damage == u"flip-header")
            bytes[9] = char(bytes[9] ^ 0x01);
        else if (damage == u"empty")
            bytes.clear();
        else if (damage == u"foreign")
            bytes = QByteArray(4096, 'x');
        else
            bytes += "more";
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        QVERIFY(!cache.load(key, corpus->size()));
    }

    void leastRecentlyUsedAreEvicted()
    {
        QTemporaryDir dir;
        const MapCache cache(dir.path(), 2);
        const MapPipeline::Options options;
        QList<quint64> keys;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int n : {20, 21, 22}) {
            const auto corpus = parse(corpusText(n));
            const auto map = MapPipeline::build(*corpus, options);
            keys << MapCache::keyOf(*corpus, options);
            QVERIFY(cache.save(keys.back(), *map));
            // Used hours apart, oldest first (instead of waiting out the file system's time resolution).
            QFile file(cache.pathFor(keys.back()));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(now.addSecs(3600 * (n - 23)), QFileDevice::FileModificationTime));
        }
        QVERIFY(!QFile::exists(cache.pathFor(keys[0])));
        QVERIFY(QFile::exists(cache.pathFor(keys[1])));
        QVERIFY(QFile::exists(cache.pathFor(keys[2])));
    }

    // The builder reads a kept map instead of building again, and reports it as such.
    void builderUsesTheCache()
    {
        QTemporaryDir dir;
        const auto corpus = parse(corpusText(45));
        MapBuilder builder;
        builder.setCacheFolder(dir.path());
        QSignalSpy ready(&builder, &MapBuilder::ready);
        builder.build(corpus);
        QVERIFY(ready.wait(30000));
        const auto first = ready.takeFirst().at(0).value<std::shared_ptr<const PaperMap>>();
        QVERIFY(first && !first->isEmpty());
        QVERIFY(first->timings.size() > 1);
        builder.build(corpus);
        QVERIFY(ready.wait(30000));
        const auto second = ready.takeFirst().at(0).value<std::shared_ptr<const PaperMap>>();
        QCOMPARE(second->timings.size(), size_t(1));
        QCOMPARE(second->timings.front().stage, u"cache"_qs);
        QCOMPARE(flatten(*second), flatten(*first));
    }
};

QTEST_GUILESS_MAIN(TestMapCache)
#include "tst_mapcache.moc"
