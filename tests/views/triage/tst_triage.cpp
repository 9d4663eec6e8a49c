#include "corpus/papermodel.h"
#include "library/listpickerdialog.h"
#include "reading/detailview.h"
#include "support/windowfixture.h"
#include "triage/triagecontroller.h"
#include "triage/triagesession.h"
#include "triage/triageview.h"
#include "widgets/safetextbrowser.h"

#include <QComboBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

// Triage mode in the window, by keys alone: Ctrl+T over the current results, K (asking for the
// keep list once), S, N, F and *, U and Ctrl+Z, the arrows, O for the order, and Esc back to the
// list on the paper where the pass stopped — checked against the library store.
class TestTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static QStringList shownIds(const WindowFixture &f)
    {
        QStringList ids;
        for (int row = 0; row < f.list->model()->rowCount(); ++row)
            ids << f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString();
        return ids;
    }

    // Answers the list picker the first K opens.
    static bool pickList(WindowFixture &f, const QString &name)
    {
        ListPickerDialog *picker = nullptr;
        if (!QTest::qWaitFor([&] {
                picker = f.window.findChild<ListPickerDialog *>(QStringLiteral("listPicker"));
                return picker && picker->isVisible();
            }))
            return false;
        auto *edit = picker->findChild<QLineEdit *>(QStringLiteral("listPickerEdit"));
        if (!edit)
            return false;
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
        const QPointer<ListPickerDialog> closing(picker);
        if (!QTest::qWaitFor([&] { return !closing || !closing->isVisible(); }))
            return false;
        f.window.activateWindow(); // the offscreen platform does not give activation back by itself
        return QTest::qWaitForWindowActive(&f.window);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    void ctrlT_triagesTheResultsInTheirOrder_andLeavesAgain()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        f.search->setText(u"graph"_qs);
        QTRY_VERIFY(f.list->model()->rowCount() > 5);
        QTRY_VERIFY(f.list->model()->rowCount() < 434);
        const QStringList ids = shownIds(f);
        TriageController *triage = f.window.triage();
        f.list->setFocus();
        QTest::keyClick(f.list, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(triage->isActive());
        QVERIFY(triage->view()->isVisible());
        QVERIFY(!f.list->isVisible()); // the page replaces the panes
        QTRY_VERIFY(triage->view()->hasFocus());
        QCOMPARE(triage->session()->ids(), ids);
        QCOMPARE(triage->view()->progressText(), u"1 of %1, 0 kept"_qs.arg(ids.size()));
        const auto corpus = f.window.paperModel()->corpus();
        const qsizetype first = corpus->indexOfId(ids.first());
        QVERIFY(triage->view()->browser()->toPlainText().contains(corpus->headline(first).left(30)));
        // The query's matches are highlighted, the legend names the keys.
        QVERIFY(triage->view()->browser()->toHtml().contains(u"background-color"_qs));
        for (const char *key : {"K keep", "S skip", "F or * star", "N not relevant", "L add to another list",
                                "U or Ctrl+Z undo", "Esc back to the list"})
            QVERIFY2(triage->view()->legendText().simplified().contains(QLatin1String(key)),
                     qPrintable(triage->view()->legendText()));
        // B and M belong to the panes: in triage they do nothing.
        QTest::keyClick(triage->view(), Qt::Key_B);
        QTest::keyClick(triage->view(), Qt::Key_M);
        QVERIFY(f.store.bookmarkedIds().isEmpty());
        QVERIFY(f.store.readIds().isEmpty());
        QTest::keyClick(triage->view(), Qt::Key_Right);
        QTest::keyClick(triage->view(), Qt::Key_Right);
        QCOMPARE(triage->view()->progressText(), u"3 of %1, 0 kept"_qs.arg(ids.size()));
        QTest::keyClick(triage->view(), Qt::Key_T, Qt::ControlModifier); // Ctrl+T leaves too
        QTRY_VERIFY(!triage->isActive());
        QVERIFY(f.list->isVisible());
        QCOMPARE(f.list->currentIndex().data(PaperRoles::IdRole).toString(), ids.at(2));
        QTRY_VERIFY(f.list->hasFocus());
        // Entering again starts at the list's current paper.
        QTest::keyClick(f.list, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(triage->isActive());
        QCOMPARE(triage->session()->currentId(), ids.at(2));
    }

    void keys_keepSkipNotRelevantStarUndoMoveAndEsc()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        const QStringList ids = shownIds(f);
        const int n = int(ids.size());
        TriageController *triage = f.window.triage();
        f.list->setCurrentIndex(f.list->model()->index(0, 0));
        QTest::keyClick(f.list, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(triage->isActive());
        TriageView *view = triage->view();
        const QString toRead = u"to read"_qs;

        QTest::keyClick(view, Qt::Key_K); // the first K asks for the keep list
        QVERIFY(pickList(f, toRead));
        QTRY_COMPARE(f.store.entries(toRead).size(), 1);
        QCOMPARE(f.store.entries(toRead).first().paper.id, ids.at(0));
        QCOMPARE(triage->keepList(), toRead);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->progressText(), u"2 of %1, 1 kept"_qs.arg(n));
        QVERIFY(view->legendText().contains(u"keep in “to read”"_qs));

        QTest::keyClick(view, Qt::Key_S);
        QVERIFY(f.store.isRead(ids.at(1)));
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(f.store.notRelevant(toRead), QStringList{ids.at(2)});
        QVERIFY(f.store.isRead(ids.at(2)));
        QCOMPARE(view->progressText(), u"4 of %1, 1 kept, 1 skipped, 1 not relevant"_qs.arg(n));

        QTest::keyClick(view, Qt::Key_F);
        QVERIFY(f.store.isBookmarked(ids.at(3)));
        QTRY_VERIFY(view->browser()->toPlainText().contains(u"Starred"_qs));
        QTest::keyClick(view, '*');
        QVERIFY(!f.store.isBookmarked(ids.at(3)));
        QCOMPARE(triage->session()->currentId(), ids.at(3)); // starring does not move on
        QTest::keyClick(view, Qt::Key_U);
        QVERIFY(f.store.isBookmarked(ids.at(3)));
        QCOMPARE(view->progressText(), u"4 of %1, 1 kept, 1 skipped, 1 not relevant, 1 starred"_qs.arg(n));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!f.store.isBookmarked(ids.at(3)));
        // Undoing the vote takes the vote and the read mark back in one step, and goes back to it.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(f.store.notRelevant(toRead).isEmpty());
        QVERIFY(!f.store.isRead(ids.at(2)));
        QVERIFY(f.store.isRead(ids.at(1)));
        QCOMPARE(triage->session()->currentId(), ids.at(2));
        QCOMPARE(view->progressText(), u"3 of %1, 1 kept, 1 skipped"_qs.arg(n));

        // A second K keeps without asking.
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(f.store.entries(toRead).size(), 2);
        for (auto *picker : f.window.findChildren<ListPickerDialog *>())
            QVERIFY(!picker->isVisible());
        QCOMPARE(triage->session()->currentId(), ids.at(3));
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Left);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(triage->session()->currentId(), ids.at(2));
        QVERIFY(view->progressText().endsWith(u"this paper: kept"_qs));

        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!triage->isActive());
        QCOMPARE(f.list->currentIndex().data(PaperRoles::IdRole).toString(), ids.at(2));
        QCOMPARE(f.list->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(f.list->selectionModel()->selectedRows().first().data(PaperRoles::IdRole).toString(), ids.at(2));
        QTRY_VERIFY(f.list->hasFocus());
        // Back in the list, the library's Ctrl+Z is the same stack: it undoes the last keep.
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(f.store.entries(toRead).size(), 1);
    }

    void orderKey_mostUncertainFirst_fromTheKeepListsClassifier()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        auto *detail = f.window.findChild<DetailView *>(QStringLiteral("detailView"));
        QVERIFY(detail);
        QTRY_VERIFY_WITH_TIMEOUT(detail->similarityIndex(), 60000);
        const QStringList ids = shownIds(f);
        TriageController *triage = f.window.triage();
        triage->setKeepList(u"gnn"_qs);
        QTest::keyClick(f.list, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(triage->isActive());
        QSignalSpy ready(triage, &TriageController::orderReady);
        QTest::keyClick(triage->view(), Qt::Key_O); // nothing kept yet: nothing to learn from
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.takeFirst().at(0).toBool(), false);
        QCOMPARE(triage->order(), TriageController::Order::Ranking);
        QTest::keyClick(triage->view(), Qt::Key_K);
        QTest::keyClick(triage->view(), Qt::Key_K);
        QTest::keyClick(triage->view(), Qt::Key_N);
        QCOMPARE(f.store.entries(u"gnn"_qs).size(), 2);

        QTest::keyClick(triage->view(), Qt::Key_O);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.takeFirst().at(0).toBool(), true);
        QCOMPARE(triage->order(), TriageController::Order::MostUncertain);
        QCOMPARE(triage->view()->orderBox()->currentIndex(), 1);
        QStringList uncertain = triage->session()->ids();
        QVERIFY(uncertain != ids);
        QStringList sorted = uncertain, original = ids;
        sorted.sort();
        original.sort();
        QCOMPARE(sorted, original); // the same papers
        // The cursor is on the first paper without a decision; the decisions stayed.
        QCOMPARE(triage->session()->keptCount(), 2);
        QCOMPARE(triage->session()->decision(triage->session()->currentId()), TriageSession::Decision::None);
        QTest::keyClick(triage->view(), Qt::Key_O);
        QCOMPARE(triage->session()->ids(), ids);
        QCOMPARE(triage->view()->orderBox()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
