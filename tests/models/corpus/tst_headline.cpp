#include "corpus/headline.h"

#include <QTest>

class TestHeadline : public QObject
{
    Q_OBJECT

private slots:
    void firstSentence_data()
    {
        QTest::addColumn<QString>("abstract");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << "We study graphs. Then Y." << "We study graphs.";
        QTest::newRow("e.g.") << "Methods, e.g. GNNs, work. More." << "Methods, e.g. GNNs, work.";
        QTest::newRow("i.e.,") << "We learn, i.e., fit. More." << "We learn, i.e., fit.";
        QTest::newRow("et al.") << "As Xu et al. Show, it holds. Next." << "As Xu et al. Show, it holds.";
        QTest::newRow("Fig.") << "See Fig. 2 for details. Next." << "See Fig. 2 for details.";
        QTest::newRow("decimal") << "Accuracy rises by 3.5 points. Next." << "Accuracy rises by 3.5 points.";
        QTest::newRow("initial") << "Work by J. Smith shows it. Next." << "Work by J. Smith shows it.";
        QTest::newRow("lowercase after period") << "We use approx. ten layers. Next." << "We use approx. ten layers.";
        QTest::newRow("question") << "Can nets extrapolate? We show so." << "Can nets extrapolate?";
        QTest::newRow("no period") << "A fragment without end" << "A fragment without end";
        QTest::newRow("whitespace") << "  Many   spaces\there. X." << "Many spaces here.";
        QTest::newRow("empty") << "" << "";
    }

    void firstSentence()
    {
        QFETCH(QString, abstract);
        QFETCH(QString, expected);
        QCOMPARE(Headline::firstSentence(abstract), expected);
    }

    void longSentence_isShortenedAtWordBoundary()
    {
        const QString s = QStringLiteral("word ").repeated(100) + QStringLiteral("end.");
        const QString h = Headline::firstSentence(s);
        QVERIFY(h.size() <= Headline::kMaxLength);
        QVERIFY(h.endsWith(QChar(0x2026)));
        QVERIFY(h.chopped(1).endsWith(QStringLiteral("word")));
    }

    void authorLabel_data()
    {
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << "";
        QTest::newRow("one") << QStringList{"Rewon Child"} << "Child";
        QTest::newRow("two") << QStringList{"Keyulu Xu", "Mozhi Zhang"} << "Xu, Zhang";
        QTest::newRow("three") << QStringList{"Keyulu Xu", "Mozhi Zhang", "Jingling Li"} << "Xu, Zhang et al.";
        QTest::newRow("suffix") << QStringList{"Martin Luther King Jr."} << "King";
        QTest::newRow("diacritics") << QStringList{"Bernhard Schölkopf"} << "Schölkopf";
    }

    void authorLabel()
    {
        QFETCH(QStringList, authors);
        QFETCH(QString, expected);
        QCOMPARE(Headline::authorLabel(authors), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeadline)
#include "tst_headline.moc"
