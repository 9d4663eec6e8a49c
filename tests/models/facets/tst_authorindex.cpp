#include "facets/authorindex.h"
#include "corpus/corpusparser.h"

#include <QCollator>
#include <QTest>

#include <algorithm>

using Id = AuthorTable::Id;

// The index's precomputed lists against the corpus they come from, and the name-word lookup
// against a scan of every author with matchesFilter.
class TestAuthorIndex : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Corpus> m_corpus;
    std::unique_ptr<AuthorIndex> m_index;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_corpus = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)).corpus;
        QVERIFY(m_corpus);
        m_index = std::make_unique<AuthorIndex>(m_corpus, QCollator());
    }

    void paperLists_matchTheCorpusWithEachAuthorOncePerPaper()
    {
        const auto c = CorpusParser::parse("Ada Lovelace, ada lovelace, Bob Stone\nx\n\nBob Stone\ny\n\n"
                                           "Cy Young, Ada Lovelace\nz\n", QStringLiteral("t")).corpus;
        const AuthorIndex index(c, QCollator());
        const auto ada = Id(c->authorTable().find(QStringLiteral("Ada Lovelace")));
        const auto bob = Id(c->authorTable().find(QStringLiteral("Bob Stone")));
        const auto cy = Id(c->authorTable().find(QStringLiteral("Cy Young")));
        QCOMPARE(index.paperCount(), 3);
        QCOMPARE(std::vector<Id>(index.authorsOf(0).begin(), index.authorsOf(0).end()), std::vector<Id>({ada, bob}));
        QCOMPARE(std::vector<Id>(index.authorsOf(2).begin(), index.authorsOf(2).end()), std::vector<Id>({cy, ada}));
        QCOMPARE(std::vector<quint32>(index.rowsOf(ada).begin(), index.rowsOf(ada).end()), std::vector<quint32>({0, 2}));
        QCOMPARE(index.corpusCount(bob), 2u);
        QCOMPARE(index.corpusCount(cy), 1u);
        // On the shipped corpus: every paper's list is its distinct authors, and the two lists agree.
        for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
            std::vector<Id> expected(m_corpus->authorIds(row).begin(), m_corpus->authorIds(row).end());
            std::sort(expected.begin(), expected.end());
            expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
            std::vector<Id> actual(m_index->authorsOf(row).begin(), m_index->authorsOf(row).end());
            std::sort(actual.begin(), actual.end());
            QCOMPARE(actual, expected);
            for (Id id : actual) {
                const auto rows = m_index->rowsOf(id);
                QVERIFY(std::binary_search(rows.begin(), rows.end(), row));
            }
        }
    }

    void authorsMatching_findsWhatAScanFinds_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char *f : {"s", "se", "ser", "serg", "sergey", "sergey l", "l sergey", "S", "schö", "scholk",
                              "a", "ab", "de", "de la", "ng", "zz", "le le", "j", "y b", "chelsea finn", "ł",
                              "lukasz", "-", "o'"}) {
            QTest::newRow(f) << QString::fromUtf8(f);
        }
    }

    void authorsMatching_findsWhatAScanFinds()
    {
        QFETCH(QString, filter);
        const QStringList words = AuthorIndex::filterWords(filter);
        std::vector<Id> expected;
        for (Id id = 0; id < Id(m_index->size()); ++id) {
            if (m_index->matchesFilter(id, words))
                expected.push_back(id);
        }
        std::vector<Id> actual = m_index->authorsMatching(words);
        std::sort(actual.begin(), actual.end()); // each author once: no unique() here
        QCOMPARE(actual, expected);
    }

    void authorsMatching_listsAnAuthorOnceWhenTwoWordsMatch()
    {
        const auto c = CorpusParser::parse("Sergey Sergeevich Ivanov, Serge Lang\nx\n", QStringLiteral("t")).corpus;
        const AuthorIndex index(c, QCollator());
        QCOMPARE(index.authorsMatching(AuthorIndex::filterWords(QStringLiteral("serge"))).size(), size_t(2));
        QCOMPARE(index.authorsMatching(AuthorIndex::filterWords(QStringLiteral("sergey serge"))).size(), size_t(1));
        QCOMPARE(index.authorsMatching({}).size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAuthorIndex)
#include "tst_authorindex.moc"
