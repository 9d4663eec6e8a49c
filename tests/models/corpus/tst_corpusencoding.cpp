#include "corpus/corpusencoding.h"
#include "corpus/corpusparser.h"

#include <QStringEncoder>
#include <QTest>

// Issue 17, finding 6: UTF-16 files with a byte-order mark were refused as "binary (NUL byte at
// offset 3)"; without a mark, the message now names the encoding.
class TestCorpusEncoding : public QObject
{
    Q_OBJECT

    static QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
    {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return encoder(text);
    }

    static QString sample() { return u"Bernhard Schölkopf, Søren Lee\ntl;dr: Graphs.\nWe study 𝒪(n) graphs.\r\n\r\nBo Xu\nSecond.\n"_qs; }

private slots:
    void utf16WithBom_isDecoded_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("LE") << int(QStringConverter::Utf16LE);
        QTest::newRow("BE") << int(QStringConverter::Utf16BE);
    }

    void utf16WithBom_isDecoded()
    {
        QFETCH(int, encoding);
        const QByteArray bytes = encode(sample(), QStringConverter::Encoding(encoding), true);
        const auto r = CorpusParser::parse(bytes, QStringLiteral("windows"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.corpus->size(), 2);
        QCOMPARE(r.corpus->authors(0), (QStringList{u"Bernhard Schölkopf"_qs, u"Søren Lee"_qs}));
        QCOMPARE(r.corpus->abstract(0), u"We study 𝒪(n) graphs."_qs);
        QCOMPARE(r.corpus->tldr(0), u"Graphs."_qs);
        QVERIFY(r.diagnostics.isEmpty());
    }

    void otherEncodings_areNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("UTF-16 LE, no mark") << encode(sample(), QStringConverter::Utf16LE, false)
                                            << u"UTF-16 (little-endian) text without a byte-order mark"_qs;
        QTest::newRow("UTF-16 BE, no mark") << encode(sample(), QStringConverter::Utf16BE, false)
                                            << u"UTF-16 (big-endian) text without a byte-order mark"_qs;
        QTest::newRow("UTF-32 LE, mark") << encode(sample(), QStringConverter::Utf32LE, true) << u"UTF-32 (little-endian) text:"_qs;
        QTest::newRow("UTF-32 BE, no mark") << encode(sample(), QStringConverter::Utf32BE, false) << u"UTF-32 (big-endian)"_qs;
        QTest::newRow("binary") << QByteArray("Ann Lee\nAbs\0tract\n", 18) << u"binary file"_qs;
    }

    void otherEncodings_areNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto r = CorpusParser::parse(bytes, QStringLiteral("other"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void oddByteCountAndLoneSurrogate_areReplaced()
    {
        QByteArray bytes = encode(u"Ann Lee\nAbstract "_qs, QStringConverter::Utf16LE, true);
        bytes += QByteArray("\x00\xD8", 2); // an unpaired high surrogate
        bytes += encode(u" end.\n"_qs, QStringConverter::Utf16LE, false) + 'x';
        const auto r = CorpusParser::parse(bytes, QStringLiteral("odd"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.corpus->abstract(0).startsWith(u"Abstract \uFFFD end."_qs), qPrintable(r.corpus->abstract(0)));
    }
};

QTEST_GUILESS_MAIN(TestCorpusEncoding)
#include "tst_corpusencoding.moc"
