#include "text/texdecoder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
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

    // Composing in pieces gives what Qt gives for the whole text, on random text of bases and marks
    // that compose across every kind of piece boundary (Latin, kana with voiced marks, Hangul
    // syllables with trailing jamo, Tamil vowel signs, CJK).
    void composed_equalsWholeNormalization()
    {
        const char16_t alphabet[] = {u'o',   u'e',   u'A',   u' ',   0x00F8, 0x0130, 0x0300, 0x0301, 0x0308,
                                     0x0323, 0x0327, 0x031B, 0x304B, 0x3099, 0x309A, 0xAC00, 0x11A8, 0x1161,
                                     0x1100, 0x0B9A, 0x0BBE, 0x0BC6, 0x0BD7, 0x4E00, 0x212B, 0x0344, 0x0F73};
        QRandomGenerator random(17);
        for (int round = 0; round < 40; ++round) {
            QString text;
            const int n = 2000 + int(random.bounded(9000));
            for (int i = 0; i < n; ++i)
                text += QChar(alphabet[random.bounded(int(std::size(alphabet)))]);
            QCOMPARE(TexDecoder::composed(text), text.normalized(QString::NormalizationForm_C));
        }
    }

    // Issue 17, fuzzing: 300,000 accented letters (\"o) took 2.3 s to decode, 0.5 s at half the size:
    // Qt composes a long run of marks in quadratic time. In pieces it is linear.
    void manyAccents_decodeInLinearTime()
    {
        const QString tex = u"\\\"o"_qs.repeated(300'000);
        QElapsedTimer timer;
        timer.start();
        const QString decoded = TexDecoder::decode(tex);
        QCOMPARE(decoded, u"ö"_qs.repeated(300'000));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed()) + u" ms"_qs));
    }
};

QTEST_GUILESS_MAIN(TestTexDecoder)
#include "tst_texdecoder.moc"
