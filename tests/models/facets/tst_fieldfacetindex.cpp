// The metadata facets' index (year, category, venue, keyword): counts against brute-force recounts
// from the corpus over random result sets, value lookup with category groups and year ranges, and
// an empty index (a hidden facet) for a corpus without the field.
#include "corpus/corpusparser.h"
#include "facets/fieldfacetindex.h"
#include "support/metadatacorpus.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <map>

class TestFieldFacetIndex : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_corpus = MetadataCorpus::generate(f.readAll(), 3000, 9);
    }

    void counts_equalBruteForceRecounts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("year") << int(FieldFacetIndex::Kind::Year);
        QTest::newRow("category") << int(FieldFacetIndex::Kind::Category);
        QTest::newRow("venue") << int(FieldFacetIndex::Kind::Venue);
        QTest::newRow("keyword") << int(FieldFacetIndex::Kind::Keyword);
    }
    void counts_equalBruteForceRecounts()
    {
        QFETCH(int, kind);
        const auto k = FieldFacetIndex::Kind(kind);
        const FieldFacetIndex index(*m_corpus, k);
        QVERIFY(!index.isEmpty());
        QRandomGenerator rng(quint32(kind) + 1);
        for (int round = 0; round < 20; ++round) {
            std::vector<quint32> rows;
            const quint32 keep = rng.bounded(100) + 1; // percent of the corpus in the result set
            for (quint32 r = 0; r < quint32(m_corpus->size()); ++r) {
                if (rng.bounded(100u) < keep)
                    rows.push_back(r);
            }
            std::map<QString, quint32> expected;
            for (quint32 r : rows) {
                QStringList seen;
                for (const QString &v : MetadataCorpus::fieldValues(*m_corpus, r, k)) {
                    if (!seen.contains(v, Qt::CaseInsensitive))
                        ++expected[v.toCaseFolded()];
                    seen << v;
                }
            }
            const std::vector<quint32> counts = index.count(rows);
            std::map<QString, quint32> actual;
            for (qsizetype id = 0; id < index.valueCount(); ++id) {
                if (counts[size_t(id)])
                    actual[index.value(id).toCaseFolded()] = counts[size_t(id)];
            }
            QCOMPARE(actual, expected);
        }
    }

    void years_areInOrder_andRangesMatch()
    {
        const FieldFacetIndex years(*m_corpus, FieldFacetIndex::Kind::Year);
        for (qsizetype id = 1; id < years.valueCount(); ++id)
            QVERIFY(years.value(id - 1).toInt() < years.value(id).toInt());
        QCOMPARE(years.matchingValues(QStringLiteral("2015..2017")).size(), size_t(3));
        QCOMPARE(years.matchingValues(QStringLiteral("2019")).size(), size_t(1));
        QVERIFY(years.matchingValues(QStringLiteral("1901")).empty());
    }

    void categoryGroup_matchesItsCategories()
    {
        const FieldFacetIndex cats(*m_corpus, FieldFacetIndex::Kind::Category);
        QStringList group;
        for (quint32 id : cats.matchingValues(QStringLiteral("CS")))
            group << cats.value(id);
        group.sort();
        QCOMPARE(group, (QStringList{QStringLiteral("cs.CL"), QStringLiteral("cs.CV"), QStringLiteral("cs.LG")}));
        QCOMPARE(cats.matchingValues(QStringLiteral("q-bio.nc")).size(), size_t(1));
    }

    void nativeCorpus_givesEmptyFacets()
    {
        const auto native = CorpusParser::parse("Ann Lee\nAbs.\n", {}).corpus;
        for (auto k : {FieldFacetIndex::Kind::Year, FieldFacetIndex::Kind::Category, FieldFacetIndex::Kind::Venue,
                       FieldFacetIndex::Kind::Keyword}) {
            const FieldFacetIndex index(*native, k);
            QVERIFY(index.isEmpty());
            QVERIFY(index.valuesOf(0).empty());
            QCOMPARE(index.count(std::vector<quint32>{0}).size(), size_t(0));
        }
    }

    void parseKind_knowsTheFacets()
    {
        FieldFacetIndex::Kind k;
        QVERIFY(FieldFacetIndex::parseKind(QStringLiteral("Year"), &k) && k == FieldFacetIndex::Kind::Year);
        QVERIFY(FieldFacetIndex::parseKind(QStringLiteral("keyword"), &k) && k == FieldFacetIndex::Kind::Keyword);
        QVERIFY(!FieldFacetIndex::parseKind(QStringLiteral("author"), &k));
    }
};

QTEST_GUILESS_MAIN(TestFieldFacetIndex)
#include "tst_fieldfacetindex.moc"
