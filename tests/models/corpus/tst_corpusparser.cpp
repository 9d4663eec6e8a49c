#include "corpus/corpusparser.h"
#include "corpus/corpustext.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

// Flattens a corpus into one string so one QCOMPARE shows the whole parse.
static QString summary(const Corpus &c)
{
    QStringList rows;
    for (qsizetype i = 0; i < c.size(); ++i) {
        QString flags;
        if (c.flags(i) & Corpus::Truncated)
            flags += QLatin1Char('T');
        if (c.flags(i) & Corpus::MissingAbstract)
            flags += QLatin1Char('M');
        if (c.flags(i) & Corpus::NoAuthors)
            flags += QLatin1Char('N');
        if (c.flags(i) & Corpus::Clipped)
            flags += QLatin1Char('C');
        rows.append(QStringLiteral("%1@%2[%3|%4|%5]%6")
                        .arg(i)
                        .arg(c.sourceLine(i))
                        .arg(c.authors(i).join(QLatin1Char(';')),
                             c.hasTldr(i) ? c.tldr(i) : QStringLiteral("-"), c.abstract(i).left(20), flags));
    }
    return rows.join(QLatin1Char(' '));
}

static QString diagLines(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out.append(QString::number(d.line));
    return out.join(QLatin1Char(','));
}

