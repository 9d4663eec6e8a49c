#include "facets/authorcounter.h"
#include "corpus/corpusparser.h"
#include "support/testcorpus.h"

#include <QCollator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <numeric>

using Order = AuthorCounter::Order;
using Id = AuthorTable::Id;

namespace {
// Counted the slow way: every paper's author names, each distinct id once per paper.
std::map<Id, quint32> bruteForce(const Corpus &corpus, const std::vector<quint32> &rows)
{
    std::map<Id, quint32> counts;
    for (quint32 row : rows) {
        std::vector<Id> ids(corpus.authorIds(row).begin(), corpus.authorIds(row).end());
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (Id id : ids)
            ++counts[id];
    }
    return counts;
}

// The whole list, sorted by a plain comparison on display names, then cut.
std::vector<AuthorCounter::Entry> bruteForceTop(const Corpus &corpus, const std::map<Id, quint32> &counts,
                                                Order order, size_t limit, const std::vector<Id> &skip)
{
    QCollator collator;
    std::vector<AuthorCounter::Entry> all;
    for (const auto &[id, count] : counts) {
        if (std::find(skip.begin(), skip.end(), id) == skip.end())
            all.push_back({id, count});
    }
    std::stable_sort(all.begin(), all.end(), [&](const AuthorCounter::Entry &a, const AuthorCounter::Entry &b) {
        if (order == Order::ByCount && a.count != b.count)
            return a.count > b.count;
        return collator.compare(corpus.authorTable().displayName(a.id), corpus.authorTable().displayName(b.id)) < 0;
    });
    all.resize(std::min(all.size(), limit));
    return all;
}

QString describe(const std::vector<AuthorCounter::Entry> &entries)
{
    QStringList out;
    for (const AuthorCounter::Entry &e : entries)
        out.append(QStringLiteral("%1:%2").arg(e.id).arg(e.count));
    return out.join(QLatin1Char(' '));
}
} // namespace

// The counter against brute force on a generated corpus with a skewed author popularity: counts
// over subsets small and large (large ones go through the corpus-minus-the-rest path), in any row
// order, and the first N in both orders, with authors left out.
class TestAuthorCounter : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;
    std::unique_ptr<AuthorIndex> m_index;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QFile shipped(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        m_corpus = CorpusParser::parse(TestCorpus::generate(shipped.readAll(), 4000, 3), QStringLiteral("g")).corpus;
        QVERIFY(m_corpus);
        m_index = std::make_unique<AuthorIndex>(m_corpus, QCollator());
    }

    void counts_equalBruteForceForAnySubsetAndOrder_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<bool>("shuffled");
        for (double share : {0.0, 0.01, 0.3, 0.5, 0.51, 0.9, 0.999, 1.0}) {
            QTest::addRow("%g of the papers, corpus order", share) << share << false;
            QTest::addRow("%g of the papers, shuffled", share) << share << true;
        }
    }

    void counts_equalBruteForceForAnySubsetAndOrder()
    {
        QFETCH(double, share);
        QFETCH(bool, shuffled);
        QRandomGenerator rng(17);
        std::vector<quint32> rows;
        for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
            if (rng.generateDouble() < share || share == 1.0)
                rows.push_back(row);
        }
        if (shuffled)
            std::shuffle(rows.begin(), rows.end(), rng);
        AuthorCounter counter;
        counter.setIndex(m_index.get());
        counter.count(std::vector<quint32>{0, 1, 2}); // leftovers of a previous count must not survive
        counter.count(rows);
        const std::map<Id, quint32> expected = bruteForce(*m_corpus, rows);
        for (Id id = 0; id < Id(m_index->size()); ++id) {
            const auto it = expected.find(id);
            QCOMPARE(counter.countOf(id), it == expected.end() ? 0u : it->second);
        }
        QCOMPARE(counter.distinct(), qsizetype(expected.size()));
    }

    void top_equalsTheBruteForceListCut_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<bool>("byName");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("skipped");
        for (double share : {0.02, 0.9}) {
            for (bool byName : {false, true}) {
                for (int limit : {0, 1, 7, 100, 1000000}) {
                    QTest::addRow("%g %s first %d", share, byName ? "by name" : "by count", limit)
                        << share << byName << limit << 0;
                }
                QTest::addRow("%g %s first 50 leaving out 3", share, byName ? "by name" : "by count")
                    << share << byName << 50 << 3;
            }
        }
    }

    void top_equalsTheBruteForceListCut()
    {
        QFETCH(double, share);
        QFETCH(bool, byName);
        QFETCH(int, limit);
        QFETCH(int, skipped);
        QRandomGenerator rng(5);
        std::vector<quint32> rows;
        for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
            if (rng.generateDouble() < share)
                rows.push_back(row);
        }
        AuthorCounter counter;
        counter.setIndex(m_index.get());
        counter.count(rows);
        const std::map<Id, quint32> counts = bruteForce(*m_corpus, rows);
        const Order order = byName ? Order::ByName : Order::ByCount;
        // Leave out the first authors of the full list: the cut must move past them.
        std::vector<Id> skip;
        for (const AuthorCounter::Entry &e : bruteForceTop(*m_corpus, counts, order, size_t(skipped), {}))
            skip.push_back(e.id);
        qsizetype total = -1;
        const auto shown = counter.top(size_t(limit), order, skip, &total);
        QCOMPARE(describe(shown), describe(bruteForceTop(*m_corpus, counts, order, size_t(limit), skip)));
        QCOMPARE(total, qsizetype(counts.size() - skip.size()));

        // Among candidates only: every third author of the corpus.
        std::vector<Id> candidates;
        std::map<Id, quint32> candidateCounts;
        for (Id id = 0; id < Id(m_index->size()); id += 3) {
            candidates.push_back(id);
            if (counts.count(id))
                candidateCounts[id] = counts.at(id);
        }
        const auto some = counter.topOf(candidates, size_t(limit), order, {}, &total);
        QCOMPARE(describe(some), describe(bruteForceTop(*m_corpus, candidateCounts, order, size_t(limit), {})));
        QCOMPARE(total, qsizetype(candidateCounts.size()));
    }

    void coauthors_countSharedPapersWithoutTheSubject()
    {
        Id subject = 0; // the most prolific author
        for (Id id = 1; id < Id(m_index->size()); ++id) {
            if (m_index->corpusCount(id) > m_index->corpusCount(subject))
                subject = id;
        }
        QVERIFY(m_index->corpusCount(subject) > 10);
        AuthorCounter counter;
        counter.setIndex(m_index.get());
        std::vector<quint32> all(size_t(m_corpus->size()));
        std::iota(all.begin(), all.end(), 0u);
        counter.count(all); // a corpus-wide count first: the co-author count must start from zero
        counter.countCoauthors(subject);
        const auto papers = m_index->rowsOf(subject);
        std::map<Id, quint32> expected = bruteForce(*m_corpus, std::vector<quint32>(papers.begin(), papers.end()));
        expected.erase(subject);
        for (Id id = 0; id < Id(m_index->size()); ++id) {
            const auto it = expected.find(id);
            QCOMPARE(counter.countOf(id), it == expected.end() ? 0u : it->second);
        }
        QCOMPARE(counter.distinct(), qsizetype(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestAuthorCounter)
#include "tst_authorcounter.moc"
