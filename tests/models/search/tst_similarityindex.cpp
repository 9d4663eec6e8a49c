#include "corpus/corpusparser.h"
#include "search/similarityindex.h"
#include "text/textfold.h"

#include <QFile>
#include <QTest>

class TestSimilarityIndex : public QObject
{
    Q_OBJECT

private:
    static QByteArray shippedText()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void paper_isMostSimilarToItsNearDuplicate_data()
    {
        QTest::addColumn<int>("original");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 200;
        QTest::newRow("late") << 400;
    }

    void paper_isMostSimilarToItsNearDuplicate()
    {
        QFETCH(int, original);
        const auto shipped = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(shipped.ok());
        // A second version of the paper: other authors, its first sentence dropped, a word changed.
        QString abstract = shipped.corpus->abstract(original);
        abstract = abstract.mid(abstract.indexOf(u". ") + 2).replace(u" the "_qs, u" a "_qs);
        QByteArray text = shippedText();
        if (!text.endsWith('\n'))
            text += "\n";
        const QByteArray nearDuplicate = "Ann Other, Bob Else\n" + abstract.toUtf8() + "\n";
        text = nearDuplicate + text; // first, so the shipped corpus's truncated last record stays last
        const auto parsed = CorpusParser::parse(text, u"near-duplicate.txt"_qs);
        QVERIFY(parsed.ok());
        const auto index = SimilarityIndex::build(parsed.corpus);
        const int copy = 0;
        const int shifted = original + 1;
        QCOMPARE(parsed.corpus->abstract(shifted), shipped.corpus->abstract(original));

        const QList<SimilarityIndex::Match> fromOriginal = index->similar(shifted);
        QCOMPARE(fromOriginal.size(), 5);
        QCOMPARE(fromOriginal.first().row, copy);
        QVERIFY(fromOriginal.first().score > 0.8);
        QCOMPARE(index->similar(copy).first().row, shifted);
    }

    void sharedTerms_areTermsBothPapersContain()
    {
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        const auto index = SimilarityIndex::build(parsed.corpus);
        const Corpus &c = *parsed.corpus;
        int withThreeOrMore = 0;
        for (qsizetype row = 0; row < c.size(); row += 37) {
            const QString folded = TextFold::fold(c.tldr(row) + u' ' + c.abstract(row));
            const QList<SimilarityIndex::Match> matches = index->similar(row);
            QCOMPARE(matches.size(), 5);
            for (qsizetype i = 0; i < matches.size(); ++i) {
                const SimilarityIndex::Match &m = matches[i];
                QVERIFY(m.row != row);
                QVERIFY(m.score > 0 && m.score <= 1.0);
                QVERIFY(i == 0 || matches[i - 1].score >= m.score);
                QVERIFY(!m.sharedTerms.isEmpty() && m.sharedTerms.size() <= SimilarityIndex::kMaxSharedTerms);
                withThreeOrMore += m.sharedTerms.size() >= 3;
                const QString other = TextFold::fold(c.tldr(m.row) + u' ' + c.abstract(m.row));
                for (const QString &term : m.sharedTerms) {
                    QVERIFY2(folded.contains(term) && other.contains(term), qPrintable(term));
                    QVERIFY(index->terms(row).contains(term) && index->terms(m.row).contains(term));
                }
            }
        }
        QVERIFY2(withThreeOrMore >= 50, qPrintable(QString::number(withThreeOrMore))); // of 60 matches
    }

    void stopWords_areNotTerms()
    {
        const auto parsed = CorpusParser::parse("A B\nWe propose the method and the results of this paper on graphs.\n"
                                                "C D\nWe propose the method and the results of this paper on graphs.\n",
                                                u"t.txt"_qs);
        const auto index = SimilarityIndex::build(parsed.corpus);
        QCOMPARE(index->terms(0), QStringList{u"graphs"_qs});
        QCOMPARE(index->similar(0).first().sharedTerms, QStringList{u"graphs"_qs});
    }

    void similarToAll_ofOnePaper_isSimilar()
    {
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        const auto index = SimilarityIndex::build(parsed.corpus);
        for (qsizetype row : {0, 123, 400}) {
            const auto one = index->similar(row, 10);
            const auto all = index->similarToAll({row}, 10);
            QCOMPARE(all.size(), one.size());
            for (qsizetype i = 0; i < one.size(); ++i) {
                QCOMPARE(all[i].row, one[i].row);
                QVERIFY(qAbs(all[i].score - one[i].score) < 1e-5);
            }
        }
    }

    // Three papers of a planted topic: more like them are the rest of that topic, never the three.
    void similarToAll_findsThePlantedTopic()
    {
        const QList<QByteArray> topics = {"quantum qubit entanglement photon decoherence",
                                          "protein enzyme folding peptide ligand",
                                          "glacier sediment erosion moraine tundra"};
        QByteArray text;
        for (int p = 0; p < 60; ++p) {
            const QList<QByteArray> words = topics[p % 3].split(' ');
            text += "Ann Mc" + QByteArray(1, char('a' + p % 26)) + QByteArray(1, char('a' + p / 26)) + "\n"
                  + words[p % 5] + " " + words[(p + 2) % 5] + " " + words[(p + 3) % 5]
                  + " and a common method for data analysis.\n";
        }
        const auto parsed = CorpusParser::parse(text, u"topics.txt"_qs);
        QVERIFY(parsed.ok());
        const auto index = SimilarityIndex::build(parsed.corpus);
        const QList<qsizetype> chosen = {3, 6, 9}; // topic 0
        const auto matches = index->similarToAll(chosen, 10);
        QCOMPARE(matches.size(), 10);
        for (qsizetype i = 0; i < matches.size(); ++i) {
            QVERIFY(!chosen.contains(matches[i].row));
            QCOMPARE(matches[i].row % 3, 0);
            QVERIFY(i == 0 || matches[i - 1].score >= matches[i].score);
            QVERIFY(!matches[i].sharedTerms.isEmpty());
            for (const QString &t : matches[i].sharedTerms)
                QVERIFY2(QString::fromUtf8(topics[0]).contains(t), qPrintable(t));
        }
        QVERIFY(index->similarToAll({-1, 999}).isEmpty());
    }

    void outOfRangeRowsAndEmptyCorpus_giveNothing()
    {
        const auto parsed = CorpusParser::parse("A B\nSome text about graphs.\n", u"t.txt"_qs);
        const auto index = SimilarityIndex::build(parsed.corpus);
        QVERIFY(index->similar(-1).isEmpty());
        QVERIFY(index->similar(1).isEmpty());
        QVERIFY(index->similar(0).isEmpty()); // nothing else to be similar to
        QVERIFY(SimilarityIndex::build(nullptr)->similar(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimilarityIndex)
#include "tst_similarityindex.moc"