class TestCorpusParser : public QObject
{
    Q_OBJECT

private slots:
    void shippedCorpus_parsesAllRecords()
    {
        const auto r = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Corpus &c = *r.corpus;
        QCOMPARE(c.size(), 434);
        int withTldr = 0;
        for (qsizetype i = 0; i < c.size(); ++i)
            withTldr += c.hasTldr(i);
        QCOMPARE(withTldr, 393);
        QCOMPARE(c.authorTable().size(), 1773);
        QCOMPARE(c.sourceLine(0), 1);
        QCOMPARE(c.authors(0).first(), QStringLiteral("Keyulu Xu"));
        QCOMPARE(c.authors(0).size(), 6);
        QVERIFY(c.tldr(0).startsWith(QStringLiteral("We study how neural networks")));
        for (qsizetype i = 0; i + 1 < c.size(); ++i)
            QVERIFY2(!c.isTruncated(i), qPrintable(QString::number(i)));
        QVERIFY(c.isTruncated(433));
        QVERIFY(c.abstract(433).endsWith(QStringLiteral("related to th")));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().line, 1261);
    }

    void shippedCorpus_keepsDiacritics()
    {
        const auto r = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        const qint64 id = r.corpus->authorTable().find(QStringLiteral("bernhard scholkopf"));
        QVERIFY(id >= 0);
        QCOMPARE(r.corpus->authorTable().displayName(AuthorTable::Id(id)), QStringLiteral("Bernhard Schölkopf"));
    }

    void buffers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("diagnosticLines");

        QTest::newRow("basic") << QByteArray("A B, C D\ntl;dr: Short.\nLong abstract.\n")
                               << "0@1[A B;C D|Short.|Long abstract.]" << "";
        QTest::newRow("no tldr") << QByteArray("Ann Lee\nJust the abstract.\nBo Xu\ntl;dr: T.\nAbs.\n")
                                 << "0@1[Ann Lee|-|Just the abstract.] 1@3[Bo Xu|T.|Abs.]" << "";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "Ann Lee\nAbs.\n") << "0@1[Ann Lee|-|Abs.]" << "";
        QTest::newRow("crlf") << QByteArray("Ann Lee\r\ntl;dr: T.\r\nAbs.\r\n") << "0@1[Ann Lee|T.|Abs.]" << "";
        QTest::newRow("cr") << QByteArray("Ann Lee\rtl;dr: T.\rAbs.\r") << "0@1[Ann Lee|T.|Abs.]" << "";
        QTest::newRow("blank lines between")
            << QByteArray("\n\nAnn Lee\nAbs one.\n\n\n   \nBo Xu\nAbs two.\n\n")
            << "0@3[Ann Lee|-|Abs one.] 1@8[Bo Xu|-|Abs two.]" << "";
        QTest::newRow("trailing spaces and empty names")
            << QByteArray("  Ann Lee ,, Bo Xu ,  \t\ntl;dr:   T.  \nAbs.   \n") << "0@1[Ann Lee;Bo Xu|T.|Abs.]" << "";
        QTest::newRow("diacritics") << QByteArray("Bernhard Schölkopf, Zoë Çelik\nAbs.\n")
                                    << "0@1[Bernhard Schölkopf;Zoë Çelik|-|Abs.]" << "";
        QTest::newRow("truncated mid word, no newline") << QByteArray("Ann Lee\nAbs is cut of")
                                                         << "0@1[Ann Lee|-|Abs is cut of]T" << "2";
        QTest::newRow("complete, no newline") << QByteArray("Ann Lee\nAbs ends.") << "0@1[Ann Lee|-|Abs ends.]" << "";
        QTest::newRow("ends after authors") << QByteArray("Ann Lee\nAbs.\nBo Xu\n")
                                            << "0@1[Ann Lee|-|Abs.] 1@3[Bo Xu|-|]TM" << "3";
        QTest::newRow("ends after tldr") << QByteArray("Ann Lee\ntl;dr: T.\n") << "0@1[Ann Lee|T.|]TM" << "1";
        QTest::newRow("author line without abstract")
            << QByteArray("Ann Lee\nBo Xu\ntl;dr: T.\nAbs two.\n")
            << "0@1[Ann Lee|-|]M 1@2[Bo Xu|T.|Abs two.]" << "1";
        QTest::newRow("tldr without authors") << QByteArray("Ann Lee\nWe study graphs.\ntl;dr: T.\nAbs two.\n")
                                              << "0@1[Ann Lee|-|We study graphs.] 1@3[|T.|Abs two.]N" << "3";
        QTest::newRow("invalid utf8 replaced")
            << QByteArray("Ann Lee\nAbs \xFF bad.\nBo Xu\nAbs two.\n")
            << "0@1[Ann Lee|-|Abs \uFFFD bad.] 1@3[Bo Xu|-|Abs two.]" << "2";
        QTest::newRow("overlong utf8 is invalid") << QByteArray("Ann Lee\nAbs \xC0\xAF.\n")
                                                  << "0@1[Ann Lee|-|Abs \uFFFD\uFFFD.]" << "2";
    }

    void buffers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(QString, diagnosticLines);
        const auto r = CorpusParser::parse(input, QStringLiteral("test"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(summary(*r.corpus), expected);
        QCOMPARE(diagLines(r.diagnostics), diagnosticLines);
    }

    void overlongLine_isClippedAndReported()
    {
        QByteArray input = "Ann Lee\n" + QByteArray(CorpusParser::kMaxLineBytes + 500, 'x') + ".\n";
        const auto r = CorpusParser::parse(input, QStringLiteral("long"));
        QVERIFY(r.ok());
        QCOMPARE(r.corpus->abstract(0).size(), CorpusParser::kMaxLineBytes);
        QCOMPARE(diagLines(r.diagnostics), QStringLiteral("2"));
        QVERIFY(r.diagnostics.first().message.contains(QStringLiteral("bytes long")));
    }

    // Issue 17, finding 5: a paper by a large collaboration (thousands of names, 60–100 KB) made
    // the whole file "not a corpus… reads like prose".
    void bigCollaboration_isReadAsAuthors()
    {
        QStringList names;
        for (int i = 0; i < 5500; ++i) // "Ann Abason", "Ann Bbason", …: digits would not be names
            names << u"Ann "_qs + QChar(u'A' + i % 26) + QChar(u'a' + i / 26 % 26) + QChar(u'a' + i / 676) + u"son"_qs;
        const QByteArray authors = names.join(u", "_qs).toUtf8();
        QVERIFY(authors.size() > 60'000 && authors.size() < CorpusParser::kMaxLineBytes);
        const auto r = CorpusParser::parse("Ann Lee\nA first abstract.\n\n" + authors + "\nMeasurement of the top quark mass.\n",
                                           QStringLiteral("atlas"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.corpus->size(), 2);
        QCOMPARE(r.corpus->authors(1).size(), 5500);
        QVERIFY(r.diagnostics.isEmpty());
    }

    void overlongCollaboration_isClippedKeepingTheDiagnostic()
    {
        QByteArray authors = "Ann Lee";
        while (authors.size() <= CorpusParser::kMaxLineBytes + 1000)
            authors += ", Bo Xu";
        const auto r = CorpusParser::parse(authors + "\nThe abstract.\n", QStringLiteral("cms"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(diagLines(r.diagnostics), QStringLiteral("1"));
        QVERIFY(r.corpus->authors(0).size() > 10'000);
        // A file that is refused still says which lines were too long.
        const auto prose = CorpusParser::parse("In 2021 we read prose.\n" + QByteArray(CorpusParser::kMaxLineBytes + 10, 'x')
                                                   + "\nIn 2022, more prose.\n",
                                               QStringLiteral("prose"));
        QVERIFY(!prose.ok());
        QCOMPARE(diagLines(prose.diagnostics), QStringLiteral("2"));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("blank only") << QByteArray("\n  \n\r\n") << "blank";
        QTest::newRow("binary") << QByteArray("Ann Lee\nAbs\0tract\n", 18) << "binary";
        QTest::newRow("latin1") << QByteArray(QByteArray("Jos\xE9 Lee\nCaf\xE9 abs.\n").repeated(20)) << "UTF-8";
        QTest::newRow("prose") << QByteArray("This is a README file. It explains how to build the thing, and more.\n"
                                             "Another paragraph that talks about something else entirely, at length.\n")
                               << "does not look like a corpus";
        QTest::newRow("csv") << QByteArray("id,title,abstract\n1,A title,Some abstract text here that is long enough "
                                           "to read like a sentence with many words in it\n"
                                           "2,Another,More text that goes on and on with many words in a row here\n"
                                           "3,Third,Yet more text that goes on and on with many words in a row here\n")
                             << "does not look like a corpus";
    }

    void rejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        const auto r = CorpusParser::parse(input, QStringLiteral("bad"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void fuzzRegressions_parseWithoutCrashing()
    {
        // Inputs that once crashed a fuzzer; each must parse or be rejected with a reason.
        QDirIterator it(QStringLiteral(SKIMMER_TEST_DATA "/fuzz-regressions"), QDir::Files);
        while (it.hasNext()) {
            const auto r = CorpusParser::parseFile(it.next());
            QVERIFY2(r.ok() || !r.error.isEmpty(), qPrintable(it.fileName()));
        }
    }

    void missingFile_givesClearError()
    {
        const auto r = CorpusParser::parseFile(QStringLiteral("/nonexistent/x.txt"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("/nonexistent/x.txt")));
        const auto d = CorpusParser::parseFile(QStringLiteral(SKIMMER_TEST_DATA));
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QStringLiteral("folder")));
    }

    void ids_areStableUnderReorderingAndEdits()
    {
        const QByteArray a = "Ann Lee\ntl;dr: T1.\nAbs one.\n";
        const QByteArray b = "Bo Xu\nAbs two.\n";
        const QByteArray c = "Cy Po\nAbs three.\n";
        const auto r1 = CorpusParser::parse(a + b + c, {});
        const auto r2 = CorpusParser::parse(c + "\r\n" + a, {});
        QCOMPARE(r2.corpus->id(1), r1.corpus->id(0));
        QCOMPARE(r2.corpus->id(0), r1.corpus->id(2));
        QVERIFY(r1.corpus->id(0) != r1.corpus->id(1));
        QCOMPARE(r1.corpus->id(0).size(), 16);
        QCOMPARE(r1.corpus->indexOfId(r1.corpus->id(2)), 2);
        QCOMPARE(r1.corpus->indexOfId(QStringLiteral("zz")), -1);
    }

    void identicalRecords_getDistinctDeterministicIds()
    {
        const QByteArray a = "Ann Lee\nAbs one.\n";
        const auto r = CorpusParser::parse(a + "Bo Xu\nAbs.\n" + a + a, {});
        const Corpus &c = *r.corpus;
        QCOMPARE(c.id(2), c.id(0) + QStringLiteral("-2"));
        QCOMPARE(c.id(3), c.id(0) + QStringLiteral("-3"));
        QCOMPARE(c.indexOfId(c.id(3)), 3);
        QCOMPARE(c.indexOfId(c.id(0) + QStringLiteral("-9")), -1);
        const auto again = CorpusParser::parse(a + "Bo Xu\nAbs.\n" + a + a, {});
        QCOMPARE(again.corpus->id(3), c.id(3));
    }

    void authors_areInternedByNormalizedName()
    {
        const auto r = CorpusParser::parse("Bernhard Schölkopf, Ann Lee\nAbs.\n"
                                           "Bernhard  Scholkopf\nAbs2.\nBERNHARD SCHÖLKOPF\nAbs3.\n"
                                           "Bernhard Schölkopf\nAbs4.\n", {});
        const Corpus &c = *r.corpus;
        QCOMPARE(c.authorTable().size(), 2);
        const qint64 s = c.authorTable().find(QStringLiteral("bernhard schölkopf"));
        QCOMPARE(c.authorTable().paperCount(AuthorTable::Id(s)), 4);
        QCOMPARE(c.authorTable().displayName(AuthorTable::Id(s)), QStringLiteral("Bernhard Schölkopf"));
        QCOMPARE(c.authorIds(1)[0], AuthorTable::Id(s));
        QCOMPARE(c.authors(1), QStringList{QStringLiteral("Bernhard Scholkopf")}); // as written
    }

    // Large enough for every parallel path: chunked reading (>= 16 MB through parseFile), byte
    // checks, line splitting, hashing and author interning.
    void largeCorpus_parsesAsOneWholeInParallelChunks()
    {
        const QStringList names = {QStringLiteral("Ann Lee"), QStringLiteral("Bo Xu"), QStringLiteral("Émile Roux"),
                                   QStringLiteral("Kai  Chen"), QStringLiteral("Li Wei")};
        const QStringList zoe = {QStringLiteral("Zoë Ng"), QStringLiteral("Zoe  Ng"), QStringLiteral("ZOË NG")};
        const QByteArray filler = QByteArray("Graphs and networks are studied here at some length. ").repeated(7);
        constexpr int n = 3 * 17000;
        QByteArray text;
        QList<int> lines;
        int line = 1;
        for (int i = 0; i <= n; ++i) {
            const int k = i == n ? 0 : i; // the last record repeats the first
            lines.append(line);
            text += (names.at(k % 5) + QStringLiteral(", ") + zoe.at(k % 3)).toUtf8() + '\n';
            if (k % 2 == 0) {
                text += "tl;dr: Record " + QByteArray::number(k) + ".\n";
                ++line;
            }
            text += "Abstract " + QByteArray::number(k) + ". " + filler + '\n';
            line += 2;
            if (k % 7 == 0) {
                text += '\n';
                ++line;
            }
        }
        QVERIFY(text.size() > 16 << 20);
        const auto r = CorpusParser::parse(text, QStringLiteral("large"));
        QVERIFY(r.ok());
        const Corpus &c = *r.corpus;
        QCOMPARE(c.size(), n + 1);
        QCOMPARE(c.authorTable().size(), 6);
        const auto zoeId = AuthorTable::Id(c.authorTable().find(QStringLiteral("zoe ng")));
        QCOMPARE(c.authorTable().paperCount(zoeId), n + 1);
        QCOMPARE(c.authorTable().displayName(zoeId), QStringLiteral("Zoë Ng")); // one more than the others
        QCOMPARE(c.authorTable().displayName(AuthorTable::Id(c.authorTable().find(QStringLiteral("kai chen")))),
                 QStringLiteral("Kai Chen"));
        QCOMPARE(c.authorIds(0)[0], AuthorTable::Id(0));
        QCOMPARE(zoeId, AuthorTable::Id(1));
        for (int i = 0; i <= n; ++i) {
            QCOMPARE(c.sourceLine(i), lines.at(i));
            QCOMPARE(c.authorIds(i)[0], AuthorTable::Id(c.authorTable().find(names.at((i == n ? 0 : i) % 5))));
            QCOMPARE(c.authorIds(i)[1], zoeId);
        }
        QCOMPARE(c.id(n), c.id(0) + QStringLiteral("-2"));
        QCOMPARE(c.indexOfId(c.id(n)), n);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("large.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        const auto fromFile = CorpusParser::parseFile(file.fileName());
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile.corpus->size(), c.size());
        for (int i = 0; i <= n; ++i) {
            QCOMPARE(fromFile.corpus->id(i), c.id(i));
            QCOMPARE(fromFile.corpus->sourceLine(i), c.sourceLine(i));
        }
    }
    // Issue 17, finding 7: a record costs memory however short it is; these sizes are what a
    // million tiny records cost (README, Memory). Growing one back is a decision, not an accident.
    void recordStructs_keepTheirSize()
    {
        static_assert(sizeof(Corpus::Span) == 12 && alignof(Corpus::Span) == 4);
        static_assert(sizeof(Corpus::Record) == 64);
        static_assert(sizeof(Corpus::Metadata) == 88);
        static_assert(sizeof(CorpusText::Line) == 16);
        QCOMPARE(sizeof(Corpus::Record), size_t(64));
        QCOMPARE(sizeof(CorpusText::Line), size_t(16));
    }

    // One-letter lines over several 1 MB chunks: every pair a record, line numbers across the cuts
    // (blank lines included), and the last
    // one-letter record cut off without a newline.
    void tinyRecords_overManyChunks()
    {
        constexpr int n = 600000;
        QByteArray text;
        text.reserve(n * 5);
        for (int i = 0; i < n; ++i) {
            text += char('a' + i % 26);
            text += '\n';
            text += char('a' + (i / 26) % 26);
            text += i % 1000 == 999 ? "\n\n" : "\n";
        }
        text.chop(2); // the file ends without a newline
        QVERIFY(text.size() > 2 << 20);
        const auto r = CorpusParser::parse(text, QStringLiteral("tiny"));
        QVERIFY(r.ok());
        const Corpus &c = *r.corpus;
        QCOMPARE(c.size(), n);
        int line = 1;
        for (int i = 0; i < n; ++i) {
            QCOMPARE(c.sourceLine(i), line);
            QCOMPARE(c.abstract(i), QString(QChar(u'a' + (i / 26) % 26)));
            line += i % 1000 == 999 ? 3 : 2;
        }
        QCOMPARE(c.authors(n - 1), QStringList{QStringLiteral("x")}); // 599,999 % 26 = 23
        QVERIFY(c.isTruncated(n - 1)); // "o" without a newline: cut off mid-text
    }
};

QTEST_GUILESS_MAIN(TestCorpusParser)
#include "tst_corpusparser.moc"
