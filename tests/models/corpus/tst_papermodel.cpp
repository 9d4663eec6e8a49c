#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"

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
