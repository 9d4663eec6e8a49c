#include "text/textfold.h"

#include <QTest>

// Case and accent folding, and author keys, on single strings (the tokenizer tests cover every code point).
class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_foldsCaseAndAccents_andKeepsSurrogatePairsWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << u"Schölkopf"_qs << u"scholkopf"_qs;
        QTest::newRow("upper") << u"SCHÖLKOPF"_qs << u"scholkopf"_qs;
        QTest::newRow("emoji between letters") << u"x\U0001F600y"_qs << u"x\U0001F600y"_qs;
        QTest::newRow("emoji at the end") << u"ab\U0001F600"_qs << u"ab\U0001F600"_qs;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + u"a"_qs << u"\uFFFDa"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void fold_foldsCaseAndAccents_andKeepsSurrogatePairsWhole()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFold::fold(text), folded);
    }

    void authorKey_normalizesSpacingAndPunctuation()
    {
        QCOMPARE(TextFold::authorKey(u"Bernhard  Schölkopf"), TextFold::authorKey(u"bernhard scholkopf"));
        QCOMPARE(TextFold::authorKey(u"  J.-P. Vert "), u"j p vert"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
