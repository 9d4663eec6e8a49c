#include "corpus/corpusparser.h"
#include "map/mappipeline.h"
#include "search/semanticspace.h"
#include "search/similarityindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

namespace {
// A distinct word of letters for every index (topic words, filler words, author names).
QByteArray word(int i)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    QByteArray w;
    for (int k = 0; k < 4; ++k, i /= 70) {
        w += consonants[i % 70 / 5];
        w += vowels[i % 5];
    }
    return w;
}

// 3 planted topics of 30 words each; a paper has 4 words of its topic among 12 drawn from 200
// filler words every topic shares, so two papers of a topic seldom share a topic word: what
// co-occurrence (the semantic space) sees and shared terms alone often miss.
QByteArray plantedCorpus(int papers, QList<int> &topicOf)
{
    QRandomGenerator rng(29);
    QByteArray out;
    for (int p = 0; p < papers; ++p) {
        const int topic = p % 3;
        topicOf.append(topic);
        QByteArrayList words;
        for (int w = 0; w < 12; ++w)
            words.append(word(1000 + rng.bounded(200)));
        for (int w = 0; w < 4; ++w)
            words.insert(rng.bounded(int(words.size())), word(topic * 30 + rng.bounded(30)));
        out += "Ann Mc" + word(5000 + p) + "\n" + words.join(' ') + ".\n";
    }
    return out;
}

struct Planted
{
    QList<int> topicOf;
    std::shared_ptr<const Corpus> corpus;
    std::shared_ptr<const SimilarityIndex> index;
    std::shared_ptr<const PaperMap> map;
};

Planted planted(int papers)
{
    Planted p;
    p.corpus = CorpusParser::parse(plantedCorpus(papers, p.topicOf), u"planted"_qs).corpus;
    p.index = SimilarityIndex::build(p.corpus);
    p.map = MapPipeline::build(*p.corpus, MapPipeline::Options());
    return p;
}

// Of each paper's 5 similar papers, the share of its topic.
double precision(const Planted &p, const std::function<QList<SimilarityIndex::Match>(qsizetype)> &similar)
{
    int hits = 0, all = 0;
    for (qsizetype row = 0; row < p.corpus->size(); ++row)
        for (const SimilarityIndex::Match &m : similar(row)) {
            hits += p.topicOf[m.row] == p.topicOf[row];
            ++all;
        }
    return all ? double(hits) / all : 0;
}
} // namespace

class TestSemanticSpace : public QObject
{
    Q_OBJECT

private slots:
    void map_keepsItsSpace_oneUnitVectorPerPaper()
    {
        const Planted p = planted(600);
        QVERIFY(p.map && !p.map->isEmpty() && p.map->space);
        QCOMPARE(p.map->space->size(), p.corpus->size());
        QVERIFY(p.map->space->dimensions() > 0);
        for (qsizetype row = 0; row < p.corpus->size(); row += 7)
            QVERIFY(std::abs(p.map->space->cosine(row, row) - 1.f) < 0.01f);
    }

    void moreLikeThese_ofOneTopic_returnsThatTopic_neverTheSelected()
    {
        const Planted p = planted(600);
        for (int topic = 0; topic < 3; ++topic) {
            const QList<qsizetype> selected{topic, topic + 3, topic + 6, topic + 9};
            const QList<SimilarityIndex::Match> matches = p.map->space->similarToAll(*p.index, selected, 10);
            QCOMPARE(matches.size(), 10);
            for (qsizetype i = 0; i < matches.size(); ++i) {
                const SimilarityIndex::Match &m = matches[i];
                QVERIFY2(p.topicOf[m.row] == topic, qPrintable(QString::number(m.row)));
                QVERIFY(!selected.contains(m.row));
                QVERIFY(m.score > 0 && m.score <= 1);
                QVERIFY(i == 0 || matches[i - 1].score >= m.score);
                QVERIFY(!m.sharedTerms.isEmpty()); // tf-idf's explanation is kept
                for (const QString &term : m.sharedTerms)
                    QVERIFY(p.index->terms(m.row).contains(term));
            }
        }
    }

    // Not worse than tf-idf alone here; where it is better and where worse is the bench's table
    // (skimmer-similarity-bench --quality, README "Reading").
    void blend_findsAtLeastAsMuchOfTheTopicAsTfidf()
    {
        const Planted p = planted(600);
        const double tfidf = precision(p, [&](qsizetype row) { return p.index->similar(row, 5); });
        const double blend = precision(p, [&](qsizetype row) { return p.map->space->similar(*p.index, row, 5); });
        qInfo("precision@5: tf-idf %.3f, blend %.3f", tfidf, blend);
        QVERIFY2(blend >= tfidf, qPrintable(QStringLiteral("%1 vs %2").arg(blend).arg(tfidf)));
        for (qsizetype row = 0; row < p.corpus->size(); ++row)
            for (const SimilarityIndex::Match &m : p.map->space->similar(*p.index, row, 5))
                QVERIFY(m.row != row);
    }

    void sameInput_sameList()
    {
        const Planted a = planted(90), b = planted(90);
        for (qsizetype row = 0; row < a.corpus->size(); row += 5) {
            const auto x = a.map->space->similar(*a.index, row, 5), y = b.map->space->similar(*b.index, row, 5);
            QCOMPARE(x.size(), y.size());
            for (qsizetype i = 0; i < x.size(); ++i)
                QCOMPARE(x[i].row, y[i].row);
        }
    }

    void quantisedCosines_areWithinAHundredth()
    {
        std::vector<float> rows{0.6f, 0.8f, 0.f, /**/ 0.f, 0.6f, 0.8f, /**/ 0.f, 0.f, 0.f};
        const auto space = SemanticSpace::fromRows(rows.data(), 3, 3);
        QVERIFY(space);
        QVERIFY(std::abs(space->cosine(0, 1) - 0.48f) < 0.01f);
        QCOMPARE(space->cosine(0, 2), 0.f); // a paper without words
        QCOMPARE(space->cosine(0, 7), 0.f);
        QVERIFY(!SemanticSpace::fromCodes(std::vector<qint8>(8), 3, 3));
        QVERIFY(SemanticSpace::fromCodes(space->codes(), 3, 3));
    }

    void indexOfAnotherCorpus_givesNothing()
    {
        const Planted p = planted(90);
        const auto other = SimilarityIndex::build(CorpusParser::parse("Ann Lee\nglacier sediment.\nBo Li\nglacier moraine.\n", u"x"_qs).corpus);
        QVERIFY(p.map->space->similar(*other, 0, 5).isEmpty());
        QVERIFY(p.map->space->similarToAll(*other, {0, 1}, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSemanticSpace)
#include "tst_semanticspace.moc"
