// The metadata facets in the window, on a small arXiv-shaped corpus: the year strip chosen from the
// keyboard (arrows, Shift+arrows, Enter, Backspace) filters the results and shows a chip; the
// category list includes an archive and excludes a category from the keyboard; counts follow the
// query; chips are removed from the keyboard; the shipped corpus (no such fields) hides the dock.
#include "corpus/papermodel.h"
#include "facets/fieldfacetdock.h"
#include "facets/fieldfacetmodel.h"
#include "facets/fieldfacetpanel.h"
#include "facets/filterchipbar.h"
#include "facets/filtercontroller.h"
#include "facets/yearhistogram.h"
#include "support/arxivcorpusfile.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>


class TestFieldFacetDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_arxiv;
    int m_counter = 0;

    static FieldFacetDock *dock(MainWindow &w) { return w.findChild<FilterController *>()->fieldFacets(); }
    static QStringList chipKeys(MainWindow &w)
    {
        QStringList keys;
        for (const FilterChipBar::Chip &c : w.findChild<FilterChipBar *>()->chips())
            keys.append(c.text);
        return keys;
    }
    // Corpus rows whose categories satisfy pred, counted from the corpus itself.
    template <typename Pred> static int count(const Corpus &c, Pred pred)
    {
        int n = 0;
        for (qsizetype r = 0; r < c.size(); ++r)
            n += pred(r) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_arxiv = ArxivCorpusFile::write(m_dir);
        QVERIFY(!m_arxiv.isEmpty());
    }

    void shippedCorpus_hidesTheDock()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        QVERIFY(!dock(f.window)->hasData());
        QVERIFY(dock(f.window)->dock()->isHidden());
        for (QAction *a : dock(f.window)->actions())
            QVERIFY(!a->isEnabled());
    }

    void keys_areInTheFacetsMenu_andCtrl5GoesToTheYearStrip()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        FieldFacetDock *d = dock(f.window);
        QMenu *menu = f.window.findChild<QMenu *>(QStringLiteral("facetsMenu"));
        QVERIFY(menu);
        QStringList keys;
        for (QAction *a : menu->actions()) {
            if (d->actions().contains(a))
                keys.append(a->shortcut().toString());
        }
        QCOMPARE(keys, QStringList({"F10", "Ctrl+Shift+Y", "Ctrl+Shift+G"}));
        QTRY_VERIFY(!d->dock()->isHidden());
        QTest::keyClick(f.list, Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(d->yearStrip()->hasFocus());
        QTest::keyClick(d->yearStrip(), Qt::Key_Left);
        QTest::keyClick(d->yearStrip(), Qt::Key_Return);
        QTRY_COMPARE(chipKeys(f.window), QStringList{QStringLiteral("year 2021")});
    }

    void yearStrip_rangeFromTheKeyboard_filtersAndShowsAChip()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        FieldFacetDock *d = dock(f.window);
        QVERIFY(d->hasData());
        QTRY_VERIFY(!d->dock()->isHidden());
        const auto corpus = f.window.paperModel()->corpus();
        QCOMPARE(d->model(FieldFacetIndex::Kind::Year)->rowCount(), 8); // 2015..2022
        d->actions().at(1)->trigger(); // Choose Years (Ctrl+Shift+Y)
        QTRY_VERIFY(d->yearStrip()->hasFocus());
        QTest::keyClick(d->yearStrip(), Qt::Key_End);
        QTest::keyClick(d->yearStrip(), Qt::Key_Left);
        QTest::keyClick(d->yearStrip(), Qt::Key_Left, Qt::ShiftModifier);
        QTest::keyClick(d->yearStrip(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(d->yearStrip()->cursorFirstYear(), 2019);
        QCOMPARE(d->yearStrip()->cursorLastYear(), 2021);
        QTest::keyClick(d->yearStrip(), Qt::Key_Return);
        const int expected = count(*corpus, [&](qsizetype r) { return corpus->year(r) >= 2019 && corpus->year(r) <= 2021; });
        QTRY_COMPARE(f.list->model()->rowCount(), expected);
        QCOMPARE(chipKeys(f.window), QStringList{QStringLiteral("year 2019–2021")});
        // The category counts follow the narrowed results.
        auto *categories = d->model(FieldFacetIndex::Kind::Category);
        const int cs = categories->rowOfTerm(QStringLiteral("cs"));
        QVERIFY(cs >= 0);
        QCOMPARE(categories->index(cs).data(FieldFacetModel::CountRole).toInt(), count(*corpus, [&](qsizetype r) {
            return corpus->year(r) >= 2019 && corpus->year(r) <= 2021
                   && corpus->categories(r).join(u' ').startsWith(QLatin1String("cs."));
        }));
        QTest::keyClick(d->yearStrip(), Qt::Key_Backspace);
        QTRY_COMPARE(f.list->model()->rowCount(), int(corpus->size()));
        QVERIFY(chipKeys(f.window).isEmpty());
    }

    void categories_includeAnArchive_excludeACategory_andChipsGoFromTheKeyboard()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        FieldFacetDock *d = dock(f.window);
        const auto corpus = f.window.paperModel()->corpus();
        FieldFacetPanel *panel = d->panel(FieldFacetIndex::Kind::Category);
        d->actions().at(2)->trigger(); // Filter Categories (Ctrl+Shift+G)
        QTRY_VERIFY(panel->filterEdit()->hasFocus());
        QTest::keyClicks(panel->filterEdit(), QStringLiteral("computer"));
        QTest::keyClick(panel->filterEdit(), Qt::Key_Down);
        QVERIFY(panel->list()->hasFocus());
        QCOMPARE(panel->list()->currentIndex().data(FieldFacetModel::TermRole).toString(), QStringLiteral("cs"));
        QTest::keyClick(panel->list(), Qt::Key_Return);
        const auto has = [&](qsizetype r, const char *prefix) {
            for (const QString &c : corpus->categories(r)) {
                if (c.startsWith(QLatin1String(prefix)))
                    return true;
            }
            return false;
        };
        QTRY_COMPARE(f.list->model()->rowCount(), count(*corpus, [&](qsizetype r) { return has(r, "cs."); }));
        // Down to cs.CV and exclude it with Shift+Enter.
        const int cv = d->model(FieldFacetIndex::Kind::Category)->rowOfTerm(QStringLiteral("cs.CV"));
        QVERIFY(cv > 0);
        panel->list()->setCurrentIndex(d->model(FieldFacetIndex::Kind::Category)->index(cv));
        QTest::keyClick(panel->list(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(f.list->model()->rowCount(),
                     count(*corpus, [&](qsizetype r) { return has(r, "cs.") && !has(r, "cs.CV"); }));
        QCOMPARE(chipKeys(f.window), QStringList({QStringLiteral("cs"), QStringLiteral("not cs.CV")}));
        // Backspace in the empty search field removes the last chip, Ctrl+Shift+X the rest.
        f.search->setFocus();
        QTest::keyClick(f.search, Qt::Key_Backspace);
        QTRY_COMPARE(chipKeys(f.window), QStringList{QStringLiteral("cs")});
        f.window.findChild<FilterController *>()->clearAll();
        QTRY_COMPARE(f.list->model()->rowCount(), int(corpus->size()));
        QVERIFY(d->isSelectionEmpty());
    }

    void countsFollowTheQuery()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        FieldFacetDock *d = dock(f.window);
        f.search->setText(QStringLiteral("method 3"));
        QTRY_VERIFY(f.list->model()->rowCount() < int(f.window.paperModel()->corpus()->size()));
        auto *years = d->model(FieldFacetIndex::Kind::Year);
        QTRY_COMPARE(years->resultCount(), f.list->model()->rowCount());
        int sum = 0;
        for (int i = 0; i < years->rowCount(); ++i)
            sum += years->index(i).data(FieldFacetModel::CountRole).toInt();
        QCOMPARE(sum, f.list->model()->rowCount()); // one year per paper
    }

    void openingTheShippedCorpus_dropsTheFilterAndHidesTheDock()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        FieldFacetDock *d = dock(f.window);
        FieldSelection s;
        s.setYearRange(2016, 2017);
        QVERIFY(d->setSelection(FieldFacetIndex::Kind::Year, s));
        QTRY_VERIFY(f.list->model()->rowCount() < 60);
        QString error;
        QVERIFY(f.window.openCorpusFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS), &error));
        QTRY_COMPARE(f.list->model()->rowCount(), int(f.window.paperModel()->corpus()->size()));
        QVERIFY(d->isSelectionEmpty());
        QVERIFY(d->dock()->isHidden());
    }
};

QTEST_MAIN(TestFieldFacetDock)
#include "tst_fieldfacetdock.moc"
