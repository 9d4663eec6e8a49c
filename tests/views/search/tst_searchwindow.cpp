// The search field wired to the engine: typing character by character re-filters and re-ranks at
// once, Backspace restores the previous results, and an empty result says so.
#include "window/mainwindow.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "search/searchengine.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

class TestSearchWindow : public QObject
{
    Q_OBJECT

    struct State
    {
        int rows;
        QString firstId;
    };
    static State stateOf(const QListView *list)
    {
        const QAbstractItemModel *m = list->model();
        return {m->rowCount(), m->rowCount() ? m->index(0, 0).data(PaperRoles::IdRole).toString() : QString()};
    }
    // What the engine alone says for this text: the expected visible state.
    static State expected(const MainWindow &w, const QString &text)
    {
        const auto index = w.searchController()->index();
        const SearchResult r = SearchEngine::run(*index, SearchQuery::parse(text));
        return {int(r.rows.size()), r.rows.empty() ? QString() : index->corpus()->id(r.rows.front())};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingCharacterByCharacter_refiltersAndBackspaceRestores()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        QVERIFY(edit && list);
        QVERIFY(!edit->toolTip().isEmpty());
        QCOMPARE(list->model()->rowCount(), 434);

        const QString typed = QStringLiteral("graph \"neural net");
        QList<State> history{stateOf(list)};
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QTest::keyClicks(edit, typed.mid(i, 1));
            const State want = expected(w, typed.left(i + 1));
            QTRY_COMPARE(list->model()->rowCount(), want.rows);
            QCOMPARE(stateOf(list).firstId, want.firstId);
            QVERIFY2(want.rows < 434 || i < 1, qPrintable(typed.left(i + 1)));
            history.append(stateOf(list));
        }
        QVERIFY(history.last().rows > 0 && history.last().rows < 60);
        for (qsizetype i = typed.size(); i > 0; --i) {
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTRY_COMPARE(list->model()->rowCount(), history[i - 1].rows);
            QCOMPARE(stateOf(list).firstId, history[i - 1].firstId);
        }
        QCOMPARE(list->model()->rowCount(), 434);
    }

    void currentPaper_staysWhileStillAResult()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        QTest::keyClicks(edit, QStringLiteral("graph"));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(edit, Qt::Key_Down); // the user moves into the list: rank 4
        QCOMPARE(list->currentIndex().row(), 3);
        const QString id = list->currentIndex().data(PaperRoles::IdRole).toString();
        QTest::keyClicks(edit, QStringLiteral(" n"));
        QVERIFY(list->model()->rowCount() > 3);
        QCOMPARE(list->currentIndex().data(PaperRoles::IdRole).toString(), id);
    }

    void whileTyping_theTopOfTheRankingShows_andDownOpensTheBestHit()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        // The first paper is current at start; it matches "neural" too, but was not chosen.
        const QString first = list->currentIndex().data(PaperRoles::IdRole).toString();
        QVERIFY(!first.isEmpty());
        QTest::keyClicks(edit, QStringLiteral("neural"));
        QTRY_VERIFY(list->model()->rowCount() > 10);
        QVERIFY(!list->currentIndex().isValid());
        QCOMPARE(list->indexAt(QPoint(4, 4)).row(), 0); // rank 1 at the top of the view
        QTest::keyClick(edit, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(list->currentIndex().data(PaperRoles::IdRole).toString(),
                 list->model()->index(0, 0).data(PaperRoles::IdRole).toString());
        QVERIFY(edit->hasFocus() || !w.isActiveWindow());
    }

    void noMatch_saysSoWithTheQuery()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        w.show();
        auto *edit = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        QTest::keyClicks(edit, QStringLiteral("zzqxv"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QVERIFY2(w.emptyListText().contains(QStringLiteral("“zzqxv”")), qPrintable(w.emptyListText()));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_VERIFY(list->model()->rowCount() > 0);
    }

    void statusBar_showsShownOfTotal()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        QTest::keyClicks(w.findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("author:levine"));
        const int shown = int(w.searchController()->rows().size());
        QVERIFY(shown > 0 && shown < 434);
        const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
        const bool found = std::any_of(labels.begin(), labels.end(), [shown](QLabel *l) {
            return l->text().startsWith(QStringLiteral("%1 of 434 papers").arg(shown));
        });
        QVERIFY(found);
    }

    void sortMenu_ordersByAuthorCount()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
        auto *byCount = w.findChild<QAction *>(QStringLiteral("sortAction%1").arg(int(SortOrder::AuthorCount)));
        auto *reverse = w.findChild<QAction *>(QStringLiteral("sortReverseAction"));
        QVERIFY(byCount && reverse);
        byCount->trigger();
        reverse->trigger();
        const QAbstractItemModel *m = list->model();
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, 0).data(PaperRoles::AuthorCountRole).toInt()
                    >= m->index(r, 0).data(PaperRoles::AuthorCountRole).toInt());
    }
};

QTEST_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
