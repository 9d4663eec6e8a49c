#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"
#include "support/metadatacorpus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPaperModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester_passesOnShippedCorpus()
    {
        PaperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)).corpus);
        QCOMPARE(model.rowCount(), 434);
        model.setCorpus(CorpusParser::parse("Ann Lee\nAbs.\n", {}).corpus);
        QCOMPARE(model.rowCount(), 1);
        model.setCorpus(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void roles_exposeThePaper()
    {
        PaperModel model;
        model.setCorpus(CorpusParser::parse("Keyulu Xu, Mozhi Zhang, Jingling Li\ntl;dr: Short.\nLong. More.\n"
                                            "Rewon Child\nOnly abstract here. Second.\n", {})
                            .corpus);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(PaperRoles::AuthorLabelRole).toString(), QStringLiteral("Xu, Zhang et al."));
        QCOMPARE(first.data(PaperRoles::HeadlineRole).toString(), QStringLiteral("Short."));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Short."));
        QVERIFY(first.data(PaperRoles::HeadlineIsTldrRole).toBool());
        QCOMPARE(first.data(PaperRoles::AuthorsRole).toStringList().size(), 3);
        QCOMPARE(first.data(PaperRoles::AuthorCountRole).toInt(), 3);
        QCOMPARE(first.data(PaperRoles::FirstAuthorRole).toString(), QStringLiteral("Keyulu Xu"));
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(PaperRoles::HeadlineRole).toString(), QStringLiteral("Only abstract here."));
        QVERIFY(!second.data(PaperRoles::HeadlineIsTldrRole).toBool());
        QVERIFY(second.data(PaperRoles::TldrRole).toString().isNull());
        QCOMPARE(second.data(PaperRoles::SourceLineRole).toInt(), 4);
        QCOMPARE(second.data(PaperRoles::CorpusIndexRole).toInt(), 1);
        QCOMPARE(second.data(PaperRoles::AuthorLabelRole).toString(), QStringLiteral("Child"));
        QVERIFY(!second.data(Qt::DecorationRole).isValid());
    }

    void roleNames_areNamed()
    {
        PaperModel model;
        const auto names = model.roleNames();
        QCOMPARE(names.value(PaperRoles::IdRole), QByteArray("id"));
        QCOMPARE(names.value(PaperRoles::HeadlineRole), QByteArray("headline"));
        QCOMPARE(names.value(PaperRoles::TruncatedRole), QByteArray("truncated"));
        QCOMPARE(names.value(PaperRoles::TitleRole), QByteArray("title"));
        QCOMPARE(names.value(PaperRoles::YearRole), QByteArray("year"));
        QCOMPARE(names.value(PaperRoles::CategoriesRole), QByteArray("categories"));
        QCOMPARE(names.value(PaperRoles::ArxivRole), QByteArray("arxiv"));
    }

    void metadataRoles_serveTheRecordsFields()
    {
        PaperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CorpusBuilder::Fields f;
        f.authors = {QStringLiteral("Ann Lee")};
        f.title = QStringLiteral("Kernel methods");
        f.tldr = QStringLiteral("Kernels help.");
        f.abstract = QStringLiteral("We study kernels.");
        f.venue = QStringLiteral("JMLR");
        f.doi = QStringLiteral("10.1000/xyz");
        f.url = QStringLiteral("https://example.org/k");
        f.arxiv = QStringLiteral("2101.00001");
        f.categories = {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")};
        f.keywords = {QStringLiteral("kernels")};
        f.year = 2021;
        CorpusBuilder::Fields bare;
        bare.abstract = QStringLiteral("Nothing else.");
        model.setCorpus(MetadataCorpus::build({f, bare}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(PaperRoles::TitleRole).toString(), QStringLiteral("Kernel methods"));
        QCOMPARE(first.data(PaperRoles::HeadlineRole).toString(), QStringLiteral("Kernel methods"));
        QVERIFY(!first.data(PaperRoles::HeadlineIsTldrRole).toBool());
        QCOMPARE(first.data(PaperRoles::YearRole).toInt(), 2021);
        QCOMPARE(first.data(PaperRoles::VenueRole).toString(), QStringLiteral("JMLR"));
        QCOMPARE(first.data(PaperRoles::CategoriesRole).toStringList(),
                 QStringList({QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));
        QCOMPARE(first.data(PaperRoles::KeywordsRole).toStringList(), QStringList({QStringLiteral("kernels")}));
        QCOMPARE(first.data(PaperRoles::DoiRole).toString(), QStringLiteral("10.1000/xyz"));
        QCOMPARE(first.data(PaperRoles::UrlRole).toString(), QStringLiteral("https://example.org/k"));
        QCOMPARE(first.data(PaperRoles::ArxivRole).toString(), QStringLiteral("2101.00001"));
        const QModelIndex second = model.index(1);
        QVERIFY(second.data(PaperRoles::TitleRole).toString().isNull());
        QCOMPARE(second.data(PaperRoles::YearRole).toInt(), 0);
        QVERIFY(second.data(PaperRoles::CategoriesRole).toStringList().isEmpty());
        QVERIFY(second.data(PaperRoles::DoiRole).toString().isNull());
    }

    void metadataRoles_onANativeCorpus_areEmpty()
    {
        PaperModel model;
        model.setCorpus(CorpusParser::parse("Ann Lee\ntl;dr: Short.\nAbs.\n", {}).corpus);
        QVERIFY(model.index(0).data(PaperRoles::TitleRole).toString().isNull());
        QCOMPARE(model.index(0).data(PaperRoles::YearRole).toInt(), 0);
        QVERIFY(model.index(0).data(PaperRoles::VenueRole).toString().isNull());
    }

    void setCorpus_resetsOnce()
    {
        PaperModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCorpus(CorpusParser::parse("Ann Lee\nAbs.\n", {}).corpus);
        QCOMPARE(reset.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaperModel)
#include "tst_papermodel.moc"
