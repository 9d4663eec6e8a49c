#include "corpus/corpusparser.h"
#include "library/librarydecorationmodel.h"
#include "library/librarylistsmodel.h"
#include "library/libraryscopeproxymodel.h"
#include "library/librarystore.h"
#include "corpus/papermodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

// Reordering a reading list by dropping papers between the rows of its scope, at the model level:
// the drag's mime data comes from the model chain exactly as a view asks for it.
class TestLibraryScopeProxyModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Corpus> m_corpus;
    int m_counter = 0;

    // PaperModel -> decoration -> a filter standing in for the search (keeps the list's papers, as
    // the search controller does with the scope's rows, and hides some) -> the scope.
    struct Chain
    {
        LibraryStore store;
        PaperModel papers;
        LibraryDecorationModel decoration;
        QSortFilterProxyModel search;
        LibraryScopeProxyModel scope;
    };

    bool setUp(Chain &c, const QStringList &list, const QStringList &hidden = {})
    {
        if (!c.store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))))
            return false;
        QList<LibraryStore::Paper> papers;
        for (const QString &id : list)
            papers << LibraryStore::Paper{idOf(id), id, {}};
        if (!c.store.addToList(QStringLiteral("L"), papers))
            return false;
        c.papers.setCorpus(m_corpus);
        c.decoration.setSourceModel(&c.papers);
        c.decoration.setStore(&c.store);
        c.search.setSourceModel(&c.decoration);
        c.search.setFilterRole(PaperRoles::IdRole);
        QStringList ids;
        for (const QString &id : list)
            if (!hidden.contains(id))
                ids << QRegularExpression::escape(idOf(id));
        c.search.setFilterRegularExpression(QStringLiteral("^(%1)$").arg(ids.join(QLatin1Char('|'))));
        c.scope.setSourceModel(&c.search);
        c.scope.setPaperModel(&c.papers);
        c.scope.setStore(&c.store);
        c.scope.setScope(LibraryScope::list(QStringLiteral("L")));
        return true;
    }

    // Test labels: "3" is corpus row 3, anything else a paper missing from the corpus.
    QString idOf(const QString &label) const
    {
        bool number = false;
        const int row = label.toInt(&number);
        return number ? m_corpus->id(row) : label;
    }
    QString labelOf(const QString &id) const
    {
        const qsizetype row = m_corpus->indexOfId(id);
        return row >= 0 ? QString::number(row) : id;
    }
    QString labels(const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            out << labelOf(id);
        return out.join(QLatin1Char(' '));
    }
    QString shown(const QAbstractItemModel &model) const
    {
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(PaperRoles::IdRole).toString();
        return labels(ids);
    }
    QString stored(const LibraryStore &store) const
    {
        QStringList ids;
        for (const auto &e : store.entries(QStringLiteral("L")))
            ids << e.paper.id;
        return labels(ids);
    }
    // The mime data a view would drag for these shown papers.
    QMimeData *dragOf(const Chain &c, const QStringList &dragged) const
    {
        QModelIndexList indexes;
        for (const QString &label : dragged)
            indexes << c.scope.match(c.scope.index(0, 0), PaperRoles::IdRole, idOf(label), 1, Qt::MatchExactly).value(0);
        return c.scope.mimeData(indexes);
    }

