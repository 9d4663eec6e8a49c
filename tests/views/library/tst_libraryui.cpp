#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/librarystore.h"
#include "library/libraryundo.h"
#include "library/listpickerdialog.h"
#include "window/mainwindow.h"
#include "corpus/papermodel.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// The library in the window, driven by the keyboard only.
class TestLibraryUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        MainWindow window;
        LibraryStore store;
        QListView *list = nullptr;
    };

    bool setUp(Fixture &f)
    {
        QString error;
        if (!f.store.open(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_counter)))
            || !f.window.openCorpusFile(QStringLiteral(SKIMMER_TEST_DATA "/library/corpus.txt"), &error))
            return false;
        f.window.setLibraryStore(&f.store);
        f.window.show();
        f.list = f.window.findChild<QListView *>(QStringLiteral("paperList"));
        if (!f.list || !QTest::qWaitForWindowExposed(&f.window))
            return false;
        f.window.activateWindow();
        f.list->setFocus();
        return QTest::qWaitForWindowActive(&f.window);
    }

    QString idAt(const Fixture &f, int row) const { return f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString(); }

    // Sends a drag of mime over the view's viewport at pos (viewport coordinates), as Qt's drag
    // manager would; true when the view accepts it there (it then draws its drop indicator).
    static bool dragOver(QAbstractItemView *view, const QMimeData *mime, const QPoint &pos)
    {
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        return move.isAccepted();
    }
    static bool dropAt(QAbstractItemView *view, const QMimeData *mime, const QPoint &pos)
    {
        QDropEvent drop(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        return drop.isAccepted();
    }
    QStringList storedOrder(const Fixture &f, const QString &list) const
    {
        QStringList ids;
        for (const auto &e : f.store.entries(list))
            ids << e.paper.id;
        return ids;
    }
    QStringList selectedIds(const Fixture &f) const
    {
        QStringList ids;
        for (const QModelIndex &i : f.list->selectionModel()->selectedIndexes())
            ids << i.data(PaperRoles::IdRole).toString();
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ctrlD_bookmarks_andCtrlL_addsToNewList_byKeyboardOnly()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        QTRY_COMPARE(f.list->currentIndex().row(), 1);
        const QString id = idAt(f, 1);

        QTest::keyClick(f.list, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(f.store.isBookmarked(id));
        QVERIFY(f.list->currentIndex().data(PaperRoles::BookmarkedRole).toBool());

        QTest::keyClick(f.list, Qt::Key_L, Qt::ControlModifier);
        ListPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = f.window.findChild<ListPickerDialog *>(QStringLiteral("listPicker"))) && picker->isVisible());
        auto *edit = picker->findChild<QLineEdit *>(QStringLiteral("listPickerEdit"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("to read"));
        QCOMPARE(picker->choice(), QStringLiteral("to read"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(f.store.entries(QStringLiteral("to read")).size(), 1);
        QCOMPARE(f.store.entries(QStringLiteral("to read")).first().paper.id, id);
        QTRY_COMPARE(f.list->currentIndex().data(PaperRoles::ListsRole).toStringList(), QStringList{QStringLiteral("to read")});

        const QPointer<ListPickerDialog> closing(picker);
        QTRY_VERIFY(!closing || !closing->isVisible());
        f.window.activateWindow(); // the offscreen platform does not give activation back by itself
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        auto *undo = f.window.libraryController()->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("add 1 paper(s) to “to read”"));
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!f.store.hasList(QStringLiteral("to read")));
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!f.store.isBookmarked(id));
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(f.store.isBookmarked(id));
    }

    void picker_typeAheadPicksAnExistingList()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.createList(QStringLiteral("Graph papers")));
        QVERIFY(f.store.createList(QStringLiteral("Later")));
        QTest::keyClick(f.list, Qt::Key_L, Qt::ControlModifier);
        ListPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = f.window.findChild<ListPickerDialog *>(QStringLiteral("listPicker"))) && picker->isVisible());
        auto *edit = picker->findChild<QLineEdit *>(QStringLiteral("listPickerEdit"));
        QCOMPARE(picker->choice(), QStringLiteral("Graph papers")); // nothing typed: the first list
        QTest::keyClick(edit, Qt::Key_Down);
        QCOMPARE(picker->choice(), QStringLiteral("Later"));
        QTest::keyClicks(edit, QStringLiteral("gra"));
        QCOMPARE(picker->choice(), QStringLiteral("Graph papers")); // the first match, not a new list "gra"
        QVERIFY(picker->findChild<QLabel *>(QStringLiteral("listPickerHint"))->text().contains(QStringLiteral("Shift+Enter")));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(f.store.entries(QStringLiteral("Graph papers")).size(), 1);
        QVERIFY(!f.store.hasList(QStringLiteral("gra")));
    }

    void picker_shiftEnterCreatesTheTypedName_evenWhenListsMatch()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.createList(QStringLiteral("Graph papers")));
        QTest::keyClick(f.list, Qt::Key_L, Qt::ControlModifier);
        ListPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = f.window.findChild<ListPickerDialog *>(QStringLiteral("listPicker"))) && picker->isVisible());
        auto *edit = picker->findChild<QLineEdit *>(QStringLiteral("listPickerEdit"));
        QTest::keyClicks(edit, QStringLiteral("Graph"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(f.store.entries(QStringLiteral("Graph")).size(), 1);
        QCOMPARE(f.store.entries(QStringLiteral("Graph papers")).size(), 0);
    }

    void listScope_showsListOrder_andAltDownReorders()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = idAt(f, 0), c = idAt(f, 2);
        QVERIFY(f.store.addToList(QStringLiteral("L"), {{c, {}, {}}, {a, {}, {}}}));
        f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("L")));
        QTRY_COMPARE(f.list->model()->rowCount(), 2);
        QCOMPARE(idAt(f, 0), c);
        f.list->setCurrentIndex(f.list->model()->index(0, 0));
        QTest::keyClick(f.list, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(f.store.entries(QStringLiteral("L")).first().paper.id, a);
        QTRY_COMPARE(idAt(f, 0), a);
        QCOMPARE(f.list->currentIndex().data(PaperRoles::IdRole).toString(), c);
    }

    void draggingTwoPapers_belowTheLastRow_reordersTheListInOneUndoableMove()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = idAt(f, 0), b = idAt(f, 1), c = idAt(f, 2);
        const QString list = QStringLiteral("to read");
        QVERIFY(f.store.addToList(list, {{a, {}, {}}, {b, {}, {}}, {c, {}, {}}}));
        QAbstractItemModel *model = f.list->model();
        // Outside a list scope the view offers no place to drop papers.
        f.list->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)), QItemSelectionModel::ClearAndSelect);
        std::unique_ptr<QMimeData> mime(model->mimeData(f.list->selectionModel()->selectedIndexes()));
        QVERIFY(!dragOver(f.list, mime.get(), f.list->visualRect(model->index(1, 0)).topLeft() + QPoint(4, 1)));

        f.window.libraryController()->panel()->setScope(LibraryScope::list(list));
        QTRY_COMPARE(model->rowCount(), 3);
        f.list->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
        f.list->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)), QItemSelectionModel::ClearAndSelect);
        mime.reset(model->mimeData(f.list->selectionModel()->selectedIndexes()));
        const QRect last = f.list->visualRect(model->index(2, 0));
        const QPoint belowLast(last.center().x(), last.bottom() - 1);
        QVERIFY(dragOver(f.list, mime.get(), belowLast));
        QVERIFY(dropAt(f.list, mime.get(), belowLast));
        QCOMPARE(storedOrder(f, list), (QStringList{c, a, b}));
        QCOMPARE((QStringList{idAt(f, 0), idAt(f, 1), idAt(f, 2)}), (QStringList{c, a, b})); // shown at once
        QStringList moved{a, b};
        moved.sort();
        QCOMPARE(selectedIds(f), moved);
        QCOMPARE(f.list->currentIndex().data(PaperRoles::IdRole).toString(), a);
        auto *undo = f.window.libraryController()->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("move 2 paper(s) in “to read”"));
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(storedOrder(f, list), (QStringList{a, b, c}));
        QCOMPARE(idAt(f, 0), a);
    }

    void draggingPapers_ontoAReadingList_addsThem()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.createList(QStringLiteral("later")));
        QAbstractItemModel *model = f.list->model();
        f.list->selectionModel()->select(QItemSelection(model->index(1, 0), model->index(2, 0)), QItemSelectionModel::ClearAndSelect);
        std::unique_ptr<QMimeData> mime(model->mimeData(f.list->selectionModel()->selectedIndexes()));
        QListView *lists = f.window.libraryController()->panel()->listsView();
        QTRY_COMPARE(lists->model()->rowCount(), 1);
        const QPoint onRow = lists->visualRect(lists->model()->index(0, 0)).center();
        QVERIFY(dragOver(lists, mime.get(), onRow));
        QVERIFY(dropAt(lists, mime.get(), onRow));
        QCOMPARE(storedOrder(f, QStringLiteral("later")), (QStringList{idAt(f, 1), idAt(f, 2)}));
        QCOMPARE(f.window.libraryController()->undoStack()->undoText(), QStringLiteral("add 2 paper(s) to “later”"));
    }

    void renamingAList_andUndoing_keepsItsViewScoped()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.createList(QStringLiteral("queue")));
        QVERIFY(f.store.addToList(QStringLiteral("queue"), {LibraryStore::Paper{idAt(f, 0), u"A"_qs, u"H"_qs}}));
        LibraryPanel *panel = f.window.libraryController()->panel();
        panel->setScope(LibraryScope::list(QStringLiteral("queue")));
        QTRY_COMPARE(f.list->model()->rowCount(), 1);
        QUndoStack *undo = f.window.libraryController()->undoStack();
        undo->push(LibraryUndoCommand::renameList(&f.store, QStringLiteral("queue"), QStringLiteral("later")));
        QTRY_COMPARE(panel->scope().listName(), QStringLiteral("later"));
        QCOMPARE(f.list->model()->rowCount(), 1);
        undo->undo();
        QTRY_COMPARE(panel->scope().listName(), QStringLiteral("queue"));
        QCOMPARE(f.list->model()->rowCount(), 1);
        QCOMPARE(f.list->model()->index(0, 0).data(PaperRoles::IdRole).toString(), f.store.entries(u"queue"_qs).first().paper.id);
    }

    void paperShownLongEnough_becomesRead_andMTogglesBack()
    {
        Fixture f;
        QVERIFY(setUp(f));
        f.window.libraryController()->setAutoReadDelay(50);
        QTest::keyClick(f.list, Qt::Key_Down);
        const QString id = idAt(f, 1);
        QTRY_VERIFY(f.store.isRead(id));
        QTest::keyClick(f.list, Qt::Key_M);
        QTRY_VERIFY(!f.store.isRead(id));
        QVERIFY(!f.list->currentIndex().data(PaperRoles::ReadRole).toBool());
    }
};

QTEST_MAIN(TestLibraryUi)
#include "tst_libraryui.moc"
