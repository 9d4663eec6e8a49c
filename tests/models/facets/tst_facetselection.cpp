#include "facets/authorindex.h"
#include "corpus/corpusparser.h"
#include "facets/facetselection.h"

#include <QCollator>
#include <QTest>

using State = FacetSelection::State;
using Mode = FacetSelection::Mode;

// Four papers: 0 Ada+Bob, 1 Ada, 2 Bob+Cy, 3 Ada+Bob+Cy.
static const char kCorpus[] = "Ada Lovelace, Bob Stone\nzero\n\n"
                              "ADA LOVELACE\none\n\n"
                              "Bob Stone, Cy Young\ntwo\n\n"
                              "Ada Lovelace, Bob Stone, Cy Young\nthree\n";

class TestFacetSelection : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;

    AuthorTable::Id id(const char *name) const { return AuthorTable::Id(m_corpus->authorTable().find(QString::fromUtf8(name))); }

    QList<quint32> accepted(const FacetSelection &s) const
    {
        QList<quint32> rows;
        for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
            if (s.accepts(*m_corpus, row))
                rows.append(row);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_corpus = CorpusParser::parse(kCorpus, QStringLiteral("t")).corpus;
        QVERIFY(m_corpus);
        QCOMPARE(m_corpus->size(), 4);
        QCOMPARE(m_corpus->authorTable().size(), 3);
    }

    void accepts_followsModeAndExclusion_data()
    {
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("any");
        QTest::addColumn<QList<quint32>>("rows");
        QTest::newRow("empty") << QStringList() << QStringList() << false << QList<quint32>{0, 1, 2, 3};
        QTest::newRow("one author") << QStringList{"Ada Lovelace"} << QStringList() << false << QList<quint32>{0, 1, 3};
        QTest::newRow("all of two") << QStringList{"Ada Lovelace", "Cy Young"} << QStringList() << false
                                    << QList<quint32>{3};
        QTest::newRow("any of two") << QStringList{"Ada Lovelace", "Cy Young"} << QStringList() << true
                                    << QList<quint32>{0, 1, 2, 3};
        QTest::newRow("exclude only") << QStringList() << QStringList{"Cy Young"} << false << QList<quint32>{0, 1};
        QTest::newRow("include and exclude") << QStringList{"Bob Stone"} << QStringList{"Ada Lovelace"} << false
                                             << QList<quint32>{2};
        QTest::newRow("any with exclude") << QStringList{"Ada Lovelace", "Cy Young"} << QStringList{"Bob Stone"}
                                          << true << QList<quint32>{1};
        QTest::newRow("all three") << QStringList{"Ada Lovelace", "Bob Stone", "Cy Young"} << QStringList() << false
                                   << QList<quint32>{3};
    }

    void accepts_followsModeAndExclusion()
    {
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        QFETCH(bool, any);
        QFETCH(QList<quint32>, rows);
        FacetSelection s;
        for (const QString &n : included)
            QVERIFY(s.setState(id(qPrintable(n)), State::Included));
        for (const QString &n : excluded)
            QVERIFY(s.setState(id(qPrintable(n)), State::Excluded));
        s.setMode(any ? Mode::Any : Mode::All);
        QCOMPARE(accepted(s), rows);
        const std::vector<quint32> all = {0, 1, 2, 3};
        const std::vector<quint32> bulk = s.filter(*m_corpus, all);
        QCOMPARE(QList<quint32>(bulk.begin(), bulk.end()), rows);
        // Through the index's paper lists: the same rows, in the order they were given.
        const AuthorIndex index(m_corpus, QCollator());
        const std::vector<quint32> fast = s.filter(index, all);
        QCOMPARE(QList<quint32>(fast.begin(), fast.end()), rows);
        const std::vector<quint32> reversed = {3, 2, 1, 0};
        const std::vector<quint32> fastReversed = s.filter(index, reversed);
        QCOMPARE(QList<quint32>(fastReversed.rbegin(), fastReversed.rend()), rows);
    }

    void setters_sayWhetherAnythingChanged()
    {
        FacetSelection s;
        QVERIFY(!s.setState(id("Ada Lovelace"), State::Off));
        QVERIFY(s.setState(id("Ada Lovelace"), State::Included));
        QVERIFY(!s.setState(id("Ada Lovelace"), State::Included));
        QVERIFY(!s.setMode(Mode::All));
        QVERIFY(s.setMode(Mode::Any));
        QVERIFY(s.clear());
        QVERIFY(!s.clear());
        QVERIFY(!s.removeLast());
    }

    void cycle_goesIncludeThenExcludeThenOff()
    {
        FacetSelection s;
        const auto ada = id("Ada Lovelace");
        QVERIFY(s.cycle(ada));
        QCOMPARE(s.state(ada), State::Included);
        QVERIFY(s.cycle(ada));
        QCOMPARE(s.state(ada), State::Excluded);
        QCOMPARE(s.included().size(), 0);
        QVERIFY(s.cycle(ada));
        QCOMPARE(s.state(ada), State::Off);
        QVERIFY(s.isEmpty());
    }

    void removeLast_dropsTheNewestChoice()
    {
        FacetSelection s;
        s.setState(id("Ada Lovelace"), State::Included);
        s.setState(id("Cy Young"), State::Excluded);
        s.setState(id("Bob Stone"), State::Included);
        QCOMPARE(s.order(), (QList<AuthorTable::Id>{id("Ada Lovelace"), id("Cy Young"), id("Bob Stone")}));
        QVERIFY(s.removeLast());
        QCOMPARE(s.state(id("Bob Stone")), State::Off);
        QVERIFY(s.removeLast());
        QCOMPARE(s.excluded().size(), 0);
        QCOMPARE(s.included(), QList<AuthorTable::Id>{id("Ada Lovelace")});
    }

    void describe_saysTheFilterInWords()
    {
        FacetSelection s;
        QCOMPARE(s.describe(m_corpus->authorTable()), QString());
        s.setState(id("Ada Lovelace"), State::Included);
        s.setState(id("Bob Stone"), State::Included);
        s.setState(id("Cy Young"), State::Excluded);
        // The display spelling is the most frequent one ("Ada Lovelace" twice, "ADA LOVELACE" once).
        QCOMPARE(s.describe(m_corpus->authorTable()), QStringLiteral("by Ada Lovelace and Bob Stone, not by Cy Young"));
        s.setMode(Mode::Any);
        QCOMPARE(s.describe(m_corpus->authorTable()), QStringLiteral("by Ada Lovelace or Bob Stone, not by Cy Young"));
    }
};

QTEST_GUILESS_MAIN(TestFacetSelection)
#include "tst_facetselection.moc"
