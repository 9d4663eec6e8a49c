#include "corpus/corpusparser.h"
#include "library/libraryexporter.h"
#include "library/librarystore.h"
#include "support/metadatacorpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Golden files live in tests/data/library/; run with SKIMMER_UPDATE_GOLDEN=1 to rewrite them
// after an intended format change (and read the diff).
class TestLibraryExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    int m_counter = 0;

    // A store at a fresh path whose clock starts at a fixed date and ticks a minute per change.
    std::unique_ptr<LibraryStore> freshStore()
    {
        auto store = std::make_unique<LibraryStore>();
        auto tick = std::make_shared<int>(0);
        store->setClock([tick] {
            return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).addSecs(60 * (*tick)++);
        });
        const bool ok = store->open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter)));
        return ok ? std::move(store) : nullptr;
    }

    LibraryExporter::Document sampleList(LibraryStore &store)
    {
        const QString name = QStringLiteral("to read");
        store.addToList(name, {LibraryStore::paperFrom(*m_corpus, 1), LibraryStore::paperFrom(*m_corpus, 0)});
        store.addToList(name, {{QStringLiteral("0123456789abcdef"), QStringLiteral("Gone, Away"),
                                QStringLiteral("A paper from another corpus.")}});
        store.addToList(name, {LibraryStore::paperFrom(*m_corpus, 2)});
        store.setNote(name, m_corpus->id(1), QStringLiteral("Check the \"quotes\", commas\nand a second line"));
        store.setNote(name, m_corpus->id(2), QStringLiteral("Compare with *gradient* matching_2"));
        store.setRead({m_corpus->id(0)}, true);
        return {name, store.entries(name)};
    }

    void compareGolden(const QByteArray &actual, const QString &file)
    {
        const QString path = QStringLiteral(SKIMMER_TEST_DATA "/library/") + file;
        if (qEnvironmentVariableIsSet("SKIMMER_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(in.readAll()));
    }

private slots:
    void initTestCase()
    {
        m_corpus = CorpusParser::parseFile(QStringLiteral(SKIMMER_TEST_DATA "/library/corpus.txt")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 3);
    }

    void formats_matchGoldenFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("markdown") << QStringLiteral("md") << QStringLiteral("to-read.md");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("to-read.csv");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("to-read.json");
        QTest::newRow("bibtex") << QStringLiteral("bib") << QStringLiteral("to-read.bib");
    }
    void formats_matchGoldenFiles()
    {
        QFETCH(QString, format);
        QFETCH(QString, golden);
        auto store = freshStore();
        QVERIFY(store);
        LibraryExporter::Format f;
        QVERIFY(LibraryExporter::parseFormat(format, &f));
        compareGolden(LibraryExporter::format(sampleList(*store), f, m_corpus.get()), golden);
    }

    // A corpus with titles, years, venues, DOIs, arXiv ids and keywords, as importers build it.
    static std::shared_ptr<const Corpus> metadataCorpus()
    {
        CorpusBuilder::Fields a;
        a.authors = {QStringLiteral("Bernhard Schölkopf"), QStringLiteral("Ludwig van Beethoven")};
        a.title = QStringLiteral("Kernel methods {for} all");
        a.abstract = QStringLiteral("We study kernels.\nWrapped.");
        a.tldr = QStringLiteral("Kernels help.");
        a.venue = QStringLiteral("Journal of Machine Learning Research");
        a.doi = QStringLiteral("10.1000/jmlr.1");
        a.arxiv = QStringLiteral("2101.00001");
        a.keywords = {QStringLiteral("kernels"), QStringLiteral("learning theory")};
        a.year = 2021;
        a.month = 3;
        a.day = 9;
        CorpusBuilder::Fields b;
        b.authors = {QStringLiteral("Plato")};
        b.title = QStringLiteral("On forms");
        b.url = QStringLiteral("https://example.org/forms");
        b.year = 2019;
        return MetadataCorpus::build({a, b});
    }

    void citationFormats_carryMetadata_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("bibtex") << QStringLiteral("bib") << QStringLiteral("metadata.bib");
        QTest::newRow("ris") << QStringLiteral("ris") << QStringLiteral("metadata.ris");
        QTest::newRow("csljson") << QStringLiteral("csljson") << QStringLiteral("metadata.csl.json");
    }
    void citationFormats_carryMetadata()
    {
        QFETCH(QString, format);
        QFETCH(QString, golden);
        const auto corpus = metadataCorpus();
        auto store = freshStore();
        QVERIFY(store);
        const QString name = QStringLiteral("reading");
        store->addToList(name, {LibraryStore::paperFrom(*corpus, 0), LibraryStore::paperFrom(*corpus, 1)});
        store->addToList(name, {{QStringLiteral("0123456789abcdef"), QStringLiteral("Gone, Away"),
                                 QStringLiteral("A paper from another corpus.")}});
        store->setNote(name, corpus->id(1), QStringLiteral("Read\nfirst"));
        LibraryExporter::Format f;
        QVERIFY(LibraryExporter::parseFormat(format, &f));
        compareGolden(LibraryExporter::format({name, store->entries(name)}, f, corpus.get()), golden);
    }

    void cslJson_isAnArrayOfItemsWithDateParts()
    {
        const auto corpus = metadataCorpus();
        auto store = freshStore();
        QVERIFY(store);
        store->addToList(QStringLiteral("l"), {LibraryStore::paperFrom(*corpus, 0)});
        const QByteArray out = LibraryExporter::format({QStringLiteral("l"), store->entries(QStringLiteral("l"))},
                                                       LibraryExporter::Format::CslJson, corpus.get());
        const QJsonArray items = QJsonDocument::fromJson(out).array();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Kernel methods {for} all"));
        QCOMPARE(item.value(QStringLiteral("DOI")).toString(), QStringLiteral("10.1000/jmlr.1"));
        const QJsonArray parts = item.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")).toArray();
        QCOMPARE(parts.at(0).toArray(), QJsonArray({2021, 3, 9}));
        const QJsonObject first = item.value(QStringLiteral("author")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("family")).toString(), QStringLiteral("Schölkopf"));
        QCOMPARE(first.value(QStringLiteral("given")).toString(), QStringLiteral("Bernhard"));
    }

    void unknownFormat_isRefused()
    {
        LibraryExporter::Format f;
        QVERIFY(!LibraryExporter::parseFormat(QStringLiteral("docx"), &f));
    }

    void jsonRoundTrip_isIdenticalAndImportIsIdempotent()
    {
        auto source = freshStore();
        auto target = freshStore();
        QVERIFY(source && target);
        const QByteArray json = LibraryExporter::format(sampleList(*source), LibraryExporter::Format::Json, nullptr);
        const auto parsed = LibraryExporter::parseJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.skipped.isEmpty());
        int added = -1;
        QVERIFY(target->mergeList(parsed.document.name, parsed.document.entries, &added));
        QCOMPARE(added, 4);
        const auto once = target->entries(QStringLiteral("to read"));
        QCOMPARE(once, source->entries(QStringLiteral("to read")));
        QVERIFY(target->mergeList(parsed.document.name, parsed.document.entries, &added));
        QCOMPARE(added, 0);
        QCOMPARE(target->entries(QStringLiteral("to read")), once);
        QCOMPARE(LibraryExporter::format({QStringLiteral("to read"), once}, LibraryExporter::Format::Json, nullptr), json);
    }

    void import_mergesIntoExistingList()
    {
        auto store = freshStore();
        QVERIFY(store);
        const auto doc = sampleList(*store);
        QVERIFY(store->removeFromList(doc.name, {doc.entries[0].paper.id}));
        QVERIFY(store->setNote(doc.name, doc.entries[1].paper.id, QStringLiteral("mine")));
        int added = 0;
        QVERIFY(store->mergeList(doc.name, doc.entries, &added));
        QCOMPARE(added, 1);
        const auto merged = store->entries(doc.name);
        QCOMPARE(merged.size(), 4);
        QCOMPARE(merged.last().paper.id, doc.entries[0].paper.id); // appended
        QCOMPARE(merged.first().note, QStringLiteral("mine"));     // a local note wins
    }

    void bookmarks_roundTripThroughImport()
    {
        auto source = freshStore();
        auto target = freshStore();
        QVERIFY(source && target);
        QVERIFY(source->setBookmarked({LibraryStore::paperFrom(*m_corpus, 2), LibraryStore::paperFrom(*m_corpus, 0)}, true));
        const QByteArray json = LibraryExporter::format({LibraryStore::kBookmarksName, source->bookmarks()},
                                                        LibraryExporter::Format::Json, nullptr);
        const auto parsed = LibraryExporter::parseJson(json);
        QVERIFY(target->mergeList(parsed.document.name, parsed.document.entries));
        QCOMPARE(target->bookmarks(), source->bookmarks());
        QVERIFY(target->lists().isEmpty());
    }

    void badJson_isReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("skipped");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON at line 1") << 0;
        QTest::newRow("bad on line 3") << QByteArray("{\n  \"format\": \"skimmer-list\",\n  \"name\" \"x\"\n}")
                                       << QStringLiteral("not valid JSON at line 3, column 11") << 0;
        QTest::newRow("other json") << QByteArray("[1,2]") << QStringLiteral("not a Skimmer list export") << 0;
        QTest::newRow("newer") << QByteArray(R"({"format":"skimmer-list","version":7,"name":"x","entries":[]})")
                               << QStringLiteral("newer Skimmer") << 0;
        QTest::newRow("no name") << QByteArray(R"({"format":"skimmer-list","version":1,"entries":[]})")
                                 << QStringLiteral("no list name") << 0;
        QTest::newRow("entry without id")
            << QByteArray(R"({"format":"skimmer-list","version":1,"name":"x","entries":[{"id":"a"},{"note":"n"}]})")
            << QString() << 1;
    }
    void badJson_isReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(int, skipped);
        const auto parsed = LibraryExporter::parseJson(json);
        if (error.isEmpty())
            QVERIFY(parsed.ok());
        else
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        QCOMPARE(parsed.skipped.size(), skipped);
    }
};

QTEST_GUILESS_MAIN(TestLibraryExporter)
#include "tst_libraryexporter.moc"
