#include "corpus/arxivreader.h"
#include "corpus/corpusreader.h"
#include "support/trickledevice.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstring>

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SKIMMER_TEST_DATA "/formats/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString diagnostics(const CorpusParser::Result &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics)
        lines.append(QString::number(d.line));
    return lines.join(QLatin1Char(','));
}
} // namespace

// The format detector and the readers behind it, fed the fixtures in tests/data/formats.
class TestCorpusReader : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("format");
        using F = CorpusReader::Format;
        QTest::newRow("arxiv") << fixture(u"arxiv.jsonl"_qs) << int(F::Arxiv);
        QTest::newRow("bibtex") << fixture(u"bibtex.bib"_qs) << int(F::Bibtex);
        QTest::newRow("bibtex @comment first") << QByteArray("\n@Comment{jabref}\n") << int(F::Bibtex);
        QTest::newRow("ris") << fixture(u"ris.ris"_qs) << int(F::Ris);
        QTest::newRow("ris with BOM") << QByteArray("\xEF\xBB\xBFTY  - JOUR\n") << int(F::Ris);
        QTest::newRow("csl") << fixture(u"csl.json"_qs) << int(F::CslJson);
        QTest::newRow("openreview notes") << fixture(u"openreview-v1.json"_qs) << int(F::OpenReview);
        QTest::newRow("openreview array") << fixture(u"openreview-v2.json"_qs) << int(F::OpenReview);
        QTest::newRow("native") << fixture(u"native.txt"_qs) << int(F::Native);
        QTest::newRow("prose is native (refused there)") << QByteArray("Just prose. @ here.\n") << int(F::Native);
    }

    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, format);
        QCOMPARE(int(CorpusReader::detect(head)), format);
    }

    // name, papers, lines of the diagnostics, one title, its year, one author of it
    void read_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("papers");
        QTest::addColumn<QString>("diagnosticLines");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("author");
        QTest::newRow("arxiv") << u"arxiv.jsonl"_qs << 3 << u"4,5"_qs
                               << u"Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"_qs
                               << 2007 << u"C. Balázs"_qs;
        QTest::newRow("arxiv.gz") << u"arxiv.jsonl.gz"_qs << 3 << u"4,5"_qs << u"Learning with kernels and policies"_qs
                                  << 2017 << u"Bernhard Schölkopf"_qs;
        QTest::newRow("bibtex") << u"bibtex.bib"_qs << 4 << u"42,44"_qs
                                << u"Causal Representation Learning: Über alles — a nested brace test"_qs << 2019
                                << u"John von Neumann Jr."_qs;
        QTest::newRow("bibtex.gz") << u"bibtex.bib.gz"_qs << 4 << u"42,44"_qs << u"Read after the broken entry"_qs << 2021
                                   << u"Cy Po"_qs;
        QTest::newRow("ris") << u"ris.ris"_qs << 3 << u"24,25,32"_qs << u"Deep learning for wrapped titles"_qs << 2014
                             << u"Bernhard Schölkopf"_qs;
        QTest::newRow("csl") << u"csl.json"_qs << 3 << u"22,23"_qs << u"Report by a group"_qs << 2019
                             << u"John von Neumann"_qs;
        QTest::newRow("openreview v1") << u"openreview-v1.json"_qs << 2 << u"9"_qs
                                       << u"Graph neural networks extrapolate"_qs << 2020 << u"Keyulu Xu"_qs;
        QTest::newRow("openreview v2") << u"openreview-v2.json"_qs << 1 << u"6"_qs << u"Wrapped values in API v2"_qs
                                       << 2024 << u"Chelsea Finn"_qs;
    }

    void read()
    {
        QFETCH(QString, file);
        QFETCH(int, papers);
        QFETCH(QString, diagnosticLines);
        QFETCH(QString, title);
        QFETCH(int, year);
        QFETCH(QString, author);
        const auto r = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/") + file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.corpus->size(), papers);
        QCOMPARE(diagnostics(r), diagnosticLines);
        qsizetype row = -1;
        for (qsizetype i = 0; i < r.corpus->size(); ++i) {
            if (r.corpus->title(i) == title)
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(title));
        QCOMPARE(r.corpus->year(row), year);
        QVERIFY2(r.corpus->authors(row).contains(author), qPrintable(r.corpus->authors(row).join(u", "_qs)));
        QCOMPARE(r.corpus->headline(row), title); // the headline is the title
    }

    // authors_parsed parts become "First Last Suffix": white space and commas inside parts
    // collapse, empty parts and names vanish, hyphens stay, TeX accents and "--" are decoded.
    void arxivNames()
    {
        const auto r = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/traps/arxiv-names.jsonl"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.corpus->authors(0),
                 (QStringList{u"John Q. Smith"_qs, u"Jane Doe Jr"_qs, u"Ana-Maria Lee-Kim III"_qs, u"Bernhard Schölkopf"_qs,
                              u"C. Balázs"_qs, u"x A–B"_qs, u"Émile Müller"_qs, u"First Line Tab Name"_qs}));
    }

    void traps()
    {
        const auto arxiv = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/arxiv.jsonl")).corpus;
        QCOMPARE(arxiv->categories(1), (QStringList{u"cs.LG"_qs, u"stat.ML"_qs, u"cs.AI"_qs}));
        QCOMPARE(arxiv->abstract(1), u"We study $\\alpha$-divergences between policies. Results follow."_qs);
        QCOMPARE(arxiv->arxivId(0), u"0704.0001"_qs);
        QCOMPARE(arxiv->doi(0), u"10.1103/PhysRevD.76.013009"_qs);
        QCOMPARE(arxiv->authors(1).last(), u"Jean François Jr"_qs);
        const auto bib = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/bibtex.bib")).corpus;
        QCOMPARE(bib->venue(0), u"Advances in Neural Information Processing Systems 32"_qs); // macro # literal
        QCOMPARE(bib->metadata(0).month, 6);                                                 // month = jun
        QCOMPARE(bib->doi(0), u"10.5555/3454287_3455008"_qs);
        QCOMPARE(bib->keywords(0), (QStringList{u"causality"_qs, u"representation learning"_qs, u"kernels"_qs}));
        QCOMPARE(bib->authors(0).size(), 3); // "and others" dropped
        QCOMPARE(bib->venue(1), u"Proceedings of Physical Review D"_qs);
        QCOMPARE(bib->arxivId(1), u"0704.0001"_qs);
        QCOMPARE(bib->metadata(1).month, 7);
        QCOMPARE(bib->authors(2), (QStringList{u"Anna Grße"_qs, u"Bo Østergaard"_qs}));
        QCOMPARE(bib->abstract(2), QString()); // kept without an abstract
        const auto ris = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/ris.ris")).corpus;
        QCOMPARE(ris->abstract(0), u"An abstract that continues on the next line."_qs);
        QCOMPARE(ris->metadata(1).month, 10);
        QCOMPARE(ris->metadata(1).day, 19);
        QCOMPARE(ris->venue(1), u"Proceedings of the Conference"_qs);
        QCOMPARE(ris->authors(1), QStringList{u"Ann Lee Jr."_qs});
        const auto csl = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/csl.json")).corpus;
        QCOMPARE(csl->authors(1).first(), u"The OpenReview Team"_qs);
        QCOMPARE(csl->metadata(1).month, 3); // date-parts as strings
        QCOMPARE(csl->arxivId(1), u"1903.00001"_qs);
        QCOMPARE(csl->venue(2), u"A list venue"_qs);
        QCOMPARE(csl->keywords(0).size(), 3);
        const auto v1 = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/openreview-v1.json")).corpus;
        QCOMPARE(v1->tldr(0), u"GNNs extrapolate linearly."_qs);
        QCOMPARE(v1->tldr(1), u"One sentence."_qs);
        QCOMPARE(v1->venue(0), u"ICLR 2021 Oral"_qs);
        const auto v2 = CorpusReader::readFile(QStringLiteral(SKIMMER_TEST_DATA "/formats/openreview-v2.json")).corpus;
        QCOMPARE(v2->tldr(0), u"Values are wrapped."_qs);
        QCOMPARE(v2->keywords(0), QStringList{u"reinforcement learning"_qs});
    }

    void forcedFormat_andRefusals()
    {
        CorpusReader::Options ris;
        ris.format = CorpusReader::Format::Ris;
        const auto forced = CorpusReader::read(fixture(u"bibtex.bib"_qs), u"x"_qs, ris);
        QVERIFY(!forced.ok());
        QVERIFY(forced.error.contains(u"RIS"_qs));
        const auto none = CorpusReader::read("This is prose: it has (parentheses) and 42 digits, so it is no author line.\nMore prose follows here.\n", u"x"_qs);
        QVERIFY(!none.ok());
        for (const QString &name : CorpusReader::formatNames())
            QVERIFY2(none.error.contains(name), qPrintable(none.error));
        QVERIFY(!CorpusReader::read(QByteArray("\x1f\x8b\x08\x00garbage", 12), u"x.gz"_qs).ok());
        QVERIFY(CorpusReader::read("[1,\n 2", u"x"_qs).error.contains(u"line 2"_qs));
        QCOMPARE(CorpusReader::formatFromName(u"CSL-JSON"_qs), CorpusReader::Format::CslJson);
        QVERIFY(!CorpusReader::formatFromName(u"word"_qs));
    }

    // What the fuzzers do in small: every cut of every fixture, forced through its reader and
    // detected, gives papers or a reason.
    void everyPrefix_readsOrRefuses()
    {
        using F = CorpusReader::Format;
        const QList<std::pair<QString, F>> files = {{u"arxiv.jsonl"_qs, F::Arxiv}, {u"bibtex.bib"_qs, F::Bibtex},
                                                    {u"ris.ris"_qs, F::Ris}, {u"csl.json"_qs, F::CslJson},
                                                    {u"openreview-v1.json"_qs, F::OpenReview},
                                                    {u"bibtex.bib.gz"_qs, F::Bibtex}};
        for (const auto &[file, format] : files) {
            const QByteArray data = fixture(file);
            QVERIFY(!data.isEmpty());
            for (qsizetype cut = 0; cut <= data.size(); cut += 7) {
                CorpusReader::Options forced;
                forced.format = format;
                for (const auto &options : {forced, CorpusReader::Options()}) {
                    const auto r = CorpusReader::read(data.first(cut), file, options);
                    QVERIFY2(r.ok() || !r.error.isEmpty(), qPrintable(file + u' ' + QString::number(cut)));
                }
            }
        }
    }

    void cancel_stopsEveryReader()
    {
        const std::atomic_bool stop = true;
        CorpusReader::Options options;
        options.cancel = &stop;
        for (const QString &file : {u"arxiv.jsonl"_qs, u"bibtex.bib"_qs, u"ris.ris"_qs}) {
            const auto r = CorpusReader::read(fixture(file), file, options);
            QVERIFY2(!r.ok() && r.error.startsWith(u"Cancel"_qs), qPrintable(file + u": "_qs + r.error));
        }
    }

    // Unknown size: the arXiv block starts small and grows only when a read fills it, so lines
    // longer than the block, lines across blocks and short reads all come through whole.
    void arxivStreamOfUnknownSize_readsEveryLine()
    {
        QByteArray lines;
        const QByteArray longAbstract = QByteArray(150000, 'a');
        for (int i = 0; i < 300; ++i) {
            const QByteArray abstract = i == 7 ? longAbstract : "Abstract " + QByteArray::number(i);
            lines += "{\"id\":\"0704." + QByteArray::number(1000 + i) + "\",\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]],"
                + "\"title\":\"Paper " + QByteArray::number(i) + "\",\"abstract\":\"" + abstract + "\"}\n";
        }
        lines.chop(1); // no newline after the last line
        for (int trickle = 0; trickle < 2; ++trickle) {
            QBuffer buffer(&lines);
            buffer.open(QIODevice::ReadOnly);
            TrickleDevice slow(lines);
            QIODevice &in = trickle ? static_cast<QIODevice &>(slow) : buffer;
            const auto r = ArxivReader::read(in, u"x.jsonl"_qs, {});
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.corpus->size(), 300);
            QCOMPARE(r.corpus->abstract(7).size(), longAbstract.size());
            QCOMPARE(r.corpus->title(299), u"Paper 299"_qs);
        }
    }

    void bibtexDepthIsBounded()
    {
        const QByteArray deep = "@article{k, title = " + QByteArray(5000, '{') + "x" + QByteArray(5000, '}') + "}\n"
            + "@article{ok, title = {Fine}}\n";
        const auto r = CorpusReader::read(deep, u"deep.bib"_qs);
        QVERIFY(r.ok());
        QCOMPARE(r.corpus->size(), 1);
        QCOMPARE(r.corpus->title(0), u"Fine"_qs);
    }

    // Issue 17, fuzzing: inputs that took quadratic time. 1.2 MB of entries without fields ("@a{x}")
    // took 8 s (a comma and the close searched to the end of the text per entry), 150,000 lines of
    // "@a{x," 14 s (each skip to the next entry checked the whole text as UTF-16), a RIS record of
    // 80,000 TI lines 7.4 s (a new string per repeated tag). Now each reads in milliseconds; the
    // bound leaves room for a loaded machine.
    void pathologicalInputs_readInLinearTime_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("papers");
        QTest::newRow("bibtex entries without fields") << QByteArray("@a{x}\n").repeated(300'000) << u"bibtex"_qs << 0;
        QTest::newRow("bibtex entries without values")
            << QByteArray("@a{x,\n").repeated(300'000) << u"bibtex"_qs << 0;
        QTest::newRow("bibtex unclosed entries without fields")
            << QByteArray("@a{x ").repeated(300'000) << u"bibtex"_qs << 0;
        QTest::newRow("ris record of repeated titles")
            << "TY  - JOUR\n" + QByteArray("TI  - abcdefgh\n").repeated(150'000) + "ER  -\n" << u"ris"_qs << 1;
        QTest::newRow("ris record of continuation lines")
            << "TY  - JOUR\nTI  - t\n" + QByteArray("  continued\n").repeated(150'000) + "ER  -\n" << u"ris"_qs << 1;
    }

    void pathologicalInputs_readInLinearTime()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, format);
        QFETCH(int, papers);
        CorpusReader::Options options;
        options.format = *CorpusReader::formatFromName(format);
        QElapsedTimer timer;
        timer.start();
        const auto r = CorpusReader::read(data, u"hostile"_qs, options);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed()) + u" ms"_qs));
        QCOMPARE(r.ok() ? int(r.corpus->size()) : 0, papers);
        if (!r.ok())
            QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorpusReader)
#include "tst_corpusreader.moc"
