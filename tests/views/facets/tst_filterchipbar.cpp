#include "facets/filterchipbar.h"

#include <QFrame>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using Chip = FilterChipBar::Chip;
using Kind = FilterChipBar::Kind;

class TestFilterChipBar : public QObject
{
    Q_OBJECT

    static QStringList chipKeys(const FilterChipBar &bar)
    {
        QStringList keys;
        for (QFrame *f : bar.findChildren<QFrame *>(QStringLiteral("filterChip"))) {
            if (!f->isHidden())
                keys.append(f->property("chipKey").toString());
        }
        return keys;
    }

private slots:
    void chips_areShownAndHiddenWithTheFilters()
    {
        QWidget window;
        auto &bar = *new FilterChipBar(&window);
        window.show();
        QVERIFY(bar.isHidden());
        bar.setChips({{"query", "“graph”", Kind::Query}, {"author:3", "Ada", Kind::Include},
                      {"author:5", "not Bob", Kind::Exclude}});
        QVERIFY(bar.isVisible());
        QCOMPARE(chipKeys(bar), QStringList({"query", "author:3", "author:5"}));
        bar.setChips({});
        QVERIFY(bar.isHidden());
    }

    void removeButton_asksToRemoveItsChip()
    {
        FilterChipBar bar;
        bar.show();
        bar.setChips({{"query", "“graph”", Kind::Query}, {"author:3", "Ada", Kind::Include}});
        QSignalSpy removed(&bar, &FilterChipBar::removeRequested);
        // The owner removes the filter in the slot, which rebuilds the chips while the click is delivered.
        connect(&bar, &FilterChipBar::removeRequested, &bar, [&bar](const QString &key) {
            QList<Chip> chips = bar.chips();
            chips.removeIf([&](const Chip &c) { return c.key == key; });
            bar.setChips(chips);
        });
        const auto buttons = bar.findChildren<QToolButton *>(QStringLiteral("chipRemoveButton"));
        QCOMPARE(buttons.size(), 2);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("query"));
        QTRY_COMPARE(chipKeys(bar), QStringList({"author:3"}));
        QVERIFY(bar.removeLast());
        QCOMPARE(removed.at(1).at(0).toString(), QStringLiteral("author:3"));
        QVERIFY(!bar.removeLast());
    }

    void clearAll_isOneClick()
    {
        FilterChipBar bar;
        bar.show();
        bar.setChips({{"author:1", "Ada", Kind::Include}});
        QSignalSpy cleared(&bar, &FilterChipBar::clearAllRequested);
        QTest::mouseClick(bar.findChild<QToolButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
        QCOMPARE(cleared.count(), 1);
    }
};

QTEST_MAIN(TestFilterChipBar)
#include "tst_filterchipbar.moc"
