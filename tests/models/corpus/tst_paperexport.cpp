#include "corpus/paperexport.h"

#include <QTest>

class TestPaperExport : public QObject
{
    Q_OBJECT

private:
    static PaperExport::Paper paper()
    {
        return {u"0123456789abcdef"_qs, {u"Bernhard Schölkopf"_qs, u"Ann Lee"_qs}, u"Short *version*."_qs,
                u"We bound $O(\\sqrt{n})$ with {braces}."_qs, u"Short *version*."_qs};
    }

private slots:
    void plainText_listsAuthorsTldrAndAbstract()
    {
        QCOMPARE(PaperExport::plainText(paper()),
                 u"Bernhard Schölkopf, Ann Lee\ntl;dr: Short *version*.\nWe bound $O(\\sqrt{n})$ with {braces}.\n"_qs);
        PaperExport::Paper noTldr = paper();
        noTldr.tldr = QString();
        QVERIFY(!PaperExport::plainText(noTldr).contains(u"tl;dr"_qs));
    }

    void markdown_escapesMarkup()
    {
        const QString md = PaperExport::markdown(paper());
        QVERIFY(md.startsWith(u"**Bernhard Schölkopf, Ann Lee**\n\n> **tl;dr:** Short \\*version\\*.\n\n"_qs));
        QVERIFY(md.contains(u"$O(\\\\sqrt{n})$"_qs));
        QVERIFY(md.endsWith(u"`0123456789abcdef`\n"_qs));
    }

    void bibTeX_keyFromFirstAuthor_andBalancedFields_data()
    {
        QTest::addColumn<QString>("abstract");
        QTest::addColumn<QString>("field");
        QTest::newRow("balanced kept") << u"a {b} c"_qs << u"abstract = {a {b} c}"_qs;
        QTest::newRow("unbalanced stripped") << u"a } b { c"_qs << u"abstract = {a  b  c}"_qs;
        QTest::newRow("open only") << u"a { b"_qs << u"abstract = {a  b}"_qs;
    }

    void bibTeX_keyFromFirstAuthor_andBalancedFields()
    {
        QFETCH(QString, abstract);
        QFETCH(QString, field);
        PaperExport::Paper p = paper();
        p.abstract = abstract;
        const QString bib = PaperExport::bibTeX(p);
        QVERIFY2(bib.startsWith(u"@misc{scholkopf-01234567,\n  author = {Bernhard Schölkopf and Ann Lee},\n"_qs), qPrintable(bib));
        QVERIFY2(bib.contains(field.simplified()), qPrintable(bib));
        QVERIFY(bib.endsWith(u"}\n}\n"_qs));
    }

    void bibTeX_usesTitleYearVenueDoiAndArxiv()
    {
        PaperExport::Paper p = paper();
        p.title = u"Kernel methods"_qs;
        p.year = 2021;
        p.venue = u"JMLR"_qs;
        p.doi = u"10.1000/xyz"_qs;
        p.arxiv = u"2101.00001"_qs;
        const QString bib = PaperExport::bibTeX(p);
        QVERIFY2(bib.startsWith(u"@article{scholkopf-01234567,\n"_qs), qPrintable(bib));
        QVERIFY(bib.contains(u"  title = {Kernel methods},\n  year = {2021},\n  journal = {JMLR},\n"
                             "  doi = {10.1000/xyz},\n  eprint = {2101.00001},\n  archivePrefix = {arXiv},\n"_qs));
        QVERIFY(!bib.contains(u"Short *version*.},\n  year"_qs));
    }
};

QTEST_GUILESS_MAIN(TestPaperExport)
#include "tst_paperexport.moc"
