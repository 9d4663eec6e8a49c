#include "facets/authorfacetmodel.h"
#include "facets/authorfacetpanel.h"
#include "facets/coauthorfacetmodel.h"
#include "facets/filtercontroller.h"
#include "facets/filterchipbar.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

// The author facet inside the main window, driven with the keyboard as a user would.
class TestAuthorFacetPanel : public QObject
{
    Q_OBJECT

    static QStringList rowsOf(const QAbstractItemModel *model, int max)
    {
        QStringList out;
        for (int r = 0; r < std::min(max, model->rowCount()); ++r) {
            const QModelIndex i = model->index(r, 0);
            QString s = i.data().toString() + QLatin1Char(' ') + i.data(AuthorFacetModel::CountRole).toString();
            const int state = i.data(AuthorFacetModel::StateRole).toInt();
            if (state == int(FacetSelection::State::Included))
                s += QStringLiteral(" +");
            else if (state == int(FacetSelection::State::Excluded))
                s += QStringLiteral(" -");
            out.append(s);
        }
        return out;
    }

    // What a click in the detail pane or a chip does: the filter controller changes its selection.
    static void setState(MainWindow &w, const char *name, FacetSelection::State state)
    {
        auto *filters = w.findChild<FilterController *>();
        FacetSelection s = filters->selection();
        s.setState(AuthorTable::Id(filters->facetModel()->findAuthor(QString::fromUtf8(name))), state);
        QVERIFY(filters->setSelection(s));
    }

    static QStringList chipTexts(const MainWindow &w)
    {
        QStringList out;
        for (QFrame *f : w.findChildren<QFrame *>(QStringLiteral("filterChip"))) {
            if (!f->isHidden())
                out.append(f->findChild<QLabel *>()->text());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void keyboard_includesAndExcludesAuthors()
    {
        MainWindow w;
        QAbstractItemModelTester tester(w.authorFacetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("authorFilterEdit"));
        auto *facets = w.findChild<QListView *>(QStringLiteral("authorFacets"));
        auto *papers = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(filter && facets && papers && search);
        QCOMPARE(rowsOf(facets->model(), 3), QStringList({"Sergey Levine 10", "Yoshua Bengio 7", "Stefano Ermon 5"}));

        // Ctrl+Shift+A focuses the facet filter; Down enters the list; Space includes.
        QTest::keyClick(&w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("levine"));
        QCOMPARE(rowsOf(facets->model(), 5), QStringList({"Sergey Levine 10", "Nir Levine 1", "Yoav Levine 1"}));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(facets->hasFocus());
        QCOMPARE(facets->currentIndex().data().toString(), QStringLiteral("Sergey Levine"));
        QTest::keyClick(facets, Qt::Key_Space);
        QCOMPARE(papers->model()->rowCount(), 10);
        QCOMPARE(rowsOf(facets->model(), 1), QStringList({"Sergey Levine 10 +"}));
        QCOMPARE(facets->currentIndex().row(), 0);

        // Narrow to a co-author and exclude him with Shift+Enter: papers by Levine without Eysenbach.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("eysen"));
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(facets->currentIndex().data().toString(), QStringLiteral("Benjamin Eysenbach"));
        QTest::keyClick(facets, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(papers->model()->rowCount(), 7);
        QCOMPARE(rowsOf(facets->model(), 2), QStringList({"Sergey Levine 7 +", "Benjamin Eysenbach 0 -"}));
        QCOMPARE(chipTexts(w), QStringList({"Sergey Levine", "not Benjamin Eysenbach"}));
        QVERIFY2(w.statusBar()->findChild<QLabel *>()->text().startsWith(
                     QStringLiteral("7 of 434 papers by Sergey Levine, not by Benjamin Eysenbach")),
                 qPrintable(w.statusBar()->findChild<QLabel *>()->text()));

        // A query narrows both lists; Esc leaves the panel for the search field.
        QTest::keyClick(facets, Qt::Key_Escape);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("reinforcement"));
        QVERIFY(papers->model()->rowCount() < 7);
        QCOMPARE(chipTexts(w).size(), 3);
        QCOMPARE(rowsOf(facets->model(), 1).constFirst(),
                 QStringLiteral("Sergey Levine %1 +").arg(papers->model()->rowCount()));

        // Esc clears the query; Backspace in the empty field removes the last chip; Esc again clears all.
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(papers->model()->rowCount(), 7);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(chipTexts(w), QStringList({"Sergey Levine"}));
        QCOMPARE(papers->model()->rowCount(), 10);
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(chipTexts(w), QStringList());
        QCOMPARE(papers->model()->rowCount(), 434);
    }

    void anyMode_andCoauthorView()
    {
        MainWindow w;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), nullptr));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        AuthorFacetModel *model = w.authorFacetModel();
        CoauthorFacetModel *coauthors = w.findChild<FilterController *>()->coauthorModel();
        QAbstractItemModelTester countsTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coauthorTester(coauthors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *papers = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *facets = w.findChild<QListView *>(QStringLiteral("authorFacets"));
        setState(w, "Sergey Levine", FacetSelection::State::Included);
        setState(w, "Yoshua Bengio", FacetSelection::State::Included);
        QCOMPARE(papers->model()->rowCount(), 1); // they wrote one paper together
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(papers->model()->rowCount(), 16); // 10 + 7 - 1

        // Back to one author, then the co-author view and a hop with Ctrl+Enter.
        setState(w, "Yoshua Bengio", FacetSelection::State::Off);
        QCOMPARE(facets->model(), model);
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(coauthors->subject(), model->findAuthor(QStringLiteral("Sergey Levine")));
        QCOMPARE(facets->model(), coauthors); // the view shows the co-author list while it has a subject
        QCOMPARE(rowsOf(facets->model(), 1), QStringList({"Benjamin Eysenbach 3"}));
        facets->setFocus();
        facets->setCurrentIndex(facets->model()->index(0, 0));
        QTest::keyClick(facets, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(coauthors->subject(), model->findAuthor(QStringLiteral("Benjamin Eysenbach")));
        QCOMPARE(papers->model()->rowCount(), 3);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("authorFacetHeader"))->text().contains(QStringLiteral("Co-authors of Benjamin Eysenbach")));
        QCOMPARE(rowsOf(facets->model(), 1), QStringList({"Sergey Levine 3"}));

