#include "corpus/corpusparser.h"
#include "map/mappipeline.h"
#include "search/semanticspace.h"
#include "search/similaritycheck.h"
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
// authorOf: -1 for a paper of its own author, else its author's number (authors follow topics:
// 4 a topic, in turn).
QByteArray plantedCorpus(int papers, QList<int> &topicOf, QList<int> *authorOf = nullptr)
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
        const int author = authorOf ? topic * 4 + (p / 3) % 4 : -1;
        if (authorOf)
            authorOf->append(author);
        out += "Ann Mc" + word(author >= 0 ? 4000 + author : 5000 + p) + "\n" + words.join(' ') + ".\n";
    }
    return out;
}

struct Planted
{
    QList<int> topicOf, authorOf;
    std::shared_ptr<const Corpus> corpus;
    std::shared_ptr<const SimilarityIndex> index;
    std::shared_ptr<const PaperMap> map;
};

Planted planted(int papers, bool authorsFollowTopics = false)
{
    Planted p;
    p.corpus = CorpusParser::parse(plantedCorpus(papers, p.topicOf, authorsFollowTopics ? &p.authorOf : nullptr),
                                   u"planted"_qs).corpus;
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
    // Authors follow the topics: the map's self-check runs on 300 evenly spaced papers (all 400
    // share an author) and its precisions are the brute-force ones, computed here from the authors
    // the corpus was generated with; its pick follows the stated margin.
    void selfCheck_authorsFollowTopics_isTheBruteForcePrecision()
    {
        const Planted p = planted(400, true);
        QVERIFY(p.map && p.map->space);
        const SimilarityCheck &check = p.map->space->check();
        QVERIFY(check.ran);
        QCOMPARE(check.queries, 300);
        double tfidf = 0, blend = 0;
        for (qsizetype k = 0; k < 300; ++k) {
            const qsizetype row = k * 400 / 300;
            for (const auto &m : p.index->similar(row, 10))
                tfidf += p.authorOf[m.row] == p.authorOf[row] && m.row != row ? 0.1 : 0;
            for (const auto &m : p.map->space->similar(*p.index, row, 10))
                blend += p.authorOf[m.row] == p.authorOf[row] && m.row != row ? 0.1 : 0;
        }
        tfidf /= 300;
        blend /= 300;
        QVERIFY2(std::abs(check.tfidfPrecision - tfidf) < 1e-9, qPrintable(check.describe()));
        QVERIFY2(std::abs(check.blendPrecision - blend) < 1e-9, qPrintable(check.describe()));
        QVERIFY(tfidf > 0.05 && blend > 0.05); // the check measured something
        QCOMPARE(check.blends(), blend - tfidf >= 0.005 && blend >= tfidf * 1.05);
        QCOMPARE(p.map->space->blends(), check.blends());
        // The same corpus, same decision (deterministic).
        QCOMPARE(SimilarityCheck::run(*p.corpus, *p.index, *p.map->space).blendPrecision, check.blendPrecision);
    }

    // No author shares a paper with another: no check, tf-idf alone.
    void selfCheck_noSharedAuthors_keepsTfidf()
    {
        const Planted p = planted(300);
        QVERIFY(p.map && p.map->space);
        QVERIFY(!p.map->space->check().ran);
        QCOMPARE(p.map->space->check().queries, 0);
        QVERIFY(!p.map->space->blends());
        QVERIFY(!SimilarityCheck::run(*p.corpus, *p.index, *p.map->space).blends());
    }

    // The margin: a win below 0.005 absolute or 5% relative, or over fewer than 50 queries, is tf-idf.
    void selfCheck_margin()
    {
        QVERIFY((SimilarityCheck{true, 50, 0.30, 0.32}.blends()));
        QVERIFY(!(SimilarityCheck{true, 49, 0.30, 0.32}.blends()));
        QVERIFY(!(SimilarityCheck{true, 300, 0.30, 0.31}.blends()));   // 3%
        QVERIFY(!(SimilarityCheck{true, 300, 0.02, 0.024}.blends()));  // 0.004
        QVERIFY(!(SimilarityCheck{false, 300, 0.30, 0.40}.blends()));
        QVERIFY(!SimilarityCheck().blends());
    }

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
