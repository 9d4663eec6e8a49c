// The library's query terms (list:NAME, is:starred, is:read, is:unread; issue 15) against brute force
// over a library with random marks and lists: every combination of terms, negated and joined by OR
// and with words, matches exactly the papers a direct reading of the store says it should.
#include "corpus/corpusparser.h"
#include "library/librarystore.h"
#include "library/librarytermsource.h"
#include "search/searchengine.h"
#include "search/searchindex.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

class TestLibraryTermSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    std::shared_ptr<const SearchIndex> m_index;
    LibraryStore m_store;
    const QStringList m_lists{QStringLiteral("A"), QStringLiteral("to read"), QStringLiteral("Empty")};

    // What a term means, read straight from the store for one paper.
    bool holds(const QString &term, qsizetype row) const
    {
        const QString id = m_corpus->id(row);
        if (term == u"is:starred")
            return m_store.isBookmarked(id);
        if (term == u"is:read")
            return m_store.isRead(id);
        if (term == u"is:unread")
            return !m_store.isRead(id);
        if (term == u"graph")
            return row % 3 == 0; // the corpus below puts "graph" in every third abstract
        const QString name = term.mid(5).remove(QLatin1Char('"'));
        return m_store.listsContaining(id).contains(name, Qt::CaseInsensitive);
    }

    std::set<quint32> run(const QString &text) const
    {
        const LibraryTermSource source([this] { return m_corpus.get(); }, &m_store);
        const SearchQuery query = SearchQuery::parse(text);
        const LibraryRows rows = LibraryRows::resolve(query, &source);
        const SearchResult r = SearchEngine::run(*m_index, query, SortOrder::CorpusOrder, false, nullptr, &rows);
        return {r.rows.begin(), r.rows.end()};
    }

private slots:
    void initTestCase()
    {
        QByteArray text;
        for (int i = 0; i < 120; ++i)
            text += "Ann" + QByteArray(1, char('a' + i % 26)) + QByteArray(1, char('a' + i / 26)) + " Lee\ntl;dr: Paper " + QByteArray::number(i) + ".\nAbstract "
                    + (i % 3 == 0 ? "graph " : "tree ") + QByteArray::number(i) + ".\n";
        m_corpus = CorpusParser::parse(text, QStringLiteral("many")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 120);
        m_index = SearchIndex::build(m_corpus);
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("lib.sqlite"))));
        QRandomGenerator random(15);
        QList<LibraryStore::Paper> starred, a, toRead;
        QStringList read;
        for (qsizetype row = 0; row < m_corpus->size(); ++row) {
            const LibraryStore::Paper paper = LibraryStore::paperFrom(*m_corpus, row);
            if (random.bounded(4) == 0)
                starred << paper;
            if (random.bounded(3) == 0)
                read << paper.id;
            if (random.bounded(3) == 0)
                a << paper;
            if (random.bounded(5) == 0)
                toRead << paper;
        }
        // and papers the corpus does not have, which must not disturb anything
        a << LibraryStore::Paper{QStringLiteral("elsewhere-1"), QStringLiteral("X"), QStringLiteral("Y")};
        QVERIFY(m_store.setBookmarked(starred, true));
        QVERIFY(m_store.setRead(read, true));
        QVERIFY(m_store.addToList(QStringLiteral("A"), a));
        QVERIFY(m_store.addToList(QStringLiteral("to read"), toRead));
        QVERIFY(m_store.createList(QStringLiteral("Empty")));
    }

    void terms_matchBruteForce()
    {
        const QStringList atoms{QStringLiteral("is:starred"), QStringLiteral("is:read"), QStringLiteral("is:unread"),
                                QStringLiteral("list:A"), QStringLiteral("list:\"to read\""), QStringLiteral("list:empty"),
                                QStringLiteral("list:nosuch"), QStringLiteral("graph")};
        int checked = 0;
        for (const QString &x : atoms) {
            for (const QString &y : atoms) {
                for (int form = 0; form < 4; ++form) {
                    // x y, x -y, x OR y, -x -y
                    const QString text = form == 0 ? x + u' ' + y
                                       : form == 1 ? x + QStringLiteral(" -") + y
                                       : form == 2 ? x + QStringLiteral(" OR ") + y
                                                   : u'-' + x + QStringLiteral(" -") + y;
                    std::set<quint32> expected;
                    for (qsizetype row = 0; row < m_corpus->size(); ++row) {
                        const bool a = holds(x, row), b = holds(y, row);
                        const bool in = form == 0 ? a && b : form == 1 ? a && !b : form == 2 ? a || b : !a && !b;
                        if (in)
                            expected.insert(quint32(row));
                    }
                    QVERIFY2(run(text) == expected, qPrintable(text));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 8 * 8 * 4);
    }

    void inAButNotInB()
    {
        std::set<quint32> expected;
        for (qsizetype row = 0; row < m_corpus->size(); ++row) {
            const QStringList in = m_store.listsContaining(m_corpus->id(row));
            if (in.contains(QStringLiteral("A")) && !in.contains(QStringLiteral("to read")))
                expected.insert(quint32(row));
        }
        QVERIFY(!expected.empty());
        QVERIFY(run(QStringLiteral("list:A -list:\"to read\"")) == expected);
    }

    void noLibrary_meansNoMarks()
    {
        const SearchQuery query = SearchQuery::parse(u"is:unread");
        QCOMPARE(SearchEngine::run(*m_index, query).rows.size(), size_t(m_corpus->size()));
        QVERIFY(SearchEngine::run(*m_index, SearchQuery::parse(u"list:A")).rows.empty());
        QVERIFY(SearchEngine::run(*m_index, SearchQuery::parse(u"is:starred")).rows.empty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryTermSource)
#include "tst_librarytermsource.moc"
