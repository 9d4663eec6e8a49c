// Acronyms in the window: "gnn" also finds "graph neural network" and says so in the hint under the
// chips; the hint's × (by keyboard) and View ▸ Expand Acronyms in Searches turn the expansion off and
// on again, the choice is kept in the settings, and off the results are the query's as typed.
#include "acronyms/acronymcontroller.h"
#include "acronyms/acronymtable.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"
#include "search/searchengine.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

class TestAcronymHint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // How many papers the query matches as typed (the full-text engine, no expansion).
    static int plainCount(const WindowFixture &f, const QString &text)
    {
        const auto index = f.window.pipeline()->search()->index();
        return int(SearchEngine::run(*index, SearchQuery::parse(text), SortOrder::CorpusOrder).rows.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QSettings().remove(QLatin1String(AcronymController::kSettingsKey));
        QVERIFY(m_dir.isValid());
    }

    void acronym_alsoFindsItsExpansion_andTheHintTurnsItOff()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        AcronymController *acronyms = f.window.acronyms();
        QTRY_VERIFY(acronyms->table());
        QVERIFY(acronyms->isEnabled()); // on by default
        auto *hint = f.window.findChild<QWidget *>(QStringLiteral("acronymHint"));
        auto *label = f.window.findChild<QLabel *>(QStringLiteral("acronymHintLabel"));
        auto *remove = f.window.findChild<QToolButton *>(QStringLiteral("acronymHintRemove"));
        QVERIFY(hint && label && remove);
        QVERIFY(!hint->isVisible());

        QTest::keyClicks(f.search, u"gnn"_qs);
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(label->text(), u"also: graph neural network"_qs);
        const int plain = plainCount(f, u"gnn"_qs);
        QTRY_VERIFY(f.list->model()->rowCount() > plain);
        const int expanded = f.list->model()->rowCount();

        // The × by keyboard: expansion off, hint gone, results as typed, the choice saved.
        remove->setFocus(Qt::TabFocusReason);
        QTest::keyClick(remove, Qt::Key_Space);
        QTRY_VERIFY(!hint->isVisible());
        QVERIFY(!acronyms->isEnabled());
        QVERIFY(!acronyms->toggleAction()->isChecked());
        QTRY_COMPARE(f.list->model()->rowCount(), plain);
        QVERIFY(!f.window.pipeline()->search()->queryExpander());
        QCOMPARE(QSettings().value(QLatin1String(AcronymController::kSettingsKey)).toBool(), false);

        // View ▸ Expand Acronyms in Searches turns it on again.
        auto *view = f.window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view && view->actions().contains(acronyms->toggleAction()));
        acronyms->toggleAction()->trigger();
        QTRY_COMPARE(f.list->model()->rowCount(), expanded);
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(QSettings().value(QLatin1String(AcronymController::kSettingsKey)).toBool(), true);

        // The other way round: the expansion's words also find the acronym.
        f.search->selectAll();
        QTest::keyClicks(f.search, u"graph neural networks"_qs);
        QTRY_COMPARE(label->text(), u"also: GNN"_qs);
        // (every paper of the shipped corpus that writes GNN also spells it out)
        QTRY_COMPARE(f.list->model()->rowCount(), plainCount(f, u"graph neural networks"_qs));
        f.search->selectAll();
        QTest::keyClicks(f.search, u"reinforcement learning"_qs); // five papers write only "RL"
        QTRY_COMPARE(label->text(), u"also: RL"_qs);
        QTRY_COMPARE(f.list->model()->rowCount(), plainCount(f, u"reinforcement learning"_qs) + 5);
        // A word that is no acronym: no hint.
        f.search->selectAll();
        QTest::keyClicks(f.search, u"molecule"_qs);
        QTRY_VERIFY(!hint->isVisible());
        QTRY_COMPARE(f.list->model()->rowCount(), plainCount(f, u"molecule"_qs));
    }

    void choice_isKeptForTheNextWindow()
    {
        QSettings().setValue(QLatin1String(AcronymController::kSettingsKey), false);
        {
            WindowFixture f;
            QVERIFY(f.setUp(m_dir, ++m_counter));
            QVERIFY(!f.window.acronyms()->isEnabled());
            QTest::keyClicks(f.search, u"gnn"_qs);
            QTRY_COMPARE(f.list->model()->rowCount(), plainCount(f, u"gnn"_qs));
            QVERIFY(!f.window.findChild<QWidget *>(QStringLiteral("acronymHint"))->isVisible());
            f.window.acronyms()->toggleAction()->trigger();
        }
        WindowFixture g;
        QVERIFY(g.setUp(m_dir, ++m_counter));
        QVERIFY(g.window.acronyms()->isEnabled());
    }
};

QTEST_MAIN(TestAcronymHint)
#include "tst_acronymhint.moc"
