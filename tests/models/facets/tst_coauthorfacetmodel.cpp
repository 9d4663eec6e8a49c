#include "facets/authorfacetmodel.h"
#include "facets/coauthorfacetmodel.h"
#include "corpus/corpusparser.h"
#include "text/textfold.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using State = FacetSelection::State;

namespace {
std::shared_ptr<const Corpus> shipped()
{
    return CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)).corpus;
}

FacetSelection including(std::initializer_list<qint64> ids)
{
    FacetSelection s;
    for (qint64 id : ids)
        s.setState(AuthorTable::Id(id), State::Included);
    return s;
}

// Shared papers by normalized name strings, independent of the interned ids and the index.
QMap<QString, int> bruteForceCoauthors(const Corpus &corpus, const QString &subjectKey)
{
    QMap<QString, int> counts;
    for (quint32 row = 0; row < quint32(corpus.size()); ++row) {
        QSet<QString> keys;
        for (const QString &name : corpus.authors(row))
            keys.insert(TextFold::authorKey(name));
        if (!keys.remove(subjectKey))
            continue;
        for (const QString &key : std::as_const(keys))
            ++counts[key];
    }
    return counts;
}
} // namespace

// The co-author list: one author's co-authors over the whole corpus, sharing the counts model's index.
class TestCoauthorFacetModel : public QObject
{
    Q_OBJECT

    AuthorFacetModel m_counts;
    CoauthorFacetModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    qint64 id(const char *name) const { return m_counts.findAuthor(QString::fromUtf8(name)); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_counts.setCorpus(shipped());
        m_model.setAuthorIndex(m_counts.sharedAuthorIndex());
        m_model.setEnabled(false);
        m_model.setFilterText(QString());
        m_model.setRowLimit(AuthorListModel::kDefaultRowLimit);
    }

    void cleanup() { m_tester.reset(); }