        // A click on a co-author hops to them; Ctrl+Shift+O again shows the counts of the shown papers.
        const QModelIndex levine = facets->model()->index(0, 0);
        QTest::mouseClick(facets->viewport(), Qt::LeftButton, {}, facets->visualRect(levine).center());
        QCOMPARE(coauthors->subject(), model->findAuthor(QStringLiteral("Sergey Levine")));
        QCOMPARE(papers->model()->rowCount(), 10);
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(coauthors->subject(), -1);
        QCOMPARE(facets->model(), model);
        QCOMPARE(rowsOf(facets->model(), 1), QStringList({"Sergey Levine 10 +"}));
    }

    void footer_saysHowManyAuthorsTheBoundedListLeavesOut()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        AuthorFacetModel *model = w.authorFacetModel();
        auto *more = w.findChild<QLabel *>(QStringLiteral("authorFacetMore"));
        QVERIFY(more);
        QTRY_COMPARE(model->countedAuthors(), 1773);
        QVERIFY(more->isHidden()); // the shipped corpus's authors fit the default bound
        model->setRowLimit(100);
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(!more->isHidden());
        QVERIFY2(more->text().startsWith(QStringLiteral("1673 more author")), qPrintable(more->text()));
        QVERIFY(more->text().contains(QStringLiteral("type to filter")));
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("authorFilterEdit"));
        QTest::keyClicks(filter, QStringLiteral("s"));
        QVERIFY2(more->text().contains(QStringLiteral("type more to narrow")), qPrintable(more->text()));
        QCOMPARE(model->hiddenAuthors() + 100, qsizetype(model->authorIndex().authorsMatching({"s"}).size()));
        QTest::keyClicks(filter, QStringLiteral("ergey l"));
        QCOMPARE(rowsOf(model, 5), QStringList{"Sergey Levine 10"});
        QVERIFY(more->isHidden());
    }

    void dock_togglesWithF9()
    {
        MainWindow w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("authorFacetDock"));
        QVERIFY(dock->isVisible());
        QTest::keyClick(&w, Qt::Key_F9);
        QTRY_VERIFY(!dock->isVisible());
        QTest::keyClick(&w, Qt::Key_F9);
        QTRY_VERIFY(dock->isVisible());
    }
};

QTEST_MAIN(TestAuthorFacetPanel)
#include "tst_authorfacetpanel.moc"
