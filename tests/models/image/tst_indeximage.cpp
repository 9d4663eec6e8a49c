#include "corpus/corpusformatter.h"
#include "corpus/corpusreader.h"
#include "image/imagecache.h"
#include "image/imagekey.h"
#include "image/indeximage.h"
#include "search/searchengine.h"
#include "search/searchquery.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList kQueries = {u"g"_qs, u"graph"_qs, u"graph neural"_qs, u"\"neural network\""_qs, u"author:levine"_qs,
                              u"learning -graph"_qs, u"title:quantum"_qs, u"zzzznothing"_qs};

QByteArray imageOf(const SearchIndex &index, const Diagnostics &d, const QByteArray &key = "k")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!IndexImage::write(buffer, key, index, d))
        return {};
    return buffer.data();
}

// Everything the command line prints for a corpus and its index: --list json and each query's ranked ids and scores.
QByteArray flatten(const SearchIndex &index, const Diagnostics &d)
{
    const Corpus &c = *index.corpus();
    QList<qsizetype> rows(c.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = i;
    QByteArray out = CorpusFormatter::format(c, rows, CorpusFormatter::Format::Json);
    for (const Diagnostic &x : d)
        out += x.toString().toUtf8() + '\n';
    for (const QString &q : kQueries) {
        for (SortOrder order : {SortOrder::Relevance, SortOrder::FirstAuthor}) {
            const SearchResult r = SearchEngine::run(index, SearchQuery::parse(q), order, false);
            out += q.toUtf8() + ':';
            for (size_t i = 0; i < r.rows.size(); ++i)
                out += ' ' + QByteArray::number(r.rows[i]) + '/' + QByteArray::number(r.scores[i], 'g', 9);
            out += '\n';
        }
    }
    return out;
}
} // namespace

