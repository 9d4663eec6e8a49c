// JsonRecords::forEach (a scan that hands Qt's parser one record at a time) against parse() (the
// whole document at once): the same records, the same refusals, and exact record lines — on
// hand-made shapes and on thousands of random mutations of them.
#include "corpus/jsonrecords.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace {

struct Streamed
{
    QList<QJsonValue> records;
    QList<int> lines;
    QString error;
    int restarts = 0;
};

Streamed stream(const QByteArray &data, const QString &key)
{
    Streamed s;
    s.error = JsonRecords::forEach(
        data, key,
        [&](const QJsonValue &record, int line, qsizetype index) {
            if (index != s.records.size())
                s.error = QStringLiteral("index out of order");
            s.records.append(record);
            s.lines.append(line);
        },
        [&] {
            ++s.restarts;
            s.records.clear();
            s.lines.clear();
        });
    return s;
}

// forEach must agree with parse() on every input.
void compareWithWhole(const QByteArray &data, const QString &key)
{
    const JsonRecords::Parsed whole = JsonRecords::parse(data, key);
    const Streamed s = stream(data, key);
    QCOMPARE(s.error, whole.error);
    if (!whole.error.isEmpty())
        return;
    QCOMPARE(s.records.size(), whole.items.size());
    for (qsizetype i = 0; i < s.records.size(); ++i)
        QCOMPARE(s.records[i], whole.items.at(i));
}

const QByteArray kNotes = "{\"count\": 2, \"notes\": [\n"
                          "  {\"id\": \"a\", \"content\": {\"title\": {\"value\": \"A [b] {c}\"}, \"x\": \"\\\"}\\\\\"}},\n"
                          "  {\"id\": \"b\", \"content\": {\"abstract\": \"line\\nbreak\"}, \"n\": [1, 2.5e3, true, null]}\n"
                          "], \"extra\": {\"notes\": \"not this\"}}\n";
const QByteArray kArray = "[\n  {\"title\": \"one\"},\n  \"a string\",\n  42,\n\n  {\"title\": \"two\",\n   \"author\": []}\n]";

} // namespace

class TestJsonRecords : public QObject
{
    Q_OBJECT

private slots:
    void shapes_agreeWithTheWholeDocument_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("key");
        const QString notes = QStringLiteral("notes");
        QTest::newRow("notes object") << kNotes << notes;
        QTest::newRow("bare array with a key") << kArray << notes;
        QTest::newRow("bare array") << kArray << QString();
        QTest::newRow("empty array") << QByteArray(" [ ] ") << QString();
        QTest::newRow("empty notes") << QByteArray("{\"notes\": []}") << notes;
        QTest::newRow("no notes") << QByteArray("{\"other\": []}") << notes;
        QTest::newRow("notes not an array") << QByteArray("{\"notes\": {}}") << notes;
        QTest::newRow("two notes arrays") << QByteArray("{\"notes\": [1], \"notes\": [2, 3]}") << notes;
        QTest::newRow("escaped key") << QByteArray("{\"not\\u0065s\": [{\"a\": 1}]}") << notes;
        QTest::newRow("object without a key") << QByteArray("{\"notes\": [1]}") << QString();
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << QString();
        QTest::newRow("missing comma") << QByteArray("[{\"a\": 1} {\"b\": 2}]") << QString();
        QTest::newRow("bad record") << QByteArray("[{\"a\": 1}, {\"b\": ]") << QString();
        QTest::newRow("bracket mismatch inside") << QByteArray("[{\"a\": [1}]") << QString();
        QTest::newRow("bad scalar") << QByteArray("[tru, 1]") << QString();
        QTest::newRow("cut off") << kNotes.left(kNotes.size() / 2) << notes;
        QTest::newRow("text after") << kArray + " x" << QString();
        QTest::newRow("scalar document") << QByteArray("42") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("deep nesting") << "[" + QByteArray(5000, '[') + QByteArray(5000, ']') + "]" << QString();
    }

    void shapes_agreeWithTheWholeDocument()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, key);
        compareWithWhole(data, key);
    }

    void wellFormedFiles_areScannedOnce_withTheLineEachRecordStartsOn()
    {
        const Streamed notes = stream(kNotes, QStringLiteral("notes"));
        QCOMPARE(notes.restarts, 0);
        QCOMPARE(notes.lines, (QList<int>{2, 3}));
        const Streamed array = stream(kArray, QString());
        QCOMPARE(array.restarts, 0);
        QCOMPARE(array.lines, (QList<int>{2, 3, 4, 6}));
        QCOMPARE(array.records[1], QJsonValue(QStringLiteral("a string")));
        QCOMPARE(array.records[2], QJsonValue(42));
    }

    void randomMutations_agreeWithTheWholeDocument()
    {
        QRandomGenerator rng(17);
        const QByteArray alphabet = "{}[]\",:\\ \n1ae";
        for (int round = 0; round < 3000; ++round) {
            QByteArray data = (round % 2 ? kNotes : kArray);
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(int(data.size()));
                switch (rng.bounded(3)) {
                case 0: data.remove(at, 1); break;
                case 1: data.insert(at, alphabet[rng.bounded(int(alphabet.size()))]); break;
                default: data[at] = alphabet[rng.bounded(int(alphabet.size()))]; break;
                }
            }
            compareWithWhole(data, round % 2 ? QStringLiteral("notes") : QString());
            if (QTest::currentTestFailed())
                QFAIL(data.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonRecords)
#include "tst_jsonrecords.moc"
