#include "bibtexsamples.h"
#include "legacybibtexreader.h"

#include "corpus/bibtexreader.h"
#include "corpus/corpusformatter.h"
#include "corpus/corpusreader.h"
#include "corpus/gzipdevice.h"
#include "support/trickledevice.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstring>

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SKIMMER_TEST_DATA "/formats/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray gunzip(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer raw(&copy);
    raw.open(QIODevice::ReadOnly);
    GzipDevice gz(&raw);
    return gz.open(QIODevice::ReadOnly) ? gz.readAll() : QByteArray();
}

// Everything a reader's result says: the refusal, every message with its line, and every paper
// as --list --format json prints it (ids included).
QString dump(const CorpusParser::Result &r)
{
    QString out = r.error + u'\n';
    for (const Diagnostic &d : r.diagnostics)
        out += d.toString() + u'\n';
    if (r.corpus) {
        QList<qsizetype> rows;
        for (qsizetype i = 0; i < r.corpus->size(); ++i)
            rows.append(i);
        out += QString::fromUtf8(CorpusFormatter::format(*r.corpus, rows, CorpusFormatter::Format::Json));
    }
    return out;
}

// Tiny blocks and pieces, so that blocks end inside braces, quotes, names and UTF-8 sequences,
// pieces start after @string entries they depend on, and entries run over into the next piece.
BibtexReader::Blocks tinyBlocks(QRandomGenerator &rng)
{
    return {rng.bounded(16, 300), rng.bounded(300, 5000), rng.bounded(1, 200), rng.bounded(1, 5)};
}

CorpusParser::Result readStreamed(const QByteArray &data, const BibtexReader::Blocks &blocks, qint64 step, bool gz)
{
    QByteArray bytes = gz ? BibtexSamples::gzip(data) : data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TrickleDevice trickle(bytes, step);
    QIODevice &raw = step > 0 ? static_cast<QIODevice &>(trickle) : buffer;
    if (!gz)
        return BibtexReader::read(raw, u"x.bib"_qs, {}, step > 0 ? 0 : bytes.size(), blocks);
    GzipDevice unzipped(&raw);
    unzipped.open(QIODevice::ReadOnly);
    return BibtexReader::read(unzipped, u"x.bib"_qs, {}, 0, blocks);
}

CorpusParser::Result readForced(const QByteArray &data)
{
    CorpusReader::Options options;
    options.format = CorpusReader::Format::Bibtex;
    return CorpusReader::read(data, u"x.bib"_qs, options);
}

} // namespace

// The BibTeX reader against the sequential whole-file reader it replaced (LegacyBibtexReader):
// the same papers, ids, messages and lines, byte for byte, on the fixtures and on random files.
class TestBibtexReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_equalTheSequentialReader()
    {
        const QByteArray plain = fixture(u"bibtex.bib"_qs);
        QVERIFY(!plain.isEmpty());
        const QString expected = dump(LegacyBibtexReader::read(plain, u"x.bib"_qs, {}));
        QCOMPARE(dump(readForced(plain)), expected);
        QCOMPARE(dump(readForced(fixture(u"bibtex.bib.gz"_qs))), expected);
        QCOMPARE(gunzip(fixture(u"bibtex.bib.gz"_qs)), plain);
    }

    void randomFiles_equalTheSequentialReader()
    {
        QRandomGenerator rng(12);
        for (int round = 0; round < 400; ++round) {
            QByteArray data = BibtexSamples::randomFile(rng, rng.bounded(1, 40));
            if (round % 3 == 0)
                data = BibtexSamples::mutated(rng, data);
            const QString expected = dump(LegacyBibtexReader::read(data, u"x.bib"_qs, {}));
            QCOMPARE(dump(readForced(data)), expected);
            if (round % 10 == 0)
                QCOMPARE(dump(readForced(BibtexSamples::gzip(data))), expected);
            const BibtexReader::Blocks blocks = tinyBlocks(rng);
            const qint64 step = rng.bounded(3) == 0 ? 0 : rng.bounded(1, 800);
            const QString streamed = dump(readStreamed(data, blocks, step, round % 5 == 0));
            if (streamed != expected) {
                QFile keep(QDir::temp().filePath(u"tst_bibtexreader-failure.bib"_qs));
                if (keep.open(QIODevice::WriteOnly))
                    keep.write(data);
                qWarning("round %d: blocks %lld/%lld/%lld/%d, step %lld; input kept in %s", round,
                         qlonglong(blocks.first), qlonglong(blocks.max), qlonglong(blocks.minChunk), blocks.threads,
                         qlonglong(step), qPrintable(keep.fileName()));
            }
            QCOMPARE(streamed, expected);
        }
    }

    // Thousands of entries through the default blocks but pieces of a few kilobytes, so both cores
    // scan and the macros defined along the way are resolved in order.
    void manyEntries_onEveryCore_equalTheSequentialReader()
    {
        QRandomGenerator rng(2012);
        const QByteArray data = BibtexSamples::randomFile(rng, 6000);
        const QString expected = dump(LegacyBibtexReader::read(data, u"x.bib"_qs, {}));
        BibtexReader::Blocks blocks = BibtexReader::defaultBlocks();
        blocks.minChunk = 4096;
        blocks.threads = 3;
        QCOMPARE(dump(readStreamed(data, blocks, 0, false)), expected);
        blocks.max = 64 << 10;
        QCOMPARE(dump(readStreamed(data, blocks, 0, true)), expected);
        QCOMPARE(dump(readStreamed(data, blocks, 4099, false)), expected);
    }

    // A macro defined after a piece boundary is used only after its definition; one redefined
    // mid-file changes the entries after it and not those before.
    void stringDefinedMidFile_appliesFromThereOn()
    {
        QByteArray data;
        for (int i = 0; i < 200; ++i) {
            if (i == 80)
                data += "@string{ven = \"Late Venue\"}\n@string{jun = \"Juni\"}\n";
            data += "@article{k" + QByteArray::number(i) + ", title = {Paper " + QByteArray::number(i)
                + "}, journal = ven, month = jun, year = 2020}\n";
        }
        const BibtexReader::Blocks blocks{64, 700, 50, 2};
        const auto r = readStreamed(data, blocks, 0, false);
        QVERIFY(r.ok());
        QCOMPARE(r.corpus->size(), 200);
        QCOMPARE(r.corpus->venue(79), QString());
        QCOMPARE(r.corpus->venue(80), u"Late Venue"_qs);
        QCOMPARE(r.corpus->metadata(79).month, 6);
        QCOMPARE(r.corpus->metadata(199).month, 6); // "Juni" starts like June
        QCOMPARE(r.diagnostics.size(), 50 + 1);    // 80 unknown "ven", capped at 50 and a count
        QCOMPARE(dump(r), dump(LegacyBibtexReader::read(data, u"x.bib"_qs, {})));
    }
};

QTEST_GUILESS_MAIN(TestBibtexReader)
#include "tst_bibtexreader.moc"
