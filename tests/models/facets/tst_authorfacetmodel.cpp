#include "facets/authorfacetmodel.h"
#include "corpus/corpusparser.h"
#include "text/textfold.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using State = FacetSelection::State;
using Mode = FacetSelection::Mode;

namespace {
// A corpus with accented spellings of one name, upper-case variants and a record naming someone twice.
QByteArray generatedCorpus(int papers)
{
    const QStringList pool = {
        "Bernhard Schölkopf", "Bernhard Scholkopf", "Bernhard Scholz", "Bernhard Schulz", "Bernhard Schmidt",
        "Ada Lovelace", "ADA LOVELACE", "Grace Hopper", "Jürgen Schmidhuber", "Juergen Schmid", "Zoë Ng",
        "Zoe Ng", "Łukasz Kaiser", "Sergey Levine", "Sergei Levin", "Chelsea Finn", "Alan Turing",
    };
    const QStringList words = {"graph", "neural", "policy", "kernel", "gradient", "robot", "language", "vision"};
    QRandomGenerator rng(4711);
    QByteArray out;
    for (int p = 0; p < papers; ++p) {
        QStringList authors;
        const int n = 1 + int(rng.bounded(5));
        for (int k = 0; k < n; ++k)
            authors.append(pool.at(rng.bounded(int(pool.size()))));
        if (p % 97 == 0)
            authors.append(authors.first()); // the same author twice in one record
        QStringList text;
        for (int w = 0; w < 6; ++w)
            text.append(words.at(rng.bounded(int(words.size()))));
        out += authors.join(QStringLiteral(", ")).toUtf8() + "\n" + text.join(' ').toUtf8() + "\n\n";
    }
    return out;
}

// A stand-in for the search engine: rows whose abstract contains the word.
std::vector<quint32> queryRows(const Corpus &corpus, const QString &word)
{
    std::vector<quint32> rows;
    for (quint32 row = 0; row < quint32(corpus.size()); ++row) {
        if (word.isEmpty() || corpus.abstract(row).contains(word, Qt::CaseInsensitive))
            rows.push_back(row);
    }
    return rows;
}

QSet<QString> keysOf(const Corpus &corpus, quint32 row)
{
    QSet<QString> keys;
    for (const QString &name : corpus.authors(row))
        keys.insert(TextFold::authorKey(name));
    return keys;
}

// Counts by normalized name strings, independent of the interned ids.
QMap<QString, int> bruteForceCounts(const Corpus &corpus, const std::vector<quint32> &rows)
{
    QMap<QString, int> counts;
    for (quint32 row : rows) {
        for (const QString &key : keysOf(corpus, row))
            ++counts[key];
    }
    return counts;
}

// The filter controller's part: edit the selection and pass it down.
template<typename Edit>
bool edit(AuthorFacetModel &model, Edit change)
{
    FacetSelection s = model.selection();
    if (!change(s))
        return false;
    model.setSelection(s);
    return true;
}

bool setState(AuthorFacetModel &model, AuthorTable::Id id, State state)
{
    return edit(model, [&](FacetSelection &s) { return s.setState(id, state); });
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(role).toString());
    return out;
}

std::shared_ptr<const Corpus> load(const QString &which)
{
    if (which == QLatin1String("shipped"))
        return CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)).corpus;
    return CorpusParser::parse(generatedCorpus(3000), QStringLiteral("generated")).corpus;
}
} // namespace

class TestAuthorFacetModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void counts_equalBruteForceRecount_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("any");
        for (const char *c : {"shipped", "generated"}) {
            const QString corpus = QString::fromLatin1(c);
            for (const char *q : {"", "graph", "policy", "kernel", "xyzzy"}) {
                const QString query = QString::fromLatin1(q);
                QTest::addRow("%s/'%s'/none", c, q) << corpus << query << QStringList() << QStringList() << false;
                QTest::addRow("%s/'%s'/levine", c, q) << corpus << query << QStringList{"Sergey Levine"}
                                                      << QStringList() << false;
                QTest::addRow("%s/'%s'/levine-and-finn", c, q) << corpus << query
                                                               << QStringList{"sergey levine", "CHELSEA FINN"}
                                                               << QStringList() << false;
                QTest::addRow("%s/'%s'/levine-or-finn", c, q) << corpus << query
                                                              << QStringList{"Sergey Levine", "Chelsea Finn"}
                                                              << QStringList() << true;
                QTest::addRow("%s/'%s'/not-finn", c, q) << corpus << query << QStringList()
                                                        << QStringList{"Chelsea Finn"} << false;
            }
        }
    }

    void counts_equalBruteForceRecount()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, query);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        QFETCH(bool, any);
        const auto c = load(corpus);
        QVERIFY(c);
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(c);
        FacetSelection s;
        for (const QString &n : included)
            s.setState(AuthorTable::Id(model.findAuthor(n)), State::Included);
        for (const QString &n : excluded)
            s.setState(AuthorTable::Id(model.findAuthor(n)), State::Excluded);
        s.setMode(any ? Mode::Any : Mode::All);
        model.setSelection(s);

        const std::vector<quint32> rows = s.filter(*c, queryRows(*c, query));
        model.setResultRows(rows);

        // The brute force: rows filtered by name strings, counted by name strings.
        QSet<QString> inc, exc;
        for (const QString &n : included)
            inc.insert(TextFold::authorKey(n));
        for (const QString &n : excluded)
            exc.insert(TextFold::authorKey(n));
        std::vector<quint32> expectedRows;
        for (quint32 row : queryRows(*c, query)) {
            const QSet<QString> keys = keysOf(*c, row);
            const bool hasExcluded = keys.intersects(exc);
            const bool hasIncluded = inc.isEmpty() || (any ? keys.intersects(inc) : keys.contains(inc));
            if (hasIncluded && !hasExcluded)
                expectedRows.push_back(row);
        }
        QCOMPARE(rows, expectedRows);
        const QMap<QString, int> expected = bruteForceCounts(*c, expectedRows);

        QMap<QString, int> actual;
        int pinned = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const QString key = i.data(AuthorFacetModel::KeyRole).toString();
            const int count = i.data(AuthorFacetModel::CountRole).toInt();
            if (i.data(AuthorFacetModel::PinnedRole).toBool()) {
                QCOMPARE(r, pinned++); // pinned rows come first
                QCOMPARE(count, expected.value(key, 0));
                if (count == 0)
                    continue;
            }
            QVERIFY2(!actual.contains(key), qPrintable(key));
            actual.insert(key, count);
        }
        QCOMPARE(pinned, included.size() + excluded.size());
        QCOMPARE(actual, expected);

        // Unpinned rows: count descending, then name in collation order.
        QCollator collator;
        for (int r = pinned + 1; r < model.rowCount(); ++r) {
            const int a = model.index(r - 1).data(AuthorFacetModel::CountRole).toInt();
            const int b = model.index(r).data(AuthorFacetModel::CountRole).toInt();
            QVERIFY(a >= b);
            if (a == b) {
                QVERIFY(collator.compare(model.index(r - 1).data().toString(), model.index(r).data().toString())
                        <= 0);
            }
        }
    }

    // A large corpus's index is built on a worker thread: the list is empty meanwhile, result rows
    // that arrive are kept, and the counts once it is ready are those of the latest rows.
    void largeCorpus_indexesInTheBackground_andCountsTheLatestRows()
    {
        const auto big = CorpusParser::parse(generatedCorpus(int(AuthorFacetModel::kBackgroundIndexPapers)), u"big"_qs).corpus;
        QVERIFY(big);
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &AuthorFacetModel::authorIndexChanged);
        model.setCorpus(big);
        QVERIFY(model.isIndexing());
        QCOMPARE(model.rowCount(), 0);
        const std::vector<quint32> rows = queryRows(*big, u"graph"_qs);
        model.setResultRows(rows);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isIndexing(), 30000);
        QCOMPARE(model.sharedAuthorIndex()->corpus(), big.get());
        QVERIFY(changed.size() >= 2);
        const QMap<QString, int> expected = bruteForceCounts(*big, rows);
        QMap<QString, int> actual;
        for (int r = 0; r < model.rowCount(); ++r)
            actual.insert(model.index(r).data(AuthorFacetModel::KeyRole).toString(),
                          model.index(r).data(AuthorFacetModel::CountRole).toInt());
        QCOMPARE(actual, expected);
    }

    // A small corpus opened while a large one still indexes: the large one's index never arrives.
    void newCorpus_whileIndexing_dropsTheOldIndex()
    {
        const auto big = CorpusParser::parse(generatedCorpus(int(AuthorFacetModel::kBackgroundIndexPapers)), u"big"_qs).corpus;
        const auto small = load(u"shipped"_qs);
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(big);
        model.setCorpus(small);
        QVERIFY(!model.isIndexing());
        QCOMPARE(model.sharedAuthorIndex()->corpus(), small.get());
        QTest::qWait(300); // time for the cancelled build to finish and (wrongly) report
        QCOMPARE(model.sharedAuthorIndex()->corpus(), small.get());
        QVERIFY(model.rowCount() > 0);
    }

    void boundedList_showsTheFirstAuthorsAndSaysHowManyMore_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("byName");
        QTest::addColumn<QStringList>("pins"); // "+name" included, "-name" excluded
        QTest::newRow("every paper, first 25") << "" << "" << 25 << false << QStringList();
        QTest::newRow("every paper, first 25 by name") << "" << "" << 25 << true << QStringList();
        QTest::newRow("a word, first 10") << "learning" << "" << 10 << false << QStringList();
        QTest::newRow("a rare word, fits") << "colorization" << "" << 10 << false << QStringList();
        QTest::newRow("filter s, first 5") << "" << "s" << 5 << false << QStringList();
        QTest::newRow("filter s, first 5 by name") << "" << "s" << 5 << true << QStringList();
        QTest::newRow("pins beyond the cut") << "" << "" << 3 << false
                                             << QStringList{"+Chelsea Finn", "-Yoshua Bengio"};
        QTest::newRow("pins and a filter") << "policy" << "le" << 4 << false << QStringList{"+Sergey Levine"};
        QTest::newRow("limit zero: only pins") << "" << "" << 0 << false << QStringList{"-Yoshua Bengio"};
    }

    // Every shown row's count equals a brute-force recount, the unpinned rows are the first
    // `limit` of the brute-force list in its order, pinned rows are always there, and the
    // "more" count is what the brute-force list has beyond them.
    void boundedList_showsTheFirstAuthorsAndSaysHowManyMore()
    {
        QFETCH(QString, query);
        QFETCH(QString, filter);
        QFETCH(int, limit);
        QFETCH(bool, byName);
        QFETCH(QStringList, pins);
        const auto c = load(QStringLiteral("shipped"));
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(c);
        model.setRowLimit(limit);
        model.setSortOrder(byName ? AuthorFacetModel::SortOrder::ByName : AuthorFacetModel::SortOrder::ByCount);
        QStringList pinnedKeys;
        for (const QString &p : pins) {
            const auto id = AuthorTable::Id(model.findAuthor(p.mid(1)));
            setState(model, id, p.startsWith(QLatin1Char('+')) ? State::Included : State::Excluded);
            pinnedKeys.append(TextFold::authorKey(p.mid(1)));
        }
        const std::vector<quint32> rows = model.selection().filter(*c, queryRows(*c, query));
        model.setResultRows(rows);
        model.setFilterText(filter);

        // The brute force: every counted author the filter lets through, sorted, then cut.
        const QMap<QString, int> counts = bruteForceCounts(*c, rows);
        const QStringList words = AuthorIndex::filterWords(filter);
        struct Expected { QString key; QString name; int count; };
        std::vector<Expected> all;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QStringList nameWords = it.key().split(QLatin1Char(' '));
            const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return std::any_of(nameWords.cbegin(), nameWords.cend(), [&](const QString &n) { return n.startsWith(w); });
            });
            if (matches && !pinnedKeys.contains(it.key()))
                all.push_back({it.key(), model.corpus()->authorTable().displayName(AuthorTable::Id(model.findAuthor(it.key()))), it.value()});
        }
        QCollator collator;
        std::stable_sort(all.begin(), all.end(), [&](const Expected &a, const Expected &b) {
            if (!byName && a.count != b.count)
                return a.count > b.count;
            return collator.compare(a.name, b.name) < 0;
        });
        QStringList expected;
        for (size_t k = 0; k < std::min(all.size(), size_t(limit)); ++k)
            expected.append(all[k].key + QLatin1Char('=') + QString::number(all[k].count));

        QStringList shownPins;
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const QString key = i.data(AuthorFacetModel::KeyRole).toString();
            const QString row = key + QLatin1Char('=') + i.data(AuthorFacetModel::CountRole).toString();
            (i.data(AuthorFacetModel::PinnedRole).toBool() ? shownPins : shown).append(row);
        }
        QStringList expectedPins;
        for (const QString &key : pinnedKeys)
            expectedPins.append(key + QLatin1Char('=') + QString::number(counts.value(key, 0)));
        QCOMPARE(shownPins, expectedPins);
        QCOMPARE(shown, expected);
        QCOMPARE(model.hiddenAuthors(), qsizetype(all.size()) - qsizetype(expected.size()));
        QCOMPARE(model.countedAuthors(), qsizetype(counts.size()));
    }

    void sortByName_usesCollationSoAccentsSortWithTheirLetter()
    {
        AuthorFacetModel model;
        model.setCorpus(CorpusParser::parse("Bernhard Scholz, Bernhard Schölkopf\na\n\n"
                                            "Bernhard Schulz, Bernhard Schmidt\nb\n",
                                            QStringLiteral("t"))
                            .corpus);
        model.setSortOrder(AuthorFacetModel::SortOrder::ByName);
        QCOMPARE(column(model, Qt::DisplayRole),
                 QStringList({"Bernhard Schmidt", "Bernhard Schölkopf", "Bernhard Scholz", "Bernhard Schulz"}));
        model.setSortOrder(AuthorFacetModel::SortOrder::ByCount);
        QCOMPARE(column(model, Qt::DisplayRole),
                 QStringList({"Bernhard Schmidt", "Bernhard Schölkopf", "Bernhard Scholz", "Bernhard Schulz"}));
    }

    void filterText_matchesAnyWordPrefixIgnoringAccentsAndCase_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("accent-free prefix") << "scholk" << QStringList{"Bernhard Schölkopf"};
        QTest::newRow("accented upper case") << "SCHÖLK" << QStringList{"Bernhard Schölkopf"};
        QTest::newRow("last name, by count") << "levine" << QStringList{"Sergey Levine", "Nir Levine", "Yoav Levine"};
        QTest::newRow("two word prefixes") << "sergey l" << QStringList{"Sergey Levine"};
        QTest::newRow("words in any order") << "lev serg" << QStringList{"Sergey Levine"};
        QTest::newRow("not a prefix") << "olkopf" << QStringList();
        QTest::newRow("umlaut folded") << "jurgen schm" << QStringList{"Jürgen Schmidhuber"};
    }

    void filterText_matchesAnyWordPrefixIgnoringAccentsAndCase()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, names);
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(load(QStringLiteral("shipped")));
        model.setFilterText(filter);
        QCOMPARE(column(model, Qt::DisplayRole), names);
        // Typed a key at a time (each step narrows the last list) gives the same list.
        AuthorFacetModel typed;
        QAbstractItemModelTester typedTester(&typed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        typed.setCorpus(model.corpus() ? load(QStringLiteral("shipped")) : nullptr);
        for (qsizetype n = 1; n <= filter.size(); ++n)
            typed.setFilterText(filter.left(n));
        QCOMPARE(column(typed, Qt::DisplayRole), names);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 1773);
    }

    void pinnedAuthors_stayOnTopWhenTheirCountDrops()
    {
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto c = load(QStringLiteral("shipped"));
        model.setCorpus(c);
        const auto finn = AuthorTable::Id(model.findAuthor(QStringLiteral("Chelsea Finn")));
        const auto bengio = AuthorTable::Id(model.findAuthor(QStringLiteral("Yoshua Bengio")));
        setState(model, bengio, State::Excluded);
        setState(model, finn, State::Included);
        model.setResultRows({}); // nothing matches
        QCOMPARE(column(model, Qt::DisplayRole), QStringList({"Yoshua Bengio", "Chelsea Finn"}));
        QCOMPARE(column(model, AuthorFacetModel::CountRole), QStringList({"0", "0"}));
        QCOMPARE(model.index(0).data(AuthorFacetModel::StateRole).toInt(), int(State::Excluded));
        QCOMPARE(model.index(1).data(AuthorFacetModel::StateRole).toInt(), int(State::Included));
        model.setFilterText(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(edit(model, [](FacetSelection &s) { return s.removeLast(); }));
        QCOMPARE(column(model, Qt::DisplayRole), QStringList({"Yoshua Bengio"}));
    }

    void recount_keepsPersistentIndexOnItsAuthor()
    {
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto c = load(QStringLiteral("shipped"));
        model.setCorpus(c);
        const auto finn = AuthorTable::Id(model.findAuthor(QStringLiteral("Chelsea Finn")));
        QPersistentModelIndex current = model.index(model.rowOfAuthor(finn));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (const char *q : {"r", "re", "rei", "rein", "reinf", "reinforcement", "policy", ""}) {
            const std::vector<quint32> rows = queryRows(*c, QString::fromLatin1(q));
            model.setResultRows(rows);
            if (model.rowOfAuthor(finn) < 0)
                break;
            QVERIFY(current.isValid());
            QCOMPARE(current.data().toString(), QStringLiteral("Chelsea Finn"));
            QCOMPARE(current.row(), model.rowOfAuthor(finn));
        }
        QCOMPARE(resets.count(), 0);
    }

    // The selection is the filter controller's: the model only shows what it is given, and a new
    // corpus clears its copy (the ids belong to the old corpus) with one selectionChanged.
    void selection_isPassedDownAndClearedByANewCorpus()
    {
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto c = load(QStringLiteral("shipped"));
        model.setCorpus(c);
        QSignalSpy changes(&model, &AuthorListModel::selectionChanged);
        FacetSelection s;
        s.setState(AuthorTable::Id(model.findAuthor(QStringLiteral("Chelsea Finn"))), State::Excluded);
        model.setSelection(s);
        model.setSelection(s);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.selection(), s);
        QCOMPARE(model.index(0).data(AuthorFacetModel::StateRole).toInt(), int(State::Excluded));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Chelsea Finn"));
        model.setCorpus(c);
        QCOMPARE(changes.count(), 2);
        QVERIFY(model.selection().isEmpty());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Sergey Levine"));
    }

    // Before any corpus (the window starts empty) every setter is harmless and the list is empty.
    void noCorpus_everySetterKeepsAnEmptyList()
    {
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilterText(QStringLiteral("sergey l"));
        model.setSortOrder(AuthorFacetModel::SortOrder::ByName);
        model.setRowLimit(3);
        FacetSelection s;
        s.setState(7, State::Included);
        model.setSelection(s);
        model.setResultRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.hiddenAuthors(), 0);
        QCOMPARE(model.findAuthor(QStringLiteral("Sergey Levine")), -1);
        model.setCorpus(load(QStringLiteral("shipped"))); // the filter text applies to the new corpus
        QCOMPARE(column(model, Qt::DisplayRole), QStringList({"Sergey Levine"}));
        QVERIFY(model.selection().isEmpty());
    }

    void duplicateAuthorInOneRecord_countsThePaperOnce()
    {
        AuthorFacetModel model;
        model.setCorpus(CorpusParser::parse("Ada Lovelace, ada lovelace, Bob Stone\nx\n", QStringLiteral("t")).corpus);
        QCOMPARE(column(model, Qt::DisplayRole), QStringList({"Ada Lovelace", "Bob Stone"}));
        QCOMPARE(column(model, AuthorFacetModel::CountRole), QStringList({"1", "1"}));
        QCOMPARE(model.index(0).data(AuthorFacetModel::CorpusCountRole).toInt(), 1);
    }

    void modelTester_survivesRandomQueriesAndSelections()
    {
        AuthorFacetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto c = load(QStringLiteral("generated"));
        model.setCorpus(c);
        QRandomGenerator rng(99);
        const QStringList queries = {"", "graph", "policy robot", "kernel", "gradient", "x"};
        std::vector<quint32> rows = queryRows(*c, QString());
        for (int step = 0; step < 300; ++step) {
            switch (rng.bounded(7)) {
            case 0:
                rows = model.selection().filter(*c, queryRows(*c, queries.at(rng.bounded(int(queries.size())))));
                model.setResultRows(rows);
                break;
            case 1:
            case 2:
                if (model.rowCount() > 0)
                    edit(model, [&](FacetSelection &s) { return s.cycle(model.authorAt(rng.bounded(model.rowCount()))); });
                break;
            case 3:
                model.setFilterText(QStringList({"", "b", "bern", "schol", "z", "ada l"}).at(rng.bounded(6)));
                break;
            case 4:
                edit(model, [&](FacetSelection &s) { return s.setMode(rng.bounded(2) ? Mode::Any : Mode::All); });
                break;
            case 5:
                model.setSortOrder(rng.bounded(2) ? AuthorFacetModel::SortOrder::ByName
                                                  : AuthorFacetModel::SortOrder::ByCount);
                break;
            case 6:
                model.setRowLimit(int(rng.bounded(8)));
                break;
            }
            QVERIFY(model.rowCount() <= model.rowLimit() + model.selection().order().size());
            const QMap<QString, int> expected = bruteForceCounts(*c, rows);
            for (int r = 0; r < model.rowCount(); ++r) {
                QCOMPARE(model.rowOfAuthor(model.authorAt(r)), r);
                const QModelIndex i = model.index(r);
                QCOMPARE(i.data(AuthorFacetModel::CountRole).toInt(), expected.value(i.data(AuthorFacetModel::KeyRole).toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthorFacetModel)
#include "tst_authorfacetmodel.moc"
