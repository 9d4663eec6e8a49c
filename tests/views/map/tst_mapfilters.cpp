// The map narrows the results (issue 14): Enter on a cluster adds a cluster:N term with a chip of its
// own, a Shift+drag lasso narrows to a region with a "region: N papers" chip; both removable.
#include "corpus/paperroles.h"
#include "facets/filterchipbar.h"
#include "map/mapview.h"
#include "pipeline/resultspipeline.h"
#include "support/chipprobe.h"
#include "support/windowfixture.h"

#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QToolButton>

class TestMapFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // The map view with its map, shown and focused as F8 leaves it.
    static MapView *openMap(WindowFixture &f)
    {
        QTest::keyClick(&f.window, Qt::Key_F8);
        auto *view = f.window.findChild<MapView *>(QStringLiteral("mapView"));
        if (!view || !QTest::qWaitFor([view] { return view->map() && !view->map()->isEmpty(); }, 20000))
            return nullptr;
        QTest::qWait(50); // the dock settles at its size
        view->setFocus();
        return view;
    }
    static void send(QWidget *w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
    {
        QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::ShiftModifier);
        QCoreApplication::sendEvent(w, &e);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void enterOnACluster_narrowsToIt_asARemovableChip()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        MapView *view = openMap(f);
        QVERIFY(view);
        const PaperMap::Level &overview = view->map()->levels[0];
        QTest::keyClick(view, Qt::Key_Tab);
        QTest::keyClick(view, Qt::Key_Tab); // the second largest cluster
        QCOMPARE(view->focusedCluster(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.search->text(), u"cluster:1"_qs);
        QTRY_COMPARE(f.window.pipeline()->model()->rowCount(), overview.clusters[1].size);
        for (int r = 0; r < f.window.pipeline()->model()->rowCount(); ++r) {
            const int paper = f.window.pipeline()->model()->index(r, 0).data(PaperRoles::CorpusIndexRole).toInt();
            QCOMPARE(overview.membership[size_t(paper)], 1);
        }
        QCOMPARE(chips(f.window), QStringList{u"term:0=cluster “%1”"_qs.arg(overview.clusters[1].label)});
        QTest::keyClick(view, Qt::Key_Return); // the same cluster again adds nothing
        QCOMPARE(f.search->text(), u"cluster:1"_qs);

        QToolButton *remove = removeButtonOf(f.window, u"term:0"_qs);
        QVERIFY(remove);
        remove->click();
        QCOMPARE(f.search->text(), QString());
        QTRY_COMPARE(f.window.pipeline()->model()->rowCount(), int(view->map()->size()));
        QVERIFY(chips(f.window).isEmpty());
    }

    void lasso_narrowsToTheRegion_andBackspaceRemovesIt()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        MapView *view = openMap(f);
        QVERIFY(view);
        // A square over the middle of the map, drawn with Shift held.
        const QRectF square(view->width() * 0.3, view->height() * 0.3, view->width() * 0.4, view->height() * 0.4);
        const QPointF corners[] = {square.topLeft(), square.topRight(), square.bottomRight(), square.bottomLeft()};
        MapPainter::Viewport v;
        v.target = view->rect();
        send(view, QEvent::MouseButtonPress, corners[0], Qt::LeftButton);
        for (const QPointF &c : corners)
            send(view, QEvent::MouseMove, c, Qt::LeftButton);
        send(view, QEvent::MouseButtonRelease, corners[3], Qt::NoButton);
        QStringList shown = chips(f.window);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].startsWith(u"region=region: "_qs), qPrintable(shown[0]));
        const int count = shown[0].section(u' ', 1, 1).toInt();
        QVERIFY(count > 0 && count < view->map()->size());
        QTRY_COMPARE(f.window.pipeline()->model()->rowCount(), count);
        for (int r = 0; r < count; ++r) {
            const int paper = f.window.pipeline()->model()->index(r, 0).data(PaperRoles::CorpusIndexRole).toInt();
            const QPointF at = v.toScreen(view->map()->x[size_t(paper)], view->map()->y[size_t(paper)]);
            QVERIFY(square.adjusted(-1, -1, 1, 1).contains(at));
        }
        QCOMPARE(view->zoom(), 1.0); // the lasso did not pan
        f.search->setFocus();
        QTest::keyClick(f.search, Qt::Key_Backspace);
        QVERIFY(chips(f.window).isEmpty());
        QTRY_COMPARE(f.window.pipeline()->model()->rowCount(), int(view->map()->size()));
    }
};

QTEST_MAIN(TestMapFilters)
#include "tst_mapfilters.moc"
