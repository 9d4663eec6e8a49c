#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "pipeline/resultspipeline.h"

#include "support/windowfixture.h"

#include <QStandardPaths>

// Ctrl+1…4 on the real window move the focus and nothing else: the library's panel, reached with
// Ctrl+4 and walked with Tab and the arrows, never changes which papers are shown.
class TestFocusTargets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ctrl4_focusesTheLibrary_withoutChangingTheFilter()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        const QString id = f.list->model()->index(0, 0).data(Qt::UserRole + 1).toString();
        QVERIFY(f.store.addToList(QStringLiteral("queue"), {{id, {}, {}}}));
        QVERIFY(f.store.addToList(QStringLiteral("later"), {{id, {}, {}}}));
        ResultsPipeline *p = f.window.pipeline();
        const int all = p->shownCount();
        QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
        LibraryPanel *panel = f.window.libraryController()->panel();
        QTRY_VERIFY(panel->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(p->scope().isAll());
        // Tab into the reading lists: the view makes a row current but selects nothing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(panel->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(p->scope().isAll());
        QCOMPARE(p->shownCount(), all);
        QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier);
        QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(&f.window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(p->scope().isAll());
        QCOMPARE(p->shownCount(), all);
        // Choosing is explicit: Space (or a click) in the lists selects one, and that scopes.
        QTest::keyClick(&f.window, Qt::Key_4, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(!p->scope().isAll());
        QCOMPARE(p->shownCount(), 1);
    }
};

QTEST_MAIN(TestFocusTargets)
#include "tst_focustargets.moc"
