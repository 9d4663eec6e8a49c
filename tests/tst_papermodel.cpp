#include "corpusparser.h"
#include "papermodel.h"

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
        QCOMPARE(first.data(PaperModel::AuthorLabelRole).toString(), QStringLiteral("Xu, Zhang et al."));
        QCOMPARE(first.data(PaperModel::HeadlineRole).toString(), QStringLiteral("Short."));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Short."));
        QVERIFY(first.data(PaperModel::HeadlineIsTldrRole).toBool());
        QCOMPARE(first.data(PaperModel::AuthorsRole).toStringList().size(), 3);
        QCOMPARE(first.data(PaperModel::AuthorCountRole).toInt(), 3);
        QCOMPARE(first.data(PaperModel::FirstAuthorRole).toString(), QStringLiteral("Keyulu Xu"));
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(PaperModel::HeadlineRole).toString(), QStringLiteral("Only abstract here."));
        QVERIFY(!second.data(PaperModel::HeadlineIsTldrRole).toBool());
        QVERIFY(second.data(PaperModel::TldrRole).toString().isNull());
        QCOMPARE(second.data(PaperModel::SourceLineRole).toInt(), 4);
        QCOMPARE(second.data(PaperModel::CorpusIndexRole).toInt(), 1);
        QCOMPARE(second.data(PaperModel::AuthorLabelRole).toString(), QStringLiteral("Child"));
        QVERIFY(!second.data(Qt::DecorationRole).isValid());
    }

    void roleNames_areNamed()
    {
        PaperModel model;
        const auto names = model.roleNames();
        QCOMPARE(names.value(PaperModel::IdRole), QByteArray("id"));
        QCOMPARE(names.value(PaperModel::HeadlineRole), QByteArray("headline"));
        QCOMPARE(names.value(PaperModel::TruncatedRole), QByteArray("truncated"));
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
