#include "corpus/paperroles.h"
#include "library/listexportdialog.h"
#include "library/listpickerdialog.h"
#include "pipeline/resultspipeline.h"
#include "reading/detailview.h"

#include "support/windowfixture.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

// The six standard tasks, done on the real window with the keys the README lists and
// nothing else: each step is a key press a reader would make, from a fresh window.
class TestStandardTasks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QWidget *focus() { return QApplication::focusWidget(); }
    static void backToWindow(WindowFixture &f)
    {
        f.window.activateWindow(); // the offscreen platform does not give activation back by itself
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().setValue(QStringLiteral("library/exportDirectory"), m_dir.path());
    }

    void theSixTasks_byKeys()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        f.search->setFocus(); // where a fresh window starts

        // 1. Find "scholkopf" and open the 2nd: type, Down, Down, Enter.
        QTest::keyClicks(focus(), QStringLiteral("scholkopf"));
        QTest::keyClick(focus(), Qt::Key_Down);
        QTest::keyClick(focus(), Qt::Key_Down);
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(f.list->currentIndex().row(), 1);
        auto *detail = f.window.findChild<DetailView *>(QStringLiteral("detailView"));
        QVERIFY(detail->isAncestorOf(focus()) || focus() == detail);

        // 2. Bookmark the 3 top results: Ctrl+2 (the list), Home, Shift+Down ×2, B.
        QTest::keyClick(focus(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(focus(), f.list);
        QTest::keyClick(focus(), Qt::Key_Home);
        QTest::keyClick(focus(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(focus(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(focus(), Qt::Key_B);
        for (int row = 0; row < 3; ++row)
            QTRY_VERIFY(f.store.isBookmarked(f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString()));
        QCOMPARE(f.window.statusBar()->currentMessage(), QStringLiteral("Bookmarked 3 paper(s)"));
        QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier); // and undo says so
        QCOMPARE(f.window.statusBar()->currentMessage(), QStringLiteral("Undone: bookmark 3 paper(s)"));
        QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(f.store.isBookmarked(f.list->model()->index(2, 0).data(PaperRoles::IdRole).toString()));

        // 3. Add the selected paper to a new list "to read": Down (one paper selected), L, type, Enter.
        QTest::keyClick(focus(), Qt::Key_Home);
        const QString paper = f.list->currentIndex().data(PaperRoles::IdRole).toString();
        QTest::keyClick(focus(), Qt::Key_L);
        ListPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = f.window.findChild<ListPickerDialog *>(QStringLiteral("listPicker"))) && picker->isVisible());
        QTRY_VERIFY(focus() && picker->isAncestorOf(focus()));
        QTest::keyClicks(focus(), QStringLiteral("to read"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_COMPARE(f.store.entries(QStringLiteral("to read")).size(), 1);
        QCOMPARE(f.store.entries(QStringLiteral("to read")).first().paper.id, paper);
        const QPointer<ListPickerDialog> closing(picker);
        QTRY_VERIFY(!closing || !closing->isVisible());
        backToWindow(f);

        // 4. Restrict to Sergey Levine by the facet panel: Ctrl+Shift+A, type "levine", Down, Space.
        QTest::keyClick(focus(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); // from all papers
        QTest::keyClick(focus(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(focus(), QStringLiteral("levine"));
        QTest::keyClick(focus(), Qt::Key_Down);
        QTest::keyClick(focus(), Qt::Key_Space);
        QTRY_VERIFY(f.window.pipeline()->shownCount() > 0);
        QVERIFY(f.window.pipeline()->shownCount() < f.window.pipeline()->totalCount());
        for (int row = 0; row < f.list->model()->rowCount(); ++row)
            QVERIFY(f.list->model()->index(row, 0).data(PaperRoles::AuthorsRole).toStringList().contains(QStringLiteral("Sergey Levine")));

        // 5. Export "to read" to Markdown: Ctrl+Shift+E, Enter (the only list, Markdown by default).
        QTest::keyClick(focus(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        ListExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<ListExportDialog *>(QStringLiteral("listExportDialog"))) && dialog->isVisible());
        QTRY_VERIFY(focus() && dialog->isAncestorOf(focus()));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("exportListCombo"))->currentText(), QStringLiteral("to read"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<ListExportDialog *>());
        QFile md(m_dir.filePath(QStringLiteral("to read.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("# to read"));
        backToWindow(f);

        // 6. Clear every filter and return to the search field: Ctrl+Shift+X.
        f.list->setFocus();
        QTest::keyClick(focus(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.window.pipeline()->shownCount(), f.window.pipeline()->totalCount());
        QCOMPARE(focus(), f.search);
        QVERIFY(f.search->text().isEmpty());
    }
};

QTEST_MAIN(TestStandardTasks)
#include "tst_standardtasks.moc"