class TestIndexImage : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("shipped") << QStringLiteral(SKIMMER_SHIPPED_CORPUS);
        for (const char *f : {"native.txt", "arxiv.jsonl", "bibtex.bib", "csl.json", "ris.ris", "openreview-v2.json"})
            QTest::newRow(f) << QStringLiteral(SKIMMER_TEST_DATA "/formats/") + QLatin1String(f);
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const auto parsed = CorpusReader::readFile(path);
        QVERIFY(parsed.ok());
        const auto index = SearchIndex::build(parsed.corpus);
        const QByteArray image = imageOf(*index, parsed.diagnostics);
        QVERIFY(!image.isEmpty());
        const auto back = IndexImage::read(QByteArrayView(image), "k");
        QVERIFY(back.has_value());
        QCOMPARE(back->corpus->size(), parsed.corpus->size());
        QCOMPARE(back->corpus->name(), parsed.corpus->name());
        QCOMPARE(back->corpus->sourcePath(), parsed.corpus->sourcePath());
        QCOMPARE(flatten(*back->index, back->diagnostics), flatten(*index, parsed.diagnostics));
        if (parsed.corpus->size() > 0) {
            const QString id = parsed.corpus->id(parsed.corpus->size() - 1);
            QCOMPARE(back->corpus->indexOfId(id), parsed.corpus->indexOfId(id));
        }
        QVERIFY(!IndexImage::read(QByteArrayView(image), "other key")); // another file's image
    }

    void damageIsRefused()
    {
        const auto parsed = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/arxiv.jsonl"));
        QVERIFY(parsed.ok());
        const QByteArray image = imageOf(*SearchIndex::build(parsed.corpus), parsed.diagnostics);
        QVERIFY(IndexImage::read(QByteArrayView(image), "k"));
        for (qsizetype n = 0; n < image.size(); n += 1 + n / 16) // truncated anywhere
            QVERIFY2(!IndexImage::read(QByteArrayView(image.left(n)), "k"), qPrintable(QString::number(n)));
        QVERIFY(!IndexImage::read(QByteArrayView(image + QByteArray(8, '\0')), "k")); // grown
        for (qsizetype i = 0; i < image.size(); i += 1 + i / 64) { // any byte flipped
            QByteArray flipped = image;
            flipped[i] = char(flipped[i] ^ 0x5a);
            QVERIFY2(!IndexImage::read(QByteArrayView(flipped), "k"), qPrintable(QString::number(i)));
            // Without checksums the structural checks must still keep it from crashing.
            (void)IndexImage::read(QByteArrayView(flipped), "k", false);
        }
        QByteArray version = image;
        version[8] = char(version[8] + 1); // format version, then the header checksum is also wrong: refused either way
        QVERIFY(!IndexImage::read(QByteArrayView(version), "k"));
        QVERIFY(!IndexImage::read(QByteArrayView(version), "k", false));
        QVERIFY(!IndexImage::read(QByteArrayView("SKIMIMG1 not really an image"), "k"));
        QFile foreign(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QVERIFY(!IndexImage::read(QByteArrayView(foreign.readAll()), "k"));
    }

    void cacheKeysTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpusPath = dir.filePath(u"corpus.txt"_qs);
        QFile::copy(QStringLiteral(SKIMMER_TEST_DATA "/formats/native.txt"), corpusPath);
        ImageCache cache(dir.filePath(u"images"_qs));
        const auto fmt = CorpusReader::Format::Auto;
        QVERIFY(!cache.load(corpusPath, fmt));
        const QByteArray key = ImageKey::forFile(corpusPath, ImageCache::extraKey(fmt));
        const auto parsed = CorpusReader::readFile(corpusPath);
        QVERIFY(parsed.ok());
        const auto index = SearchIndex::build(parsed.corpus);
        QVERIFY(cache.save(corpusPath, fmt, key, *index, parsed.diagnostics));
        auto back = cache.load(corpusPath, fmt);
        QVERIFY(back);
        QCOMPARE(flatten(*back->index, back->diagnostics), flatten(*index, parsed.diagnostics));

        // Same size, same modification time, different content: never the old image.
        QFile f(corpusPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime mtime = f.fileTime(QFileDevice::FileModificationTime);
        QByteArray content = f.readAll();
        content[content.size() / 2] = content[content.size() / 2] == 'a' ? 'b' : 'a';
        f.seek(0);
        f.write(content);
        f.setFileTime(mtime, QFileDevice::FileModificationTime);
        f.close();
        QVERIFY(!cache.load(corpusPath, fmt));
        // A key taken before a change does not save.
        QVERIFY(!cache.save(corpusPath, fmt, key, *index, parsed.diagnostics));

        // A damaged image on disk is refused and removed.
        const QByteArray key2 = ImageKey::forFile(corpusPath, ImageCache::extraKey(fmt));
        QVERIFY(cache.save(corpusPath, fmt, key2, *index, parsed.diagnostics));
        QFile img(cache.pathFor(corpusPath, fmt));
        QVERIFY(img.open(QIODevice::ReadWrite));
        img.resize(img.size() / 2);
        img.close();
        QVERIFY(!cache.load(corpusPath, fmt));
        QVERIFY(!QFile::exists(cache.pathFor(corpusPath, fmt)));

        QVERIFY(cache.save(corpusPath, fmt, key2, *index, parsed.diagnostics));
        QCOMPARE(cache.clear(), 1);
        QVERIFY(!cache.load(corpusPath, fmt));
    }

    void cacheIsBounded()
    {
        QTemporaryDir dir;
        ImageCache cache(dir.filePath(u"images"_qs), ImageCache::kDefaultMaxBytes, 2);
        const auto fmt = CorpusReader::Format::Auto;
        for (int i = 0; i < 4; ++i) {
            const QString p = dir.filePath(QStringLiteral("c%1.txt").arg(i));
            QFile::copy(QStringLiteral(SKIMMER_TEST_DATA "/formats/native.txt"), p);
            const QByteArray key = ImageKey::forFile(p, ImageCache::extraKey(fmt));
            const auto parsed = CorpusReader::readFile(p);
            QVERIFY(cache.save(p, fmt, key, *SearchIndex::build(parsed.corpus), parsed.diagnostics));
            QTest::qWait(20); // distinct modification times
        }
        QCOMPARE(QDir(cache.folder()).entryList({u"*.img"_qs}, QDir::Files).size(), 2);
        QVERIFY(cache.load(dir.filePath(u"c3.txt"_qs), fmt));
        QVERIFY(!cache.load(dir.filePath(u"c0.txt"_qs), fmt));
    }
};

QTEST_GUILESS_MAIN(TestIndexImage)
#include "tst_indeximage.moc"
