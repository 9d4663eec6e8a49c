#include "corpus/papermodel.h"
#include "library/readtracker.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Read means read: a paper is marked read only when the user chose it and kept it in view with the
// window active and nothing over it. One test per way a paper used to be marked read unseen.
class TestReadTracker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    bool setUp(WindowFixture &f)
    {
        if (!f.setUp(m_dir, ++m_counter))
            return false;
        tracker(f)->setDelay(1000);
        return true;
    }
    static ReadTracker *tracker(WindowFixture &f) { return f.window.libraryController()->readTracker(); }
    static QString idAt(const WindowFixture &f, int row) { return f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString(); }
    static QString currentId(const WindowFixture &f) { return f.list->currentIndex().data(PaperRoles::IdRole).toString(); }
    int readCount(WindowFixture &f) const
    {
        int n = 0;
        for (int row = 0; row < f.list->model()->rowCount(); ++row)
            n += f.store.isRead(idAt(f, row));
        return n;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chosenPaper_keptInView_isRead()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        QVERIFY(tracker(f)->isCounting());
        tracker(f)->elapse(600);
        QVERIFY(!f.store.isRead(currentId(f))); // not yet
        tracker(f)->elapse(600);
        QVERIFY(f.store.isRead(currentId(f)));
        QCOMPARE(readCount(f), 1);
    }

    void startUp_withoutInput_marksNothing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.list->currentIndex().isValid()); // the first paper is shown
        QVERIFY(!tracker(f)->isCounting());
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void behindAModalDialog_timeDoesNotCount()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        QDialog dialog(&f.window);
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
        dialog.close();
        QApplication::setActiveWindow(&f.window);
        QTRY_VERIFY(f.window.isActiveWindow());
        tracker(f)->elapse(1000);
        QVERIFY(f.store.isRead(currentId(f)));
    }

    void behindTheShortcutSheet_timeDoesNotCount()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        f.window.findChild<QAction *>(QStringLiteral("shortcutSheetAction"))->trigger();
        QTRY_VERIFY(!f.window.isActiveWindow());
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void typingInTheFacetFilter_marksNothing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        auto *filter = f.window.findChild<QLineEdit *>(QStringLiteral("authorFilterEdit"));
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("levine"));
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void aFilterChange_makingAPaperCurrent_marksNothing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        const QString chosen = currentId(f);
        // A query the chosen paper does not match: the program picks what is shown next.
        QTest::keyClicks(f.search, QStringLiteral("bandit"));
        QTRY_VERIFY(currentId(f) != chosen);
        QTest::keyClick(f.search, Qt::Key_Escape);
        QTRY_COMPARE(f.list->model()->rowCount(), 434);
        QVERIFY(!tracker(f)->isCounting());
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void aNewCorpus_makingAPaperCurrent_marksNothing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        const QString path = m_dir.filePath(QStringLiteral("two.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ada Lovelace\nAn analytical engine.\n\nAlan Turing\nComputing machinery.\n");
        file.close();
        QVERIFY(f.window.openFile(path));
        QCOMPARE(f.list->model()->rowCount(), 2);
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void focusArrivingInTheList_marksNothing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClicks(f.search, QStringLiteral("graph")); // nothing current while typing
        QTRY_VERIFY(!f.list->currentIndex().isValid());
        f.list->setFocus(Qt::ShortcutFocusReason); // Ctrl+2: the view makes its first row current
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
    }

    void openingASimilarPaper_countsAsChoosing()
    {
        WindowFixture f;
        QVERIFY(setUp(f));
        QTest::keyClick(f.list, Qt::Key_Down);
        tracker(f)->cancel(); // M was pressed: the count stops for this one
        tracker(f)->elapse(10000);
        QCOMPARE(readCount(f), 0);
        f.list->setCurrentIndex(f.list->model()->index(5, 0));
        tracker(f)->setCurrentChosen();
        tracker(f)->elapse(1000);
        QVERIFY(f.store.isRead(idAt(f, 5)));
    }
};

QTEST_MAIN(TestReadTracker)
#include "tst_readtracker.moc"
