// Highlighting decides matches with the search's tokenizer: exact spans, never operators or exclusions.
#include "search/highlighter.h"

#include <QTest>

class TestHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void spans_areExact_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("spans");
        QTest::newRow("prefix") << "extrapolat" << "We extrapolate well." << QList<int>{3, 11};
        QTest::newRow("accent-insensitive") << "scholkopf" << "B. Schölkopf, and SCHOLKOPF" << QList<int>{3, 9, 18, 9};
        QTest::newRow("plural by prefix") << "gnn" << "GNNs (gnn)" << QList<int>{0, 4, 6, 3};
        QTest::newRow("not inside a word") << "net" << "subnet network" << QList<int>{7, 7};
        QTest::newRow("phrase only consecutive") << "\"graph neural\"" << "graph and neural; graph, neural"
                                                 << QList<int>{18, 5, 25, 6};
        QTest::newRow("closed phrase is whole words") << "\"graph neural\"" << "graph neurally" << QList<int>{};
        QTest::newRow("hyphenated query") << "model-based" << "a model-based RL, model based" << QList<int>{2, 5, 8, 5, 18, 5, 24, 5};
        QTest::newRow("excluded never") << "graph -neural" << "graph neural" << QList<int>{0, 5};
        QTest::newRow("OR highlights both") << "graph OR tree" << "tree graph" << QList<int>{0, 4, 5, 5};
        QTest::newRow("operator never") << "graph OR" << "OR graph" << QList<int>{3, 5};
        QTest::newRow("empty query") << "" << "graph" << QList<int>{};
        QTest::newRow("surrogate pairs count as UTF-16") << "x" << "𝔸 x" << QList<int>{3, 1};
    }

    void spans_areExact()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QList<int>, spans);
        QCOMPARE(Highlighter(SearchQuery::parse(query)).spans(text), spans);
    }

    void fieldRestrictedWords_onlyInThatField()
    {
        const Highlighter h(SearchQuery::parse(u"author:levine graph"));
        QCOMPARE(h.spans(u"Levine graph", SearchQuery::Abstract), (QList<int>{7, 5}));
        QCOMPARE(h.spans(u"Sergey Levine", SearchQuery::Authors), (QList<int>{7, 6}));
    }

    void toHtml_escapesAndWrapsMatches()
    {
        const Highlighter h(SearchQuery::parse(u"bold"));
        QCOMPARE(h.toHtml(u"<b>Bold</b> & bold"), QStringLiteral("&lt;b&gt;<b>Bold</b>&lt;/b&gt; &amp; <b>bold</b>"));
        QCOMPARE(Highlighter::toHtml(u"abc", QList<int>{1, 99}), QStringLiteral("a<b>bc</b>"));
    }
};

QTEST_GUILESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
