#include "library/libraryentriesmodel.h"
#include "library/libraryundo.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// Every library change undoes to exactly the state before it and redoes to exactly the state after.
class TestLibraryUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static LibraryStore::Paper paper(int n)
    {
        return {QStringLiteral("id%1").arg(n), QStringLiteral("A%1").arg(n), QStringLiteral("H%1").arg(n)};
    }

    // The whole library in one string: bookmarks, read, then each list with its entries and notes.
    static QString state(const LibraryStore &store)
    {
        QStringList parts;
        for (const auto &e : store.bookmarks())
            parts << QStringLiteral("*%1@%2").arg(e.paper.id, e.added.toString(Qt::ISODateWithMs));
        QStringList read = store.readIds().values();
        read.sort();
        parts << QStringLiteral("read=") + read.join(QLatin1Char(','));
        for (const auto &l : store.lists()) {
            QStringList entries;
            for (const auto &e : store.entries(l.name))
                entries << e.paper.id + e.added.toString(Qt::ISODateWithMs) + (e.note.isEmpty() ? QString() : QLatin1Char('[') + e.note + QLatin1Char(']'));
            parts << l.name + QLatin1Char(':') + entries.join(QLatin1Char(','));
            parts << QStringLiteral("no=") + store.notRelevant(l.name).join(QLatin1Char(','));
        }
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void eachChange_undoesAndRedoesExactly_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("bookmark") << "bookmark" << "bookmark 2 paper(s)";
        QTest::newRow("unbookmark") << "unbookmark" << "remove the bookmark of 1 paper(s)";
        QTest::newRow("read") << "read" << "mark 1 paper(s) read";
        QTest::newRow("create") << "create" << "create list “new”";
        QTest::newRow("add to existing") << "add" << "add 1 paper(s) to “to read”";
        QTest::newRow("add to new list") << "addnew" << "add 2 paper(s) to “fresh”";
        QTest::newRow("remove") << "remove" << "remove 2 paper(s) from “to read”";
        QTest::newRow("rename") << "rename" << "rename “to read” to “later”";
        QTest::newRow("delete") << "delete" << "delete list “to read”";
        QTest::newRow("move") << "move" << "move 1 paper(s) in “to read”";
        QTest::newRow("reorder by drop") << "order" << "move 2 paper(s) in “to read”";
        QTest::newRow("note") << "note" << "edit the note in “to read”";
        QTest::newRow("not relevant") << "vote" << "mark 2 paper(s) not relevant for “to read”";
        QTest::newRow("take back vote") << "unvote" << "take back 1 “not relevant” vote(s) for “to read”";
    }
    void eachChange_undoesAndRedoesExactly()
    {
        QFETCH(QString, action);
        QFETCH(QString, undoText);
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))));
        QVERIFY(store.setBookmarked({paper(1)}, true));
        QVERIFY(store.addToList(QStringLiteral("to read"), {paper(1), paper(2), paper(3), paper(4)}));
        QVERIFY(store.setNote(QStringLiteral("to read"), QStringLiteral("id2"), QStringLiteral("old")));
        QVERIFY(store.setNotRelevant(QStringLiteral("to read"), {paper(6)}, true));
        const QString before = state(store);

        QUndoStack stack;
        const QString list = QStringLiteral("to read");
        QUndoCommand *command = nullptr;
        if (action == QLatin1String("bookmark"))
            command = LibraryUndoCommand::setBookmarked(&store, {paper(1), paper(2), paper(3)}, true);
        else if (action == QLatin1String("unbookmark"))
            command = LibraryUndoCommand::setBookmarked(&store, {paper(1), paper(2)}, false);
        else if (action == QLatin1String("read"))
            command = LibraryUndoCommand::setRead(&store, {QStringLiteral("id3")}, true);
        else if (action == QLatin1String("create"))
            command = LibraryUndoCommand::createList(&store, QStringLiteral("new"));
        else if (action == QLatin1String("add"))
            command = LibraryUndoCommand::addToList(&store, list, {paper(1), paper(5)});
        else if (action == QLatin1String("addnew"))
            command = LibraryUndoCommand::addToList(&store, QStringLiteral("fresh"), {paper(1), paper(5)});
        else if (action == QLatin1String("remove"))
            command = LibraryUndoCommand::removeFromList(&store, list, {QStringLiteral("id2"), QStringLiteral("id4")});
        else if (action == QLatin1String("rename"))
            command = LibraryUndoCommand::renameList(&store, list, QStringLiteral("later"));
        else if (action == QLatin1String("delete"))
            command = LibraryUndoCommand::deleteList(&store, list);
        else if (action == QLatin1String("move"))
            command = LibraryUndoCommand::moveInList(&store, list, QStringLiteral("id1"), 3);
        else if (action == QLatin1String("order"))
            command = LibraryUndoCommand::setOrder(&store, list, {QStringLiteral("id3"), QStringLiteral("id4"), QStringLiteral("id1"), QStringLiteral("id2")}, 2);
        else if (action == QLatin1String("note"))
            command = LibraryUndoCommand::setNote(&store, list, QStringLiteral("id2"), QStringLiteral("new note"));
        else if (action == QLatin1String("vote"))
            command = LibraryUndoCommand::setNotRelevant(&store, list, {paper(5), paper(6), paper(7)}, true);
        else if (action == QLatin1String("unvote"))
            command = LibraryUndoCommand::setNotRelevant(&store, list, {paper(6), paper(7)}, false);
        QVERIFY(command);
        stack.push(command);
        const QString after = state(store);
        QVERIFY2(after != before, qPrintable(after));
        QCOMPARE(stack.undoText(), undoText);
        stack.undo();
        QCOMPARE(state(store), before);
        stack.redo();
        QCOMPARE(state(store), after);
    }

    void undoAndRedo_reachAListsEntriesRowByRow()
    {
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))));
        const QString list = QStringLiteral("to read");
        QVERIFY(store.addToList(list, {paper(1), paper(2), paper(3), paper(4)}));
        LibraryEntriesModel entries;
        entries.setStore(&store);
        entries.setList(list);
        QAbstractItemModelTester tester(&entries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&entries, &QAbstractItemModel::modelReset);
        const auto rows = [&entries] {
            QStringList ids;
            for (int r = 0; r < entries.rowCount(); ++r)
                ids << entries.index(r).data(LibraryEntriesModel::IdRole).toString();
            return ids.join(QLatin1Char(' '));
        };
        QUndoStack stack;
        stack.push(LibraryUndoCommand::setOrder(&store, list, {QStringLiteral("id3"), QStringLiteral("id4"), QStringLiteral("id1"), QStringLiteral("id2")}, 2));
        stack.push(LibraryUndoCommand::removeFromList(&store, list, {QStringLiteral("id4"), QStringLiteral("id1")}));
        stack.push(LibraryUndoCommand::addToList(&store, list, {paper(5), paper(6)}));
        QCOMPARE(rows(), QStringLiteral("id3 id2 id5 id6"));
        stack.undo();
        QCOMPARE(rows(), QStringLiteral("id3 id2"));
        stack.undo();
        QCOMPARE(rows(), QStringLiteral("id3 id4 id1 id2"));
        stack.undo();
        QCOMPARE(rows(), QStringLiteral("id1 id2 id3 id4"));
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(rows(), QStringLiteral("id3 id2 id5 id6"));
        QCOMPARE(reset.size(), 0);
    }

    void addingPapersAlreadyInTheList_saysSo()
    {
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))));
        const QString list = QStringLiteral("to read");
        QVERIFY(store.addToList(list, {paper(1)}));
        std::unique_ptr<QUndoCommand> again(LibraryUndoCommand::addToList(&store, list, {paper(1)}));
        QCOMPARE(LibraryUndoCommand::doneText(again.get()), QStringLiteral("Already in “to read”: 1 paper(s)"));
        std::unique_ptr<QUndoCommand> more(LibraryUndoCommand::addToList(&store, list, {paper(1), paper(2)}));
        QCOMPARE(LibraryUndoCommand::doneText(more.get()), QStringLiteral("Added 1 paper(s) to “to read”"));
    }

    void failedChange_isNotOnTheStack()
    {
        LibraryStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter))));
        QUndoStack stack;
        stack.push(LibraryUndoCommand::createList(&store, QStringLiteral("Bookmarks")));
        QCOMPARE(stack.count(), 0);
        QVERIFY(store.errorString().contains(QStringLiteral("reserved")));
    }
};

QTEST_MAIN(TestLibraryUndo)
#include "tst_libraryundo.moc"
