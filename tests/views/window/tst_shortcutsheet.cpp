#include "window/actionlistmodel.h"
#include "window/commandpalette.h"
#include "window/shortcutsheet.h"

#include "support/windowfixture.h"

#include <QAction>
#include <QStandardPaths>
#include <QTreeView>

// The shortcut sheet and the command palette on the real window: every action is listed (with or
// without keys), no key twice, Esc clears the filter before it closes, and a filter that matches
// nothing says so.
class TestShortcutSheet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename Finder>
    static Finder *open(WindowFixture &f, const char *action)
    {
        f.window.findChild<QAction *>(QLatin1String(action))->trigger();
        auto *finder = f.window.findChild<Finder *>();
        return finder && finder->isVisible() ? finder : nullptr;
    }
    static QStringList column(const QTreeView *view, int column)
    {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, column).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSheet_listsEveryAction_andNoKeyTwice()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        auto *sheet = open<ShortcutSheet>(f, "shortcutSheetAction");
        QVERIFY(sheet);
        const QStringList names = column(sheet->view(), ActionListModel::NameColumn);
        const QStringList menus = column(sheet->view(), ActionListModel::MenuColumn);
        for (const char *name : {"TeX Source", "Comfortable List", "Back", "Forward"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        for (const char *menu : {"Sort", "View ▸ Appearance", "View ▸ Language"})
            QVERIFY2(menus.contains(QString::fromUtf8(menu)), menu);
        QVERIFY(!names.contains(QStringLiteral("No recent files")));
        QStringList seen;
        const QStringList keys = column(sheet->view(), ActionListModel::ShortcutColumn);
        for (int r = 0; r < keys.size(); ++r) {
            for (const QString &key : keys.at(r).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" twice, again on ") + names.at(r)));
                seen << key;
            }
        }
        QVERIFY(seen.contains(QStringLiteral("Ctrl+Shift+Down")));
        QVERIFY(seen.contains(QStringLiteral("Alt+Left")));
    }

    void escape_clearsTheFilter_thenClosesTheSheet()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 2));
        auto *sheet = open<ShortcutSheet>(f, "shortcutSheetAction");
        QVERIFY(sheet);
        QVERIFY(QTest::qWaitForWindowActive(sheet));
        QTest::keyClicks(sheet->filterField(), QStringLiteral("zzqx"));
        QCOMPARE(sheet->visibleCount(), 0);
        QCOMPARE(sheet->emptyText(), QStringLiteral("No action or key matches “zzqx”."));
        QTest::keyClick(sheet->filterField(), Qt::Key_Escape);
        QCOMPARE(sheet->filterField()->text(), QString());
        QVERIFY(sheet->isVisible());
        QVERIFY(sheet->visibleCount() > 20);
        QTest::keyClick(sheet->filterField(), Qt::Key_Escape);
        QVERIFY(!sheet->isVisible());
    }

    void thePalette_saysWhenNothingMatches_andListsNoPlaceholders()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 3));
        auto *palette = open<CommandPalette>(f, "commandPaletteAction");
        QVERIFY(palette);
        QVERIFY(palette->emptyText().isEmpty());
        QVERIFY(!column(palette->view(), ActionListModel::NameColumn).contains(QStringLiteral("No recent files")));
        QTest::keyClicks(palette->filterField(), QStringLiteral("recent files"));
        QCOMPARE(palette->visibleCount(), 0); // Open Recent is a menu, Clear Menu another name
        QCOMPARE(palette->emptyText(), QStringLiteral("No command matches “recent files”."));
        palette->filterField()->clear();
        QTest::keyClicks(palette->filterField(), QStringLiteral("tex source"));
        QCOMPARE(palette->visibleCount(), 1);
    }
};

QTEST_MAIN(TestShortcutSheet)
#include "tst_shortcutsheet.moc"
