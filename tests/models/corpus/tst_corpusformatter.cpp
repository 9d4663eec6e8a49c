#include "corpus/corpusformatter.h"
#include "corpus/corpusparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCorpusFormatter : public QObject
{
    Q_OBJECT

private slots:
    void json_hasTheListFields()
    {
        const auto r = CorpusParser::parse("Ann Lee, Bo Xu\ntl;dr: T.\nAbs. Two.\nCy Po\nAbs\tthree.\n", {});
        const QByteArray out = CorpusFormatter::format(*r.corpus, {0, 1}, CorpusFormatter::Format::Json);
        const QJsonArray a = QJsonDocument::fromJson(out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject o = a.at(0).toObject();
        QCOMPARE(o.value("index").toInt(), 0);
        QCOMPARE(o.value("line").toInt(), 1);
        QCOMPARE(o.value("id").toString(), r.corpus->id(0));
        QCOMPARE(o.value("authors").toArray().size(), 2);
        QCOMPARE(o.value("tldr").toString(), QStringLiteral("T."));
        QCOMPARE(o.value("abstract").toString(), QStringLiteral("Abs. Two."));
        QCOMPARE(o.value("truncated").toBool(), false);
        QCOMPARE(o.value("headline").toString(), QStringLiteral("T."));
        QVERIFY(a.at(1).toObject().value("tldr").isNull());
        QVERIFY(!o.contains("score"));
    }

    void scores_areAddedWhenGiven()
    {
        const auto r = CorpusParser::parse("Ann Lee\nAbs.\n", {});
        const QByteArray out = CorpusFormatter::format(*r.corpus, {0}, CorpusFormatter::Format::Json, {1.5});
        QCOMPARE(QJsonDocument::fromJson(out).array().at(0).toObject().value("score").toDouble(), 1.5);
    }

    void tsv_escapesTabs()
    {
        const auto r = CorpusParser::parse("Cy Po\nAbs\tthree.\n", {});
        const QByteArray out = CorpusFormatter::format(*r.corpus, {0}, CorpusFormatter::Format::Tsv);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.at(1).count('\t'), 8);
        QVERIFY(lines.at(1).contains("Abs three."));
    }

    void idsAndCount()
    {
        const auto r = CorpusParser::parse("Ann Lee\nAbs.\nCy Po\nAbs2.\n", {});
        QCOMPARE(CorpusFormatter::format(*r.corpus, {1}, CorpusFormatter::Format::Ids), r.corpus->id(1).toUtf8() + '\n');
        QCOMPARE(CorpusFormatter::format(*r.corpus, {0, 1}, CorpusFormatter::Format::Count), QByteArray("2\n"));
        CorpusFormatter::Format f;
        QVERIFY(CorpusFormatter::parseFormat("JSON", &f));
        QCOMPARE(f, CorpusFormatter::Format::Json);
        QVERIFY(!CorpusFormatter::parseFormat("xml", &f));
    }
};

QTEST_GUILESS_MAIN(TestCorpusFormatter)
#include "tst_corpusformatter.moc"
