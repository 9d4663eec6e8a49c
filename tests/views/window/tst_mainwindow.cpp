#include "reading/detailview.h"
#include "window/mainwindow.h"
#include "search/paperdelegate.h"
#include "corpus/papermodel.h"
#include "widgets/safetextbrowser.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryscopeproxymodel.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"
#include "support/modelrows.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QLineEdit>
#include <QSettings>
#include <QListView>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QString titles(const QList<QAction *> &actions)
    {
        QStringList out;
        for (const QAction *a : actions)
            out << (a->isSeparator() ? QStringLiteral("-") : a->text());
        return out.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menus_areCreatedOnceInTheirOrder()
    {
        MainWindow w;
        QStringList names;
        for (const QAction *a : w.menuBar()->actions())
            names << a->menu()->objectName();
        QCOMPARE(names.join(QLatin1Char(' ')),
                 QStringLiteral("fileMenu editMenu viewMenu goMenu sortMenu facetsMenu libraryMenu viewsMenu helpMenu"));
        QCOMPARE(titles(w.menuBar()->actions()), QStringLiteral("&File|&Edit|&View|&Go|&Sort|F&acets|&Library|Vie&ws|&Help"));
        QCOMPARE(titles(w.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions()),
                 QStringLiteral("&Open Corpus…|Open &Recent|Re&load|Open the &Sample Corpus|Clear Index &Cache|Show Reading &Problems|-|&Quit"));
        QCOMPARE(titles(w.findChild<QMenu *>(QStringLiteral("goMenu"))->actions()),
                 QStringLiteral("&Back|F&orward|-|&Find|Recent &Searches|-|Go to Search|Go to Results|-|&Command Palette…|"
                                "Go to Authors|Go to Library|Go to Year and Category"));
        QCOMPARE(titles(w.findChild<QMenu *>(QStringLiteral("helpMenu"))->actions()),
                 QStringLiteral("&Keyboard Shortcuts|&About Skimmer"));
    }

    void realChain_staysConsistent_whileTyping()
    {
        MainWindow w;
        ResultsPipeline *p = w.pipeline();
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *stage : std::initializer_list<QAbstractItemModel *>{
                 p->paperModel(), p->results(), p->decoration(), p->scopeProxy()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                stage, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QString error;
        QVERIFY2(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        QCOMPARE(list->model(), p->model());
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("graph neural"));
        QStringList engine;
        for (quint32 row : p->search()->rows())
            engine << QString::number(row);
        QCOMPARE(ModelRows::flatten(*list->model(), PaperRoles::CorpusIndexRole), engine.join(QLatin1Char('|')));
        // Nothing is current while typing: the top of the ranking shows and Down opens the best hit.
        QVERIFY(!list->currentIndex().isValid());
        QTest::keyClick(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 0);
    }

    void keyboardSelection_showsPaperInDetailPane()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QStringLiteral("iclr2021-abstracts.txt")));

        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *detail = w.findChild<DetailView *>(QStringLiteral("detailView"));
        QVERIFY(list && detail);
        QCOMPARE(list->model()->rowCount(), 434);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QTRY_COMPARE(list->currentIndex().row(), 1);
        const QString shown = detail->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Bo Zhao")), qPrintable(shown.left(200)));
        QVERIFY(shown.contains(QStringLiteral("training set synthesis")));
        QVERIFY(shown.contains(QStringLiteral("As the state-of-the-art machine learning methods")));
        QTest::keyClick(list, Qt::Key_End);
        QTRY_COMPARE(list->currentIndex().row(), 433);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("truncated")));
    }

    void failedOpen_keepsCurrentCorpus()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        QVERIFY(!w.openCorpusFile(QStringLiteral("/nonexistent/file.txt"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/file.txt")));
        QCOMPARE(w.paperModel()->rowCount(), 434);
    }

    void hostileText_isShownLiterally()
    {
        MainWindow w;
        w.setCorpus(CorpusParser::parse("Eve Bold\ntl;dr: <b>Bold</b>\n<img src=\"/dev/zero\"> and <a href=\"file:///\">x</a>\n", {}));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *detail = w.findChild<DetailView *>(QStringLiteral("detailView"));
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("<img src=\"/dev/zero\">")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("<b>Bold</b>")));
        QCOMPARE(detail->refusedResources(), 0);
    }

    void densityActions_changeRowHeight_andAreRemembered()
    {
        QSettings().remove(QStringLiteral("view/density"));
        int comfortable = 0;
        {
            MainWindow w;
            QString error;
            QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
            comfortable = list->visualRect(list->model()->index(1, 0)).height();
            auto *compact = w.findChild<QAction *>(QStringLiteral("compactDensityAction"));
            QVERIFY(compact && !compact->isChecked());
            compact->trigger();
            QVERIFY(compact->isChecked());
            QTRY_VERIFY(list->visualRect(list->model()->index(1, 0)).height() < comfortable);
            QCOMPARE(QSettings().value(QStringLiteral("view/density")).toString(), QStringLiteral("compact"));
            w.findChild<QAction *>(QStringLiteral("cycleDensityAction"))->trigger(); // compact → comfortable
            QCOMPARE(QSettings().value(QStringLiteral("view/density")).toString(), QStringLiteral("comfortable"));
            w.findChild<QAction *>(QStringLiteral("cycleDensityAction"))->trigger(); // → full
        }
        MainWindow again;
        QVERIFY(again.findChild<QAction *>(QStringLiteral("fullDensityAction"))->isChecked());
        auto *delegate = again.findChild<PaperDelegate *>();
        QVERIFY(delegate);
        QCOMPARE(delegate->density(), PaperDelegate::Density::Full);
    }

    void similarPaperLink_selectsThatPaper()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *detail = w.findChild<DetailView *>(QStringLiteral("detailView"));
        QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("% similar")));
        const QString html = detail->html(list->currentIndex());
        const qsizetype at = html.indexOf(QStringLiteral("href='paper:")) + 12;
        const QString id = html.mid(at, html.indexOf(u'\'', at) - at);
        emit detail->browser()->anchorClicked(QUrl(QStringLiteral("paper:") + id));
        QCOMPARE(list->currentIndex().data(PaperRoles::IdRole).toString(), id);
        QVERIFY(list->currentIndex().row() != 0);
    }

    void searchMatches_areHighlightedInTheDetailPane()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *detail = w.findChild<DetailView *>(QStringLiteral("detailView"));
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("bandit"));
        QTest::keyClick(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), Qt::Key_Down); // the best hit
        QTRY_VERIFY(list->currentIndex().isValid()
                    && list->currentIndex().data(PaperRoles::AbstractRole).toString().contains(QStringLiteral("bandit")));
        const QString html = detail->html(list->currentIndex());
        // in the list's highlight colour (issue 15 item 5)
        const QString mark = PaperDelegate::highlightColor(list->palette()).name();
        QVERIFY2(html.contains(QStringLiteral("<span style='background-color:%1'>bandit").arg(mark)), qPrintable(html.left(600)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
