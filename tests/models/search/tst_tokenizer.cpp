// The tokenizer is SQLite FTS5's `unicode61 remove_diacritics 2`: checked against FTS5 itself for
// every code point of the Basic Multilingual Plane and for whole texts.
#include "support/fts5reference.h"
#include "search/tokenizer.h"

#include <QFile>
#include <QTest>

namespace {
QList<QByteArray> ours(const QString &text)
{
    QList<QByteArray> out;
    for (const Tokenizer::Token &t : Tokenizer::tokenize(text))
        out.append(t.folded);
    return out;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void everyBmpCodePoint_matchesFts5()
    {
        // 4096 code points per document, each between two letters: one FTS5 round trip per block.
        Fts5Reference fts;
        for (char32_t base = 0; base < 0x10000; base += 0x1000) {
            QString text;
            for (char32_t cp = base; cp < base + 0x1000; ++cp) {
                if (cp == 0 || (cp >= 0xD800 && cp < 0xE000))
                    continue;
                text += QStringLiteral(" q");
                text += QString::fromUcs4(&cp, 1);
                text += QStringLiteral("z ");
            }
            const QList<QByteArray> expected = fts.tokens(text);
            const QList<QByteArray> actual = ours(text);
            if (actual != expected) {
                for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
                    QVERIFY2(actual[i] == expected[i], qPrintable(QStringLiteral("block %1: %2 vs FTS5 %3")
                                                                      .arg(quint32(base), 0, 16)
                                                                      .arg(QString::fromUtf8(actual[i]),
                                                                           QString::fromUtf8(expected[i]))));
                QCOMPARE(actual.size(), expected.size());
            }
        }
    }

    void texts_tokenizeLikeFts5_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Graph Neural Networks (GNNs) -- a.k.a. GPT-3, state_of_the_art");
        QTest::newRow("accents") << QStringLiteral("Bernhard Schölkopf, Łukasz Kaiser, Søren, Straße, İstanbul, ǅ");
        QTest::newRow("combining") << QStringLiteral("Scho\u0308lkopf e\u0301\u0301t\u0301e\u0301 \u0301x");
        QTest::newRow("numbers and symbols") << QStringLiteral("①②③ Ⅻ 3.14 $x^2$ α-β ∑ ← €5 ½");
        QTest::newRow("cjk and supplementary") << QStringLiteral("深度学习 𝔸𝔹 😀 𐐀𐐨");
        QTest::newRow("tl;dr marker") << QStringLiteral("tl;dr: We study things.");
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        if (f.open(QIODevice::ReadOnly))
            QTest::newRow("shipped corpus") << QString::fromUtf8(f.readAll());
    }

    void texts_tokenizeLikeFts5()
    {
        QFETCH(QString, text);
        Fts5Reference fts;
        QCOMPARE(ours(text), fts.tokens(text));
    }

    void utf8Path_equalsUtf16Path()
    {
        const QString text = QStringLiteral("Schölkopf's GNNs, Søren Ǆ e\u0301 𝔸x ①, \xff");
        QList<QByteArray> viaUtf8;
        std::string buf;
        const QByteArray bytes = text.toUtf8();
        Tokenizer::forEachToken(std::string_view(bytes.constData(), size_t(bytes.size())), buf,
                                [&](std::string_view t) { viaUtf8.append(QByteArray(t.data(), qsizetype(t.size()))); });
        QCOMPARE(viaUtf8, ours(text));
    }

    void tokens_carryUtf16Positions()
    {
        const QList<Tokenizer::Token> t = Tokenizer::tokenize(u"  Schölkopf, 𝔸b");
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0].start, 2);
        QCOMPARE(t[0].length, 9);
        QCOMPARE(t[0].folded, QByteArray("scholkopf"));
        QCOMPARE(t[1].start, 13);
        QCOMPARE(t[1].length, 3);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