private slots:
    void initTestCase()
    {
        QByteArray text;
        for (int i = 0; i < 8; ++i)
            text += "Author" + QByteArray(1, char('A' + i)) + " Lee\ntl;dr: Paper " + QByteArray::number(i) + ".\nAbstract " + QByteArray::number(i) + ".\n";
        m_corpus = CorpusParser::parse(text, QStringLiteral("eight")).corpus;
        QVERIFY(m_corpus && m_corpus->size() == 8);
    }

    void drop_putsTheDraggedPapersBeforeTheRowUnderTheIndicator_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QStringList>("dragged");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("expected");
        const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QTest::newRow("one down") << l("0 1 2 3") << l("") << l("0") << 3 << "1 2 0 3";
        QTest::newRow("one up") << l("0 1 2 3") << l("") << l("3") << 1 << "0 3 1 2";
        QTest::newRow("below the last row") << l("0 1 2 3") << l("") << l("1") << -1 << "0 2 3 1";
        QTest::newRow("two keep their list order") << l("0 1 2 3 4") << l("") << l("3 1") << 0 << "1 3 0 2 4";
        QTest::newRow("two apart, to the end") << l("0 1 2 3 4") << l("") << l("0 2") << 5 << "1 3 4 0 2";
        QTest::newRow("before a dragged row") << l("0 1 2 3") << l("") << l("0 2") << 2 << "1 0 2 3";
        QTest::newRow("missing papers stay") << l("0 gone 1 2") << l("") << l("2") << 0 << "2 0 gone 1";
        QTest::newRow("hidden: before the visible neighbour") << l("0 1 2 3 4") << l("2") << l("4") << 2 << "0 1 2 4 3";
        QTest::newRow("hidden: after the last visible") << l("0 1 2 3") << l("3") << l("0") << -1 << "1 2 0 3";
        QTest::newRow("hidden: first shown row") << l("5 0 1") << l("5") << l("1") << 0 << "5 1 0";
    }
    void drop_putsTheDraggedPapersBeforeTheRowUnderTheIndicator()
    {
        QFETCH(QStringList, list);
        QFETCH(QStringList, hidden);
        QFETCH(QStringList, dragged);
        QFETCH(int, row);
        QFETCH(QString, expected);
        Chain c;
        QVERIFY(setUp(c, list, hidden));
        QAbstractItemModelTester tester(&c.scope, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy requested(&c.scope, &LibraryScopeProxyModel::reorderRequested);
        std::unique_ptr<QMimeData> mime(dragOf(c, dragged));
        QVERIFY(c.scope.canDropMimeData(mime.get(), Qt::CopyAction, row, 0, {}));
        QVERIFY(c.scope.dropMimeData(mime.get(), Qt::CopyAction, row, 0, {}));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), QStringLiteral("L"));
        QCOMPARE(labels(requested[0][1].toStringList()), expected);
        QCOMPARE(requested[0][2].toStringList().size(), dragged.size());
    }

    void drop_whereNothingMoves_asksForNothing()
    {
        Chain c;
        QVERIFY(setUp(c, {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QSignalSpy requested(&c.scope, &LibraryScopeProxyModel::reorderRequested);
        std::unique_ptr<QMimeData> mime(dragOf(c, {QStringLiteral("1")}));
        QVERIFY(!c.scope.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
        QVERIFY(!c.scope.dropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
        QCOMPARE(requested.size(), 0);
    }

    void drop_throughTheStore_reordersInPlace_withoutRefilterOrReset()
    {
        Chain c;
        QVERIFY(setUp(c, {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QAbstractItemModelTester tester(&c.scope, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&c.scope, &LibraryScopeProxyModel::reorderRequested, &c.store,
                [&c](const QString &list, const QStringList &order) { QVERIFY(c.store.setOrder(list, order)); });
        QSignalSpy committed(&c.store, &LibraryStore::changed);
        QSignalSpy refiltered(&c.scope, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&c.scope, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex moved = c.scope.index(0, 0); // paper 0
        const QPersistentModelIndex other = c.scope.index(1, 0); // paper 1
        std::unique_ptr<QMimeData> mime(dragOf(c, {QStringLiteral("0")}));
        QVERIFY(c.scope.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, {}));
        QCOMPARE(committed.size(), 1);
        QCOMPARE(stored(c.store), QStringLiteral("1 2 3 0"));
        QCOMPARE(shown(c.scope), QStringLiteral("1 2 3 0"));
        QCOMPARE(moved.row(), 3);
        QCOMPARE(other.row(), 0);
        QCOMPARE(refiltered.size(), 0);
        QCOMPARE(reset.size(), 0);
        QSignalSpy relaid(&c.scope, &QAbstractItemModel::layoutChanged);
        QVERIFY(c.store.setBookmarked({{idOf(QStringLiteral("2")), {}, {}}}, true)); // neither papers nor order
        QCOMPARE(relaid.size() + refiltered.size() + reset.size(), 0);
    }

    void reorder_isRefused_outsideAWritableListScope_data()
    {
        QTest::addColumn<LibraryScope>("scope");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("all papers") << LibraryScope::all() << false;
        QTest::newRow("bookmarked") << LibraryScope::bookmarked() << false;
        QTest::newRow("unread") << LibraryScope::unread() << false;
        QTest::newRow("read-only library") << LibraryScope::list(QStringLiteral("L")) << true;
    }
    void reorder_isRefused_outsideAWritableListScope()
    {
        QFETCH(LibraryScope, scope);
        QFETCH(bool, readOnly);
        Chain c;
        QVERIFY(setUp(c, {QStringLiteral("0"), QStringLiteral("1")}));
        QVERIFY(c.store.setBookmarked({{idOf(QStringLiteral("0")), {}, {}}, {idOf(QStringLiteral("1")), {}, {}}}, true));
        std::unique_ptr<QMimeData> mime(dragOf(c, {QStringLiteral("1")}));
        QVERIFY(c.scope.flags({}) & Qt::ItemIsDropEnabled);
        if (readOnly)
            QVERIFY(c.store.open(c.store.path(), LibraryStore::OpenMode::ReadOnly));
        c.scope.setScope(scope);
        QVERIFY(!(c.scope.flags({}) & Qt::ItemIsDropEnabled)); // no indicator suggests a reorder
        QVERIFY(!c.scope.canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(!c.scope.dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(stored(c.store), QStringLiteral("0 1"));
    }

    void reorder_isRefused_forForeignDataAndOntoARow()
    {
        Chain c;
        QVERIFY(setUp(c, {QStringLiteral("0"), QStringLiteral("1")}));
        QVERIFY(!(c.scope.flags(c.scope.index(0, 0)) & Qt::ItemIsDropEnabled)); // between rows only
        QVERIFY(c.scope.flags(c.scope.index(0, 0)) & Qt::ItemIsDragEnabled);
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!c.scope.canDropMimeData(&text, Qt::CopyAction, 0, 0, {}));
        QMimeData outsider;
        outsider.setData(LibraryListsModel::kMimeType, idOf(QStringLiteral("5")).toUtf8()); // not in the list
        QVERIFY(!c.scope.canDropMimeData(&outsider, Qt::CopyAction, 0, 0, {}));
        std::unique_ptr<QMimeData> mime(dragOf(c, {QStringLiteral("1")}));
        QVERIFY(!c.scope.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, c.scope.index(0, 0)));
        QVERIFY(!c.scope.canDropMimeData(mime.get(), Qt::LinkAction, 0, 0, {}));
    }
};

QTEST_GUILESS_MAIN(TestLibraryScopeProxyModel)
#include "tst_libraryscopeproxymodel.moc"
