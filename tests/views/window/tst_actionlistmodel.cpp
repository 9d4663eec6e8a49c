#include "window/actionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

// The window's actions as the shortcut sheet and the command palette list them, under the model
// tester (the table and the palette's filter proxy) while the window's menus change.
class TestActionListModel : public QObject
{
    Q_OBJECT

    QMainWindow *m_window = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_reload = nullptr;

    // "name|shortcuts|menu" per row, one string for the whole table.
    static QString rows(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c)
                cells.append(model.index(r, c).data().toString());
            out.append(cells.join(QLatin1Char('|')));
        }
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        m_window = new QMainWindow;
        QMenu *file = m_window->menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open Corpus…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        QMenu *recent = file->addMenu(QStringLiteral("Open &Recent"));
        recent->addAction(QStringLiteral("papers.txt"));
        recent->addAction(QStringLiteral("Fish && Chips..."));
        file->addSeparator();
        file->addAction(QString()); // no text: never listed
        m_reload = file->addAction(QStringLiteral("Re&load"));
        m_reload->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
        m_quit = file->addAction(QStringLiteral("&Quit"));
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
        QMenu *facets = m_window->menuBar()->addMenu(QStringLiteral("文件(&A)"));
        facets->addAction(QStringLiteral("C++ &Mode"));
        // On the window too (so its shortcut works without the menu bar): listed once, with its menu.
        m_window->addAction(m_quit);
        auto *palette = new QAction(QStringLiteral("&Command Palette…"), m_window);
        palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        m_window->addAction(palette);
        m_window->addAction(new QAction(QStringLiteral("Hidden Helper"), m_window));
    }

    void cleanup() { delete m_window; }

    void allActions_menusFirstWithTheirPathsThenTheWindowsOwn()
    {
        ActionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(m_window, ActionListModel::AllActions);
        QCOMPARE(rows(model), QStringLiteral("Open Corpus|Ctrl+O|File\n"
                                             "papers.txt||File ▸ Open Recent\n"
                                             "Fish & Chips||File ▸ Open Recent\n"
                                             "Reload|F5, Ctrl+R|File\n"
                                             "Quit|Ctrl+Q|File\n"
                                             "C++ Mode||文件\n"
                                             "Command Palette|Ctrl+Shift+P|\n"
                                             "Hidden Helper||"));
        QCOMPARE(model.action(4), m_quit);
        QCOMPARE(model.index(4, 0).data(ActionListModel::ActionRole).value<QAction *>(), m_quit);
        QCOMPARE(model.index(3, 0).data(ActionListModel::SearchTextRole).toString(), QStringLiteral("Reload F5 Ctrl+R File"));
        QCOMPARE(model.action(-1), nullptr);
        QCOMPARE(model.action(model.rowCount()), nullptr);
        QCOMPARE(model.headerData(ActionListModel::ShortcutColumn, Qt::Horizontal).toString(), QStringLiteral("Shortcut"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void actionsWithShortcuts_leavesOutTheOthers()
    {
        ActionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(m_window, ActionListModel::ActionsWithShortcuts);
        QCOMPARE(rows(model), QStringLiteral("Open Corpus|Ctrl+O|File\n"
                                             "Reload|F5, Ctrl+R|File\n"
                                             "Quit|Ctrl+Q|File\n"
                                             "Command Palette|Ctrl+Shift+P|"));
    }

    void filter_matchesEveryWordInAnyOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty: everything") << "" << QStringList{"Open Corpus", "papers.txt", "Fish & Chips", "Reload", "Quit", "C++ Mode", "Command Palette", "Hidden Helper"};
        QTest::newRow("a name, any case") << "QUIT" << QStringList{"Quit"};
        QTest::newRow("a shortcut") << "ctrl+r" << QStringList{"Reload"};
        QTest::newRow("menu and name, any order") << "papers recent" << QStringList{"papers.txt"};
        QTest::newRow("a menu path") << "file open" << QStringList{"Open Corpus", "papers.txt", "Fish & Chips"};
        QTest::newRow("regex characters are literal") << "c++" << QStringList{"C++ Mode"};
        QTest::newRow("a dot is a dot") << "." << QStringList{"papers.txt"};
        QTest::newRow("no match") << "xyzzy" << QStringList();
    }

    // As the palette filters: a proxy on the search text, both models under the tester.
    void filter_matchesEveryWordInAnyOrder()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        ActionListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ActionListModel::SearchTextRole);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(m_window, ActionListModel::AllActions);
        proxy.setFilterRegularExpression(ActionListModel::filterFor(QStringLiteral("o")));
        proxy.setFilterRegularExpression(ActionListModel::filterFor(query));
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r)
            shown.append(proxy.index(r, ActionListModel::NameColumn).data().toString());
        QCOMPARE(shown, names);
    }

    // The list is read again each time a dialog opens: one reset, new and deleted actions followed.
    void setWindowAgain_resetsOntoTheCurrentActions()
    {
        ActionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindow(m_window, ActionListModel::ActionsWithShortcuts);
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_window->menuBar()->actions().constFirst()->menu()->addAction(QStringLiteral("&Export"))->setShortcut(
            QKeySequence(Qt::CTRL | Qt::Key_E));
        m_reload->setShortcuts({});
        model.setWindow(m_window, ActionListModel::ActionsWithShortcuts);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(rows(model), QStringLiteral("Open Corpus|Ctrl+O|File\n"
                                             "Quit|Ctrl+Q|File\n"
                                             "Export|Ctrl+E|File\n"
                                             "Command Palette|Ctrl+Shift+P|"));
        // An action deleted while listed leaves an empty row, never a dangling pointer.
        delete m_quit;
        QCOMPARE(model.action(1), nullptr);
        QVERIFY(!model.index(1, 0).data().isValid());
        model.setWindow(m_window, ActionListModel::ActionsWithShortcuts);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.count(), 2);
    }

    void plainText_dropsMnemonicsAndEllipses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mnemonic and ellipsis") << "Open &Recent…" << "Open Recent";
        QTest::newRow("three dots") << "Save &As..." << "Save As";
        QTest::newRow("escaped ampersand") << "Fish && Chips" << "Fish & Chips";
        QTest::newRow("CJK mnemonic") << "文件(&F)" << "文件";
        QTest::newRow("plain") << "Quit" << "Quit";
    }

    void plainText_dropsMnemonicsAndEllipses()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        const QAction action(text);
        QCOMPARE(ActionListModel::plainText(&action), plain);
    }
};

QTEST_MAIN(TestActionListModel)
#include "tst_actionlistmodel.moc"
