// The query language's parser: every well-formed and malformed form, compared as the readable tree.
#include "search/searchquery.h"

#include <QTest>

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void parse_readsTheTree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("empty") << "" << "";
        QTest::newRow("only spaces") << "   \t " << "";
        QTest::newRow("one word is a prefix") << "graph" << "graph*";
        QTest::newRow("words are AND") << "graph neural" << "graph* neural*";
        QTest::newRow("case and accents fold") << "SCHÖLKOPF" << "scholkopf*";
        QTest::newRow("ø stays as FTS5 keeps it") << "Søren" << "søren*";
        QTest::newRow("closed phrase is whole words") << "\"graph neural\"" << "\"graph neural\"";
        QTest::newRow("unclosed phrase ends in a prefix") << "\"graph neu" << "\"graph neu*\"";
        QTest::newRow("closed one-word phrase is exact") << "\"graph\"" << "graph";
        QTest::newRow("empty phrase is ignored") << "a \"\" b" << "a* b*";
        QTest::newRow("lone quote is ignored") << "\"" << "";
        QTest::newRow("inner punctuation makes a phrase") << "model-based" << "\"model based*\"";
        QTest::newRow("GPT-3") << "GPT-3" << "\"gpt 3*\"";
        QTest::newRow("state-of-the-art") << "state-of-the-art" << "\"state of the art*\"";
        QTest::newRow("surrounding punctuation is dropped") << "(graph)," << "graph*";
        QTest::newRow("punctuation only is ignored") << "; -- ..." << "";
        QTest::newRow("exclude word") << "graph -tree" << "graph* -tree*";
        QTest::newRow("exclude phrase") << "-\"neural network\"" << "-\"neural network\"";
        QTest::newRow("exclude author") << "-author:levine" << "-author:levine*";
        QTest::newRow("lone dash is ignored") << "graph -" << "graph*";
        QTest::newRow("dash then space is ignored") << "- graph" << "graph*";
        QTest::newRow("double dash excludes") << "--graph" << "-graph*";
        QTest::newRow("author field") << "author:levine" << "author:levine*";
        QTest::newRow("a: alias") << "a:levine" << "author:levine*";
        QTest::newRow("field names fold case") << "Author:Levine" << "author:levine*";
        QTest::newRow("tldr field") << "tldr:graph" << "tldr:graph*";
        QTest::newRow("abstract field") << "abstract:graph" << "abstract:graph*";
        QTest::newRow("author phrase") << "author:\"sergey levine\"" << "author:\"sergey levine\"";
        QTest::newRow("author unclosed phrase") << "author:\"sergey lev" << "author:\"sergey lev*\"";
        QTest::newRow("field with nothing after") << "graph author:" << "graph*";
        QTest::newRow("field alone") << "author:" << "";
        QTest::newRow("field then space applies to next") << "author: levine" << "author:levine*";
        QTest::newRow("unknown field is a word") << "journal:graph" << "\"journal graph*\"";
        QTest::newRow("title") << "title:graph t:\"neural net\"" << "title:graph* title:\"neural net\"";
        QTest::newRow("metadata fields") << "venue:iclr cat:cs.LG category:stat keyword:rl doi:10.1000"
                                         << "venue:iclr* cat:\"cs lg*\" cat:stat* keyword:rl* doi:\"10 1000*\"";
        QTest::newRow("year") << "year:2019 graph" << "year:2019..2019 graph*";
        QTest::newRow("year range") << "year:2019..2015" << "year:2015..2019";
        QTest::newRow("year open ends") << "year:2015.. -year:..2001" << "year:2015..9999 -year:1..2001";
        QTest::newRow("year half typed") << "year:20 graph" << "graph*";
        QTest::newRow("year not a number") << "year:soon" << "";
        QTest::newRow("year takes no part in OR") << "year:2019 OR graph" << "year:2019..2019 graph*";
        QTest::newRow("year with space") << "year: 2020" << "year:2020..2020";
        QTest::newRow("tl;dr marker is words") << "tl;dr:" << "\"tl dr*\"";
        QTest::newRow("OR binds tighter than AND") << "graph OR tree neural" << "(graph* | tree*) neural*";
        QTest::newRow("OR chains") << "a OR b OR c" << "(a* | b* | c*)";
        QTest::newRow("lower-case or is a word") << "graph or tree" << "graph* or* tree*";
        QTest::newRow("leading OR is ignored") << "OR graph" << "graph*";
        QTest::newRow("trailing OR is ignored") << "graph OR" << "graph*";
        QTest::newRow("doubled OR") << "graph OR OR tree" << "(graph* | tree*)";
        QTest::newRow("OR alone") << "OR" << "";
        QTest::newRow("OR before exclusion") << "graph OR -tree" << "graph* -tree*";
        QTest::newRow("OR after exclusion") << "-graph OR tree" << "-graph* tree*";
        QTest::newRow("OR with phrases and fields") << "author:levine OR \"policy gradient\""
                                                    << "(author:levine* | \"policy gradient\")";
        QTest::newRow("quote glued to a word") << "graph\"neural net\"" << "graph* \"neural net\"";
        QTest::newRow("excluded field phrase") << "-a:\"sergey levine\"" << "-author:\"sergey levine\"";
        // the library's terms (issue 15)
        QTest::newRow("list word") << "list:A" << "list:\"A\"";
        QTest::newRow("list quoted keeps case and spaces") << "list:\"To Read\"" << "list:\"To Read\"";
        QTest::newRow("list unclosed quote") << "list:\"to re" << "list:\"to re\"";
        QTest::newRow("in A not in B") << "list:A -list:B" << "list:\"A\" -list:\"B\"";
        QTest::newRow("marks") << "is:starred is:read -is:unread" << "is:starred is:read -is:unread";
        QTest::newRow("mark aliases and case") << "IS:Bookmarked is:star" << "is:starred is:starred";
        QTest::newRow("unknown mark is ignored") << "is:blue graph" << "graph*";
        QTest::newRow("list: alone is ignored") << "graph list:" << "graph*";
        QTest::newRow("library OR") << "list:A OR is:starred graph" << "(list:\"A\" | is:starred) graph*";
        QTest::newRow("OR with words") << "graph OR list:A" << "(graph* | list:\"A\")";
        QTest::newRow("field word is not a term") << "listing:x" << "\"listing x*\"";
    }

    void parse_readsTheTree()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(SearchQuery::parse(text).toString(), tree);
    }

    // The readable tree of library terms is itself a query that parses to the same tree.
    void libraryTerms_roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("list") << "list:\"to read\"";
        QTest::newRow("marks") << "is:starred -is:read is:unread";
        QTest::newRow("or") << "list:A OR list:\"b c\" -list:D";
    }
    void libraryTerms_roundTrip()
    {
        QFETCH(QString, text);
        const SearchQuery q = SearchQuery::parse(text);
        QVERIFY(q.hasLibraryTerms());
        QString again = q.toString();
        again.replace(QStringLiteral(" | "), QStringLiteral(" OR ")).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
        QCOMPARE(SearchQuery::parse(again), q);
    }

    void librarySpans_sayWhereTermsStand()
    {
        const QString text = QStringLiteral("graph -list:\"to read\" is:starred OR tree");
        const QList<SearchQuery::LibrarySpan> spans = SearchQuery::librarySpans(text);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(text.mid(spans[0].start, spans[0].length), QStringLiteral("-list:\"to read\""));
        QVERIFY(spans[0].excluded);
        QCOMPARE(spans[0].term.listName, QStringLiteral("to read"));
        QCOMPARE(text.mid(spans[1].start, spans[1].length), QStringLiteral("is:starred"));
        QCOMPARE(spans[1].term.library, SearchQuery::Library::Starred);
        QCOMPARE(SearchQuery::parse(text).listNames(), QStringList{QStringLiteral("to read")});
    }

    void emptyQuery_isEmpty()
    {
        QVERIFY(SearchQuery::parse(u"  ").isEmpty());
        QVERIFY(!SearchQuery::parse(u"x").isEmpty());
        QVERIFY(!SearchQuery::parse(u"-x").hasPositiveClause());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