    void countsSharedPapers_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<int>("papers");
        QTest::addColumn<int>("coauthors");
        QTest::addColumn<QStringList>("top");
        // Counted by hand (independently, with a script over the text file).
        QTest::newRow("Sergey Levine") << "Sergey Levine" << 10 << 41
                                       << QStringList{"Benjamin Eysenbach\t3", "Chelsea Finn\t2",
                                                      "Coline Manon Devin\t2"};
        QTest::newRow("Yoshua Bengio") << "Yoshua Bengio" << 7 << 42
                                       << QStringList{"Bernhard Schölkopf\t4", "Anirudh Goyal\t3"};
    }

    void countsSharedPapers()
    {
        QFETCH(QString, author);
        QFETCH(int, papers);
        QFETCH(int, coauthors);
        QFETCH(QStringList, top);
        const qint64 subject = m_counts.findAuthor(author);
        QCOMPARE(m_counts.index(m_counts.rowOfAuthor(AuthorTable::Id(subject))).data(AuthorListModel::CorpusCountRole).toInt(),
                 papers);
        QSignalSpy subjects(&m_model, &CoauthorFacetModel::subjectChanged);
        m_model.setEnabled(true);
        QCOMPARE(m_model.subject(), -1); // nobody selected yet
        QCOMPARE(m_model.rowCount(), 0);
        m_model.setSelection(including({subject}));
        QCOMPARE(m_model.subject(), subject);
        QCOMPARE(subjects.count(), 1);
        QCOMPARE(m_model.rowCount(), coauthors);
        QCOMPARE(m_model.countedAuthors(), qsizetype(coauthors));
        QCOMPARE(m_model.rowOfAuthor(AuthorTable::Id(subject)), -1);
        QStringList shown;
        for (int r = 0; r < top.size(); ++r) {
            shown.append(m_model.index(r).data().toString() + QLatin1Char('\t')
                         + m_model.index(r).data(AuthorListModel::CountRole).toString());
        }
        QCOMPARE(shown, top);
        QVERIFY(m_model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("shared paper")));

        // Every row against a recount by name strings.
        const QMap<QString, int> expected = bruteForceCoauthors(*m_counts.corpus(), TextFold::authorKey(author));
        QCOMPARE(expected.size(), coauthors);
        for (int r = 0; r < m_model.rowCount(); ++r) {
            const QModelIndex i = m_model.index(r);
            QCOMPARE(i.data(AuthorListModel::CountRole).toInt(), expected.value(i.data(AuthorListModel::KeyRole).toString()));
        }

        // The results do not change co-author counts; a second included author ends the list.
        m_counts.setResultRows({});
        QCOMPARE(m_model.rowCount(), coauthors);
        m_model.setSelection(including({subject, qint64(m_model.authorAt(0))}));
        QCOMPARE(m_model.subject(), -1);
        QCOMPARE(m_model.rowCount(), 0);
        QCOMPARE(subjects.count(), 2);
    }

    // Excluding a co-author pins them on top of the subject's list; the filter text and the bound apply.
    void pinsFilterAndBound()
    {
        const qint64 levine = id("Sergey Levine");
        const qint64 finn = id("Chelsea Finn");
        const qint64 bengio = id("Yoshua Bengio");
        m_model.setEnabled(true);
        FacetSelection s = including({levine});
        s.setState(AuthorTable::Id(bengio), State::Excluded);
        m_model.setSelection(s);
        QCOMPARE(m_model.index(0).data().toString(), QStringLiteral("Yoshua Bengio"));
        QCOMPARE(m_model.index(0).data(AuthorListModel::PinnedRole).toBool(), true);
        QCOMPARE(m_model.index(0).data(AuthorListModel::CountRole).toInt(), 1); // their one shared paper
        m_model.setFilterText(QStringLiteral("chel"));
        QCOMPARE(m_model.rowCount(), 2);
        QCOMPARE(m_model.index(1).data(AuthorListModel::AuthorIdRole).toLongLong(), finn);
        m_model.setFilterText(QString());
        m_model.setRowLimit(5);
        QCOMPARE(m_model.rowCount(), 6);
        QCOMPARE(m_model.hiddenAuthors(), qsizetype(41 - 1 - 5));
        m_model.setEnabled(false);
        QCOMPARE(m_model.rowCount(), 0);
        QCOMPARE(m_model.subject(), -1);
    }

    // A new index (a new corpus) resets the list and clears the passed-down selection.
    void newIndex_resetsAndClears()
    {
        m_model.setEnabled(true);
        m_model.setSelection(including({id("Sergey Levine")}));
        QVERIFY(m_model.rowCount() > 0);
        QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
        QSignalSpy subjects(&m_model, &CoauthorFacetModel::subjectChanged);
        m_counts.setCorpus(CorpusParser::parse("Ada Lovelace, Bob Stone\nx\n", QStringLiteral("t")).corpus);
        m_model.setAuthorIndex(m_counts.sharedAuthorIndex());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(subjects.count(), 1);
        QVERIFY(m_model.selection().isEmpty());
        QCOMPARE(m_model.rowCount(), 0);
        m_model.setSelection(including({id("Ada Lovelace")}));
        QCOMPARE(m_model.rowCount(), 1);
        QCOMPARE(m_model.index(0).data().toString(), QStringLiteral("Bob Stone"));
    }

    void modelTester_survivesRandomSubjectsAndSettings()
    {
        QRandomGenerator rng(7);
        const AuthorTable &table = m_counts.corpus()->authorTable();
        FacetSelection s;
        for (int step = 0; step < 200; ++step) {
            switch (rng.bounded(5)) {
            case 0:
                m_model.setEnabled(rng.bounded(4) != 0);
                break;
            case 1:
                s.cycle(AuthorTable::Id(rng.bounded(int(table.size()))));
                break;
            case 2:
                if (m_model.rowCount() > 0)
                    s.cycle(m_model.authorAt(rng.bounded(m_model.rowCount())));
                break;
            case 3:
                m_model.setFilterText(QStringList({"", "a", "be", "s", "lev"}).at(rng.bounded(5)));
                m_model.setSortOrder(rng.bounded(2) ? AuthorListModel::SortOrder::ByName : AuthorListModel::SortOrder::ByCount);
                break;
            case 4:
                m_model.setRowLimit(int(rng.bounded(12)));
                break;
            }
            m_model.setSelection(s);
            const qint64 subject = m_model.subject();
            QCOMPARE(subject >= 0, m_model.isEnabled() && s.included().size() == 1);
            if (subject < 0) {
                QCOMPARE(m_model.rowCount(), 0);
                continue;
            }
            const QMap<QString, int> expected = bruteForceCoauthors(*m_counts.corpus(), table.key(AuthorTable::Id(subject)));
            QVERIFY(m_model.rowCount() <= m_model.rowLimit() + s.order().size());
            for (int r = 0; r < m_model.rowCount(); ++r) {
                QCOMPARE(m_model.rowOfAuthor(m_model.authorAt(r)), r);
                const QModelIndex i = m_model.index(r);
                QCOMPARE(i.data(AuthorListModel::CountRole).toInt(), expected.value(i.data(AuthorListModel::KeyRole).toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCoauthorFacetModel)
#include "tst_coauthorfacetmodel.moc"
