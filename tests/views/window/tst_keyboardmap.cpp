#include "window/actionlistmodel.h"
#include "window/commandpalette.h"
#include "reading/detailview.h"
#include "window/mainwindow.h"
#include "search/searchhistory.h"
#include "window/shortcutsheet.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

// The keyboard map of the main window, driven with real key events on the offscreen platform.
class TestKeyboardMap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error), qPrintable(error));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        m_list = m_window->findChild<QListView *>(QStringLiteral("paperList"));
        QVERIFY(m_search && m_list);
    }

    void cleanup() { m_window.reset(); }

    void focusKeys_focusSearchAndSelectItsText_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("Ctrl+F") << QKeySequence(QKeySequence::Find);
        QTest::newRow("Ctrl+K") << QKeySequence(Qt::CTRL | Qt::Key_K);
        QTest::newRow("/") << QKeySequence(Qt::Key_Slash);
    }

    void focusKeys_focusSearchAndSelectItsText()
    {
        QFETCH(QKeySequence, keys);
        m_search->setText(QStringLiteral("graph"));
        m_list->setFocus();
        QTRY_VERIFY(m_list->hasFocus());
        QTest::keySequence(QApplication::focusWidget(), keys);
        QTRY_VERIFY(m_search->hasFocus());
        QCOMPARE(m_search->text(), QStringLiteral("graph"));
        QCOMPARE(m_search->selectedText(), QStringLiteral("graph"));
    }

    void slashInReadingPane_focusesSearch()
    {
        auto *detail = m_window->findChild<DetailView *>(QStringLiteral("detailView"));
        detail->setFocus();
        QTRY_VERIFY(detail->hasFocus());
        QTest::keyClick(detail, Qt::Key_Slash);
        QTRY_VERIFY(m_search->hasFocus());
        QCOMPARE(m_search->text(), QString());
    }

    void navigationKeysInField_moveResults_fieldKeepsFocusAndText()
    {
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("learn"));
        const int rows = m_list->model()->rowCount();
        QVERIFY(rows > 3);
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
        QTest::keyClick(m_search, Qt::Key_Down);
        QTest::keyClick(m_search, Qt::Key_Down);
        QCOMPARE(m_list->currentIndex().row(), 2);
        QTest::keyClick(m_search, Qt::Key_Up);
        QCOMPARE(m_list->currentIndex().row(), 1);
        QTest::keyClick(m_search, Qt::Key_End);
        QCOMPARE(m_list->currentIndex().row(), rows - 1);
        QTest::keyClick(m_search, Qt::Key_Home);
        QCOMPARE(m_list->currentIndex().row(), 0);
        QTest::keyClick(m_search, Qt::Key_PageDown);
        QVERIFY(m_list->currentIndex().row() > 1);
        QVERIFY(m_search->hasFocus());
        QCOMPARE(m_search->text(), QStringLiteral("learn"));
        QVERIFY(m_list->selectionModel()->isSelected(m_list->currentIndex()));
    }

    void enterInField_movesFocusToDetailPane()
    {
        m_search->setFocus();
        QTest::keyClick(m_search, Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<DetailView *>(QStringLiteral("detailView"))->hasFocus());
    }

    void escape_clearsQueryFirst_thenAllFilters()
    {
        QSignalSpy clearAll(m_window.get(), &MainWindow::clearAllFilters);
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("zzyzx"));
        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(m_search->text(), QString());
        QCOMPARE(clearAll.count(), 0);
        QTest::keyClick(m_search, Qt::Key_Escape);
        QCOMPARE(clearAll.count(), 1);
        QVERIFY(m_search->hasFocus());
    }

    void printableKeyInList_jumpsToSearchWithThatCharacter()
    {
        m_search->setText(QStringLiteral("deep "));
        m_list->setFocus();
        QTRY_VERIFY(m_list->hasFocus());
        QTest::keyClicks(m_list, QStringLiteral("g"));
        QTRY_VERIFY(m_search->hasFocus());
        QTest::keyClicks(m_search, QStringLiteral("an"));
        QCOMPARE(m_search->text(), QStringLiteral("deep gan"));
    }

    void ctrlNumber_movesFocusBetweenPanes()
    {
        auto *pane = new QLineEdit;
        pane->setObjectName(QStringLiteral("facetStandIn"));
        m_window->statusBar()->addWidget(pane);
        m_window->registerFocusTarget(3, pane, QStringLiteral("Facets"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QTRY_VERIFY(m_list->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QTRY_VERIFY(pane->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QTRY_VERIFY(m_search->hasFocus());
    }

    void shortcutSheet_listsEveryActionThatHasAShortcut_amongAllActions()
    {
        m_list->setFocus();
        QTest::keyClick(m_list, Qt::Key_F1);
        auto *sheet = m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"));
        QVERIFY(sheet);
        QTRY_VERIFY(sheet->isVisible());
        QSet<QAction *> listed;
        const QAbstractItemModel *model = sheet->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            listed.insert(model->index(row, 0).data(ActionListModel::ActionRole).value<QAction *>());
        QSet<QAction *> expected;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty())
                expected.insert(action);
        }
        QVERIFY(expected.size() >= 6);
        QVERIFY(listed.contains(expected)); // and those without a shortcut (tst_shortcutsheet)
        QVERIFY(listed.size() > expected.size());

        QTest::keyClicks(sheet->filterField(), QStringLiteral("palette"));
        QCOMPARE(sheet->visibleCount(), 1);
        QCOMPARE(sheet->view()->currentIndex().sibling(sheet->view()->currentIndex().row(), 1).data().toString(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText));
    }

    void commandPalette_runsActionTypedByPartOfItsName()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        auto *palette = m_window->findChild<CommandPalette *>(QStringLiteral("commandPalette"));
        QVERIFY(palette);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->filterField(), QStringLiteral("short keyb"));
        QCOMPARE(palette->visibleCount(), 1);
        QTest::keyClick(palette->filterField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QTRY_VERIFY(m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet")));
        QTRY_VERIFY(m_window->findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"))->isVisible());
    }

    void finishedQueries_enterHistoryAndPersist()
    {
        m_search->setFocus();
        QTest::keyClicks(m_search, QStringLiteral("graph neural"));
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(m_window->searchHistory()->stringList().value(0), QStringLiteral("graph neural"));
        m_window.reset();
        MainWindow second;
        QCOMPARE(second.searchHistory()->stringList().value(0), QStringLiteral("graph neural"));
    }

    void history_keepsTwentyMostRecentWithoutDuplicates()
    {
        SearchHistory history;
        for (int i = 0; i < 25; ++i)
            history.add(QStringLiteral("q%1").arg(i));
        history.add(QStringLiteral("  q20 "));
        QCOMPARE(history.rowCount(), SearchHistory::kMaxEntries);
        QCOMPARE(history.stringList().first(), QStringLiteral("q20"));
        QCOMPARE(history.stringList().count(QStringLiteral("q20")), 1);
        QCOMPARE(history.stringList().last(), QStringLiteral("q5"));
        QVERIFY(!history.add(QStringLiteral("   ")));
    }

    void emptyResults_sayWhy()
    {
        m_search->setText(QStringLiteral("zzyzx"));
        QCOMPARE(m_list->model()->rowCount(), 0);
        const QImage shot = m_list->viewport()->grab().toImage();
        const QRgb background = shot.pixel(1, 1);
        bool drawn = false;
        for (int y = 0; y < shot.height() / 2 && !drawn; ++y)
            for (int x = 0; x < shot.width() && !drawn; ++x)
                drawn = shot.pixel(x, y) != background;
        QVERIFY2(drawn, "the empty list shows no explanation");
    }

    void tab_movesSearchToResultsToReadingPane()
    {
        m_search->setFocus();
        QTRY_VERIFY(m_search->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(m_list->hasFocus());
        QTest::keyClick(m_list, Qt::Key_Tab);
        QTRY_VERIFY(m_window->findChild<DetailView *>(QStringLiteral("detailView"))->hasFocus());
    }

    void everyWidget_hasAnAccessibleName()
    {
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(m_window.get()) && w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestKeyboardMap)
#include "tst_keyboardmap.moc"
