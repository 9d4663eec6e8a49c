#include "text/texdecoder.h"

#include <QTest>

class TestTexDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlaut") << u"Sch\\\"olkopf"_qs << u"Schölkopf"_qs;
        QTest::newRow("braced umlaut") << u"Sch{\\\"o}lkopf"_qs << u"Schölkopf"_qs;
        QTest::newRow("acute with group") << u"Bal\\'{a}zs"_qs << u"Balázs"_qs;
        QTest::newRow("dotless i") << u"Na\\\"{\\i}ve"_qs << u"Naïve"_qs;
        QTest::newRow("cedilla with space") << u"Fran\\c cois"_qs << u"François"_qs;
        QTest::newRow("caron") << u"\\v{S}koda"_qs << u"Škoda"_qs;
        QTest::newRow("double acute") << u"Erd\\H{o}s"_qs << u"Erdős"_qs;
        QTest::newRow("eszett") << u"Stra{\\ss}e"_qs << u"Straße"_qs;
        QTest::newRow("slashed o") << u"{\\O}stergaard"_qs << u"Østergaard"_qs;
        QTest::newRow("escapes") << u"10\\% of R\\&D, a\\_b"_qs << u"10% of R&D, a_b"_qs;
        QTest::newRow("dashes") << u"1--2, a---b"_qs << u"1–2, a—b"_qs;
        QTest::newRow("tie") << u"J.~Doe"_qs << u"J. Doe"_qs;
        QTest::newRow("math kept") << u"an $\\alpha$-{divergence}"_qs << u"an $\\alpha$-divergence"_qs;
        QTest::newRow("unknown command keeps its argument") << u"\\emph{Deep} nets"_qs << u"Deep nets"_qs;
        QTest::newRow("plain") << u"Plain text"_qs << u"Plain text"_qs;
        QTest::newRow("dangling accent") << u"x\\'"_qs << u"x\u0301"_qs.normalized(QString::NormalizationForm_C);
        QTest::newRow("deep accents stay bounded") << QString(u"\\\"{"_qs.repeated(50) + u"o"_qs) << QString();
    }

    void decode()
    {
        QFETCH(QString, tex);
        QFETCH(QString, expected);
        const QString decoded = TexDecoder::decode(tex);
        if (!expected.isNull())
            QCOMPARE(decoded, expected);
        else
            QVERIFY(!decoded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTexDecoder)
#include "tst_texdecoder.moc"
