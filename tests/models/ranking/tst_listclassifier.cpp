#include "corpus/corpusparser.h"
#include "ranking/listclassifier.h"
#include "search/similarityindex.h"

#include <QRandomGenerator>
#include <QTest>

// The classifier on planted topics: a corpus of random filler words where some papers also carry
// the words of one topic. Papers of the topic must rank first, "not relevant" votes must push a
// sub-topic down, and the same inputs must give the same model.
class TestListClassifier : public QObject
{
    Q_OBJECT

    static QString word(int i)
    {
        static const char *const syllables[] = {"ba", "ke", "lo", "mi", "nu", "po", "ra", "si", "tu", "ve"};
        QString w;
        do {
            w += QLatin1String(syllables[i % 10]);
            i /= 10;
        } while (i > 0);
        return w + u"x"_qs;
    }

    // 300 papers of 40 filler words from a vocabulary of 2000; rows 0..29 also carry six words of topic A
    // (astronomy), rows 30..59 six of topic B (proteins); rows 0..14 of topic A also carry "spectrograph".
    static std::shared_ptr<const Corpus> planted()
    {
        const QStringList topicA = {u"quasar"_qs,    u"redshift"_qs, u"telescope"_qs, u"galaxy"_qs,
                                    u"photometry"_qs, u"stellar"_qs, u"nebula"_qs, u"pulsar"_qs};
        const QStringList topicB = {u"protein"_qs, u"folding"_qs, u"enzyme"_qs,  u"ligand"_qs,
                                    u"residue"_qs, u"peptide"_qs, u"binding"_qs, u"kinase"_qs};
        QRandomGenerator random(42);
        QString text;
        for (int row = 0; row < 300; ++row) {
            QStringList words;
            for (int k = 0; k < 40; ++k)
                words.append(word(int(random.bounded(2000))));
            const QStringList &topic = row < 30 ? topicA : topicB;
            if (row < 60)
                for (int k = 0; k < 6; ++k)
                    words.insert(int(random.bounded(words.size())), topic.at(int(random.bounded(8))));
            if (row < 15)
                words.insert(5, u"spectrograph"_qs);
            text += u"Ann %1 Lee\n"_qs.arg(word(row).toUpper().left(1) + word(row).mid(1)) + words.join(u' ') + u".\n"_qs;
        }
        const auto parsed = CorpusParser::parse(text.toUtf8(), u"planted.txt"_qs);
        if (!parsed.ok())
            qWarning() << parsed.error;
        return parsed.corpus;
    }

private slots:
    void listOfOneTopic_ranksThatTopicFirst()
    {
        const auto corpus = planted();
        QVERIFY(corpus);
        QCOMPARE(corpus->size(), 300);
        const auto index = SimilarityIndex::build(corpus);
        const QList<qsizetype> list = {0, 3, 7, 12, 16, 20, 25, 29}; // 8 papers of topic A
        const auto classifier = ListClassifier::train(index, list, {});
        QVERIFY(classifier);
        QCOMPARE(classifier->positiveCount(), 8);
        const QSet<qsizetype> exclude(list.begin(), list.end());
        const QList<ListClassifier::Ranked> top = classifier->rank(exclude, 10);
        QCOMPARE(top.size(), 10); // the benchmark's measure: how many of the top 10 share the topic
        for (const ListClassifier::Ranked &r : top) {
            QVERIFY2(r.row < 30, qPrintable(u"row %1 is not topic A"_qs.arg(r.row)));
            QVERIFY(!exclude.contains(r.row));
        }
        for (int i = 1; i < top.size(); ++i)
            QVERIFY(top[i - 1].score >= top[i].score);
        // The words explaining the ranking are the topic's.
        const QStringList words = classifier->topWords(5);
        QCOMPARE(words.size(), 5);
        int topical = 0;
        for (const QString &w : words)
            topical += QStringList({u"quasar"_qs, u"redshift"_qs, u"telescope"_qs, u"galaxy"_qs, u"photometry"_qs,
                                    u"stellar"_qs, u"nebula"_qs, u"pulsar"_qs, u"spectrograph"_qs})
                           .contains(w);
        QVERIFY2(topical >= 4, qPrintable(words.join(u", "_qs)));
    }

    void notRelevantVotes_pushTheirKindDown()
    {
        const auto index = SimilarityIndex::build(planted());
        const QList<qsizetype> list = {0, 3, 7, 12, 16, 20, 25, 29};
        // Voting down papers of topic A without "spectrograph" (rows 15..29 outside the list).
        const QList<qsizetype> votes = {17, 18, 19, 21, 22, 23};
        const auto before = ListClassifier::train(index, list, {});
        const auto after = ListClassifier::train(index, list, votes);
        QVERIFY(before && after);
        QCOMPARE(after->negativeCount(), before->negativeCount() + int(votes.size()));
        double sumBefore = 0, sumAfter = 0;
        for (qsizetype row : votes) {
            sumBefore += before->score(row);
            sumAfter += after->score(row);
        }
        QVERIFY2(sumAfter < sumBefore - 0.1 * double(votes.size()), qPrintable(u"%1 -> %2"_qs.arg(sumBefore).arg(sumAfter)));
        // What remains on top is the kind the votes spared: papers with "spectrograph".
        QSet<qsizetype> exclude(list.begin(), list.end());
        for (qsizetype row : votes)
            exclude.insert(row);
        for (const ListClassifier::Ranked &r : after->rank(exclude, 5))
            QVERIFY2(r.row < 15, qPrintable(QString::number(r.row)));
    }

    void sameInputs_sameModel()
    {
        const auto index = SimilarityIndex::build(planted());
        const auto a = ListClassifier::train(index, {1, 2, 4}, {40});
        const auto b = ListClassifier::train(index, {4, 2, 1}, {40});
        QVERIFY(a && b);
        QCOMPARE(a->scores(), b->scores());
    }

    void mostUncertain_isNearestTheBoundary()
    {
        const auto index = SimilarityIndex::build(planted());
        const auto c = ListClassifier::train(index, {0, 1, 2, 3}, {});
        const auto order = c->mostUncertain({0, 1, 2, 3});
        QCOMPARE(order.size(), 296);
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(std::abs(order[i - 1].score) <= std::abs(order[i].score));
    }

    void nothingToLearn_isNull()
    {
        const auto index = SimilarityIndex::build(planted());
        QVERIFY(!ListClassifier::train(index, {}, {5}));
        QVERIFY(!ListClassifier::train(nullptr, {1}, {}));
        QVERIFY(!ListClassifier::train(index, {-1, 9999}, {}));
    }
};

QTEST_GUILESS_MAIN(TestListClassifier)
#include "tst_listclassifier.moc"
