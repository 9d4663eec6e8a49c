#include "library/undohistorydock.h"
#include "support/windowfixture.h"
#include "corpus/papermodel.h"

#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUndoView>

// View ▸ History by keyboard: Ctrl+Shift+H shows the library's undo stack and focuses it; moving up
// and down its rows undoes and redoes back to that state.
class TestUndoHistoryDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void arrowKeysWalkTheHistory()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        QStringList ids;
        for (int row = 0; row < 3; ++row) {
            f.list->setCurrentIndex(f.list->model()->index(row, 0));
            ids << f.list->currentIndex().data(PaperRoles::IdRole).toString();
            QTest::keyClick(f.list, Qt::Key_B); // bookmark: one change each
        }
        QCOMPARE(f.store.bookmarkedIds().size(), 3);
        auto *view = f.window.findChild<QUndoView *>(QStringLiteral("undoHistoryView"));
        QVERIFY(view);
        QVERIFY(!view->isVisible());
        auto *viewMenu = f.window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu && viewMenu->actions().contains(f.window.libraryController()->historyAction()));

        QTest::keyClick(f.list, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->model()->rowCount(), 4); // "Library as opened" and three changes
        QCOMPARE(view->currentIndex().row(), 3);

        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(f.store.bookmarkedIds(), QSet<QString>{ids[0]});
        QCOMPARE(f.window.libraryController()->undoStack()->index(), 1);
        QTest::keyClick(view, Qt::Key_Home); // back to the library as it was opened
        QVERIFY(f.store.bookmarkedIds().isEmpty());
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(f.store.bookmarkedIds(), QSet<QString>(ids.cbegin(), ids.cend()));

        // A new change from the middle of the history drops the redo rows, as Ctrl+Z then B would.
        QTest::keyClick(view, Qt::Key_Up);
        f.list->setFocus();
        f.list->setCurrentIndex(f.list->model()->index(5, 0));
        QTest::keyClick(f.list, Qt::Key_B);
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->currentIndex().row(), 3);

        QTest::keyClick(f.list, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!view->isVisible());
    }
};

QTEST_MAIN(TestUndoHistoryDock)
#include "tst_undohistorydock.moc"
