// The metadata facets' list model and selection: under QAbstractItemModelTester; every listed
// count equals a brute-force recount from the corpus over random result sets (category archives
// counting a paper once); selections accept exactly the papers a per-paper check accepts; the
// taxonomy table's names; an empty facet for a corpus without the field.
#include "corpus/corpusparser.h"
#include "facets/arxivtaxonomy.h"
#include "facets/fieldfacetmodel.h"
#include "support/metadatacorpus.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <set>

namespace {
using Kind = FieldFacetIndex::Kind;

// Does a paper match a term, checked from the corpus text alone.
bool matches(const Corpus &c, qsizetype row, Kind kind, const QString &term)
{
    const qsizetype dots = term.indexOf(QLatin1String(".."));
    for (const QString &v : MetadataCorpus::fieldValues(c, row, kind)) {
        if (v.compare(term, Qt::CaseInsensitive) == 0)
            return true;
        if (kind == Kind::Category && v.startsWith(term + u'.', Qt::CaseInsensitive))
            return true;
        if (kind == Kind::Year && dots > 0 && v.toInt() >= term.first(dots).toInt()
            && v.toInt() <= term.sliced(dots + 2).toInt())
            return true;
    }
    return false;
}
} // namespace

class TestFieldFacetModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_corpus = MetadataCorpus::generate(f.readAll(), 2000, 5);
    }

    void kinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("year") << int(Kind::Year);
        QTest::newRow("category") << int(Kind::Category);
        QTest::newRow("venue") << int(Kind::Venue);
        QTest::newRow("keyword") << int(Kind::Keyword);
    }

    void counts_equalBruteForceRecounts_data() { kinds_data(); }
    void counts_equalBruteForceRecounts()
    {
        QFETCH(int, kind);
        FieldFacetModel model{Kind(kind)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(m_corpus);
        QVERIFY(!model.isEmpty());
        QVERIFY(model.rowCount() > 0);
        QRandomGenerator rng(quint32(kind) + 7);
        for (int round = 0; round < 10; ++round) {
            std::vector<quint32> rows;
            const quint32 keep = rng.bounded(100) + 1;
            for (quint32 r = 0; r < quint32(m_corpus->size()); ++r) {
                if (rng.bounded(100u) < keep)
                    rows.push_back(r);
            }
            model.setResultRows(rows);
            for (int i = 0; i < model.rowCount(); ++i) {
                const QModelIndex index = model.index(i);
                const QString term = index.data(FieldFacetModel::TermRole).toString();
                int expected = 0;
                for (quint32 r : rows)
                    expected += matches(*m_corpus, r, Kind(kind), term) ? 1 : 0;
                QCOMPARE(index.data(FieldFacetModel::CountRole).toInt(), expected);
                if (Kind(kind) != Kind::Year)
                    QVERIFY2(expected > 0, qPrintable(term)); // unselected zero counts are not listed
            }
        }
    }

    void years_areAscendingWithZeros()
    {
        FieldFacetModel model{Kind::Year};
        model.setCorpus(m_corpus);
        const int before = model.rowCount();
        model.setResultRows(std::vector<quint32>{0});
        QCOMPARE(model.rowCount(), before); // every year stays a bar
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.index(i - 1).data(FieldFacetModel::TermRole).toInt()
                    < model.index(i).data(FieldFacetModel::TermRole).toInt());
    }

    void categories_listArchivesAboveTheirCategories()
    {
        FieldFacetModel model{Kind::Category};
        model.setCorpus(m_corpus);
        QString group;
        int groups = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QModelIndex index = model.index(i);
            const QString term = index.data(FieldFacetModel::TermRole).toString();
            if (index.data(FieldFacetModel::DepthRole).toInt() == 0) {
                group = term;
                ++groups;
            } else {
                QCOMPARE(ArxivTaxonomy::groupOf(term), group);
            }
        }
        QVERIFY(groups >= 2);
        const int cs = model.rowOfTerm(QStringLiteral("cs"));
        QVERIFY(cs >= 0);
        QCOMPARE(model.index(cs).data(FieldFacetModel::NameRole).toString(), QStringLiteral("Computer Science"));
        model.setFilterText(QStringLiteral("machine learn"));
        QVERIFY(model.rowOfTerm(QStringLiteral("cs.LG")) >= 0);
        QCOMPARE(model.rowOfTerm(QStringLiteral("cs.CV")), -1);
    }

    void taxonomy_findsNames()
    {
        QCOMPARE(ArxivTaxonomy::nameOf(QStringLiteral("cs.LG")), QStringLiteral("Machine Learning"));
        QCOMPARE(ArxivTaxonomy::nameOf(QStringLiteral("stat")), QStringLiteral("Statistics"));
        QCOMPARE(ArxivTaxonomy::nameOf(QStringLiteral("quant-ph")), QStringLiteral("Quantum Physics"));
        QVERIFY(ArxivTaxonomy::nameOf(QStringLiteral("zz.QQ")).isEmpty());
        QCOMPARE(ArxivTaxonomy::groupOf(QStringLiteral("physics.comp-ph")), QStringLiteral("physics"));
        QCOMPARE(ArxivTaxonomy::groupOf(QStringLiteral("hep-th")), QStringLiteral("hep-th"));
    }

    void selection_acceptsWhatAPerPaperCheckAccepts_data() { kinds_data(); }
    void selection_acceptsWhatAPerPaperCheckAccepts()
    {
        QFETCH(int, kind);
        const auto k = Kind(kind);
        FieldFacetModel model{k};
        model.setCorpus(m_corpus);
        QVERIFY(model.rowCount() >= 3);
        const QString a = model.index(0).data(FieldFacetModel::TermRole).toString();
        const QString b = model.index(model.rowCount() - 1).data(FieldFacetModel::TermRole).toString();
        const QString c = model.index(1).data(FieldFacetModel::TermRole).toString();
        for (const auto mode : {FieldSelection::Mode::All, FieldSelection::Mode::Any}) {
            FieldSelection s;
            s.setMode(mode);
            if (k == Kind::Year) {
                QVERIFY(s.setYearRange(b.toInt(), a.toInt())); // reversed on purpose
                QCOMPARE(s.terms().constFirst().text, QStringLiteral("%1..%2").arg(a, b));
                int first = 0, last = 0;
                QVERIFY(s.yearRange(&first, &last));
                QCOMPARE(first, a.toInt());
            } else {
                s.setState(a, FieldSelection::State::Included);
                s.setState(b, FieldSelection::State::Included);
            }
            s.setState(c, FieldSelection::State::Excluded);
            const std::vector<bool> accepted = s.acceptedRows(*model.facetIndex());
            QCOMPARE(accepted.size(), size_t(m_corpus->size()));
            int passed = 0;
            for (qsizetype r = 0; r < m_corpus->size(); ++r) {
                bool expected = !matches(*m_corpus, r, k, c);
                if (k == Kind::Year)
                    expected = expected && matches(*m_corpus, r, k, QStringLiteral("%1..%2").arg(a, b));
                else if (mode == FieldSelection::Mode::All)
                    expected = expected && matches(*m_corpus, r, k, a) && matches(*m_corpus, r, k, b);
                else
                    expected = expected && (matches(*m_corpus, r, k, a) || matches(*m_corpus, r, k, b));
                QCOMPARE(bool(accepted[size_t(r)]), expected);
                passed += expected;
            }
            if (mode == FieldSelection::Mode::Any)
                QVERIFY(passed > 0);
            model.setSelection(s);
            QCOMPARE(model.index(model.rowOfTerm(c)).data(FieldFacetModel::StateRole).toInt(),
                     int(FieldSelection::State::Excluded));
        }
    }

    void selection_cyclesAndComparesWithoutCase()
    {
        FieldSelection s;
        QVERIFY(s.cycle(QStringLiteral("cs.LG")));
        QCOMPARE(s.state(QStringLiteral("CS.lg")), FieldSelection::State::Included);
        QVERIFY(s.cycle(QStringLiteral("cs.lg")));
        QCOMPARE(s.state(QStringLiteral("cs.LG")), FieldSelection::State::Excluded);
        QVERIFY(s.cycle(QStringLiteral("cs.LG")));
        QVERIFY(s.isEmpty());
        QVERIFY(!s.clear());
    }

    void emptyFacet_forACorpusWithoutTheField()
    {
        const auto native = CorpusParser::parse("Ann Lee\nAbs.\n", {}).corpus;
        FieldFacetModel model{Kind::Category};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(native);
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        model.setCorpus(nullptr);
        QVERIFY(model.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldFacetModel)
#include "tst_fieldfacetmodel.moc"
