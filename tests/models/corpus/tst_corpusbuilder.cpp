#include "corpus/corpusbuilder.h"
#include "corpus/corpusparser.h"

#include <QRandomGenerator>
#include <QTest>

// The builder importers use: fields become spans of one text, metadata sits beside the records,
// ids are content-derived, and native corpora carry no metadata (so their ids never change).
class TestCorpusBuilder : public QObject
{
    Q_OBJECT

    static std::shared_ptr<const Corpus> build(const QList<CorpusBuilder::Fields> &records)
    {
        auto corpus = std::make_shared<Corpus>();
        Diagnostics diags;
        CorpusBuilder b(*corpus, diags);
        for (const auto &f : records)
            b.add(f);
        b.finishAll();
        return corpus;
    }

private slots:
    void fields_roundTripThroughTheCorpus()
    {
        CorpusBuilder::Fields f;
        f.authors = {QStringLiteral("Bernhard Schölkopf"), QStringLiteral("Smith, John")};
        f.title = QStringLiteral("  Kernel   methods\n for all ");
        f.abstract = QStringLiteral("We study kernels.\n  Wrapped line.");
        f.venue = QStringLiteral("JMLR");
        f.doi = QStringLiteral("10.1000/xyz");
        f.arxiv = QStringLiteral("2101.00001");
        f.categories = {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")};
        f.keywords = {QStringLiteral("kernels"), QStringLiteral(" "), QStringLiteral("learning theory")};
        f.year = 2021;
        f.month = 3;
        f.line = 7;
        const auto c = build({f});
        QCOMPARE(c->size(), 1);
        QVERIFY(c->hasMetadata());
        QCOMPARE(c->title(0), QStringLiteral("Kernel methods for all"));
        QCOMPARE(c->headline(0), QStringLiteral("Kernel methods for all"));
        QCOMPARE(c->abstract(0), QStringLiteral("We study kernels. Wrapped line."));
        QCOMPARE(c->authors(0), QStringList({QStringLiteral("Bernhard Schölkopf"), QStringLiteral("Smith John")}));
        QCOMPARE(c->authorTable().size(), 2);
        QCOMPARE(c->venue(0), QStringLiteral("JMLR"));
        QCOMPARE(c->doi(0), QStringLiteral("10.1000/xyz"));
        QCOMPARE(c->arxivId(0), QStringLiteral("2101.00001"));
        QCOMPARE(c->url(0), QString());
        QCOMPARE(c->categories(0), QStringList({QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));
        QCOMPARE(c->keywords(0), QStringList({QStringLiteral("kernels"), QStringLiteral("learning theory")}));
        QCOMPARE(c->year(0), 2021);
        QCOMPARE(c->metadata(0).month, quint8(3));
        QCOMPARE(c->sourceLine(0), 7);
        QVERIFY(!c->hasTldr(0));
        QCOMPARE(c->indexOfId(c->id(0)), 0);
    }

    void titleOnlyRecord_isKeptWithAnEmptyAbstract()
    {
        CorpusBuilder::Fields f;
        f.title = QStringLiteral("Only a title");
        const auto c = build({f});
        QCOMPARE(c->abstract(0), QString());
        QCOMPARE(c->headline(0), QStringLiteral("Only a title"));
        QVERIFY(c->flags(0) & Corpus::NoAuthors);
        QVERIFY(c->authors(0).isEmpty());
    }

    void titlesTellApartPapersWithTheSameAbstract()
    {
        CorpusBuilder::Fields a;
        a.title = QStringLiteral("A");
        CorpusBuilder::Fields b;
        b.title = QStringLiteral("B");
        const auto c = build({a, b, a});
        QVERIFY(c->id(0) != c->id(1));
        QCOMPARE(c->id(2), c->id(0) + QStringLiteral("-2"));
        QCOMPARE(c->indexOfId(c->id(2)), 2);
    }

    void invalidDates_areUnknown()
    {
        CorpusBuilder::Fields f;
        f.title = QStringLiteral("x");
        f.year = -5;
        f.month = 13;
        const auto c = build({f});
        QCOMPARE(c->year(0), 0);
        QCOMPARE(c->metadata(0).month, quint8(0));
    }

    // The UTF-8 fields (what the arXiv reader gives) clean text exactly as the QString ones: random
    // text of letters, commas, ASCII and Unicode spaces, control characters and accented letters,
    // long enough to take the 16-byte runs and short enough to end between them.
    void utf8Fields_cleanLikeQStringFields()
    {
        const QString alphabet = QStringLiteral("abcdefgh ,-\n\t\r\x01é\u00a0\u2003x  y");
        QRandomGenerator random(17);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int n = int(random.bounded(90));
            for (int i = 0; i < n; ++i)
                text += alphabet[int(random.bounded(alphabet.size()))];
            const QByteArray utf8 = text.toUtf8();
            CorpusBuilder::Fields q, u;
            q.title = q.abstract = q.venue = q.doi = q.arxiv = text;
            u.utf8.title = u.utf8.abstract = u.utf8.venue = u.utf8.doi = u.utf8.arxiv = utf8;
            if (text.trimmed().isEmpty()) { // keep the record
                q.abstract = u.abstract = QStringLiteral("x");
                u.utf8.abstract = {};
            }
            const CorpusBuilder::Prepared a = CorpusBuilder::prepare(q), b = CorpusBuilder::prepare(u);
            QVERIFY2(a.text == b.text, qPrintable(QStringLiteral("text: [%1] %2 vs %3").arg(text, QString::fromLatin1(a.text.toHex(' ')), QString::fromLatin1(b.text.toHex(' ')))));
            QCOMPARE(b.meta.title.len, a.meta.title.len);
            QCOMPARE(b.meta.doi.len, a.meta.doi.len);
        }
    }

    void nativeCorpus_hasNoMetadataAndKeepsItsIds()
    {
        const auto r = CorpusParser::parse("A. Author, B. Author\ntl;dr: short\nThe abstract.\n", QStringLiteral("x"));
        QVERIFY(r.ok());
        QVERIFY(!r.corpus->hasMetadata());
        QCOMPARE(r.corpus->title(0), QString());
        QCOMPARE(r.corpus->year(0), 0);
        QVERIFY(r.corpus->categories(0).isEmpty());
        QCOMPARE(r.corpus->headline(0), QStringLiteral("short"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusBuilder)
#include "tst_corpusbuilder.moc"
