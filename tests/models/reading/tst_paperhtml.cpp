#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "reading/paperhtml.h"
#include "search/similarityindex.h"
#include "support/metadatacorpus.h"

#include <QTest>

// The detail pane's HTML for papers with metadata: title, year and venue, categories and keywords,
// DOI and arXiv id as https links; every piece of file text escaped, every address encoded.
class TestPaperHtml : public QObject
{
    Q_OBJECT

    static QString html(std::shared_ptr<const Corpus> corpus, int row = 0)
    {
        PaperModel model;
        model.setCorpus(std::move(corpus));
        PaperHtml builder;
        builder.render = [](const QString &plain) { return plain.toHtmlEscaped(); };
        builder.showTexSource = true;
        return builder.paper(model.index(row));
    }

private slots:
    void similarPapers_withoutAuthors_startWithTheScore()
    {
        QList<CorpusBuilder::Fields> records;
        for (const char *text : {"Sparse kernels for graph learning with spectral bounds.",
                                 "Sparse kernels for graph learning with spectral bounds and more.",
                                 "Bandits in the wild with regret."}) {
            CorpusBuilder::Fields f;
            f.abstract = QLatin1String(text);
            records << f;
        }
        const auto corpus = MetadataCorpus::build(records);
        PaperModel model;
        model.setCorpus(corpus);
        PaperHtml builder;
        builder.render = [](const QString &plain) { return plain.toHtmlEscaped(); };
        builder.similarity = SimilarityIndex::build(corpus);
        const QString out = builder.paper(model.index(0));
        QVERIFY2(out.contains(QStringLiteral("% similar · shares: ")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("> · ")) && !out.contains(QStringLiteral(">· ")), qPrintable(out));
    }

    void metadata_isShownWithLinks()
    {
        CorpusBuilder::Fields f;
        f.authors = {QStringLiteral("Ann Lee")};
        f.title = QStringLiteral("Kernels <for> all");
        f.abstract = QStringLiteral("We study kernels.");
        f.venue = QStringLiteral("J. Mach & Learn");
        f.year = 2019;
        f.categories = {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")};
        f.keywords = {QStringLiteral("<b>kernels</b>")};
        f.doi = QStringLiteral("10.1000/a<b>#c?d%e");
        f.arxiv = QStringLiteral("2101.00001");
        const QString out = html(MetadataCorpus::build({f}));
        QVERIFY2(out.contains(QStringLiteral("<h2>Kernels &lt;for&gt; all</h2>")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("2019 · J. Mach &amp; Learn")));
        QVERIFY(out.contains(QStringLiteral("cs.LG, stat.ML")));
        QVERIFY(out.contains(QStringLiteral("&lt;b&gt;kernels&lt;/b&gt;")));
        QVERIFY(!out.contains(QStringLiteral("<b>kernels")));
        QVERIFY2(out.contains(QStringLiteral("<a href='https://doi.org/10.1000/a%3Cb%3E%23c%3Fd%25e'>10.1000/a&lt;b&gt;#c?d%e</a>")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("<a href='https://arxiv.org/abs/2101.00001'>2101.00001</a>")));
    }

    void url_isLinkedOnlyWhenItIsAWebAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("linked");
        QTest::newRow("https") << QStringLiteral("https://example.org/p?x=1") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("quote") << QStringLiteral("https://example.org/'onclick='x") << true;
    }

    void url_isLinkedOnlyWhenItIsAWebAddress()
    {
        QFETCH(QString, url);
        QFETCH(bool, linked);
        CorpusBuilder::Fields f;
        f.title = QStringLiteral("T");
        f.url = url;
        const QString out = html(MetadataCorpus::build({f}));
        QCOMPARE(out.contains(QStringLiteral("href='http")), linked);
        QVERIFY(!out.contains(QStringLiteral("javascript:")));
        QVERIFY(!out.contains(QStringLiteral("file:")));
        QVERIFY(!out.contains(QStringLiteral("'onclick")));
    }

    void nativeCorpus_showsNoMetadata()
    {
        const QString out = html(CorpusParser::parse("Ann Lee\ntl;dr: Short.\nAbs.\n", {}).corpus);
        QVERIFY(!out.contains(QStringLiteral("<h2>")));
        QVERIFY(!out.contains(QStringLiteral("doi.org")));
        QVERIFY(!out.contains(QStringLiteral("Categories:")));
        QVERIFY(out.contains(QStringLiteral("Short.")));
    }
};

QTEST_GUILESS_MAIN(TestPaperHtml)
#include "tst_paperhtml.moc"
