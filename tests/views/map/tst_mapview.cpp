#include "corpus/paperroles.h"
#include "map/mapview.h"

#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTest>

namespace {
// Four papers on a cross: 0 left, 1 centre, 2 right, 3 below the centre; two clusters.
std::shared_ptr<const PaperMap> crossMap()
{
    auto map = std::make_shared<PaperMap>();
    map->x = {0.1f, 0.5f, 0.9f, 0.5f};
    map->y = {0.5f, 0.5f, 0.5f, 0.9f};
    PaperMap::Level level;
    level.membership = {0, 0, 1, 1};
    level.clusters = {{u"left"_qs, {u"left"_qs}, 2, 0.3f, 0.5f}, {u"right"_qs, {u"right"_qs}, 2, 0.7f, 0.7f}};
    map->levels.push_back(level);
    return map;
}
} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void keyboard_movesThroughPapersAndClusters()
    {
        QStandardItemModel model;
        for (int i = 0; i < 4; ++i) {
            auto *item = new QStandardItem(QString::number(i));
            item->setData(i, PaperRoles::CorpusIndexRole);
            model.appendRow(item);
        }
        QItemSelectionModel selection(&model);
        MapView view;
        view.resize(400, 400);
        view.setResults(&model, &selection);
        view.setMap(crossMap());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(view.currentPaper(), 1); // follows the list

        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(selection.currentIndex().row(), 2); // the map moves the list
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.currentPaper(), 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentPaper(), 3);
        QTest::keyClick(&view, Qt::Key_Down); // nothing further down: stays
        QCOMPARE(view.currentPaper(), 3);

        QTest::keyClick(&view, Qt::Key_Tab);
        QCOMPARE(view.focusedCluster(), 0);
        QTest::keyClick(&view, Qt::Key_Tab);
        QCOMPARE(view.focusedCluster(), 1);
        QTest::keyClick(&view, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(view.focusedCluster(), 0);
        QVERIFY(view.hasFocus()); // Tab stayed in the map

        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.zoom() > 1);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), 1.0);
    }

    void results_brightenTheirPapers_andClicksSelect()
    {
        QStandardItemModel model;
        for (int i : {0, 2}) { // only papers 0 and 2 match the query
            auto *item = new QStandardItem(QString::number(i));
            item->setData(i, PaperRoles::CorpusIndexRole);
            model.appendRow(item);
        }
        QItemSelectionModel selection(&model);
        MapView view;
        view.resize(400, 400);
        view.setResults(&model, &selection);
        view.setMap(crossMap());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isBright(0) && !view.isBright(1) && view.isBright(2) && !view.isBright(3));
        model.removeRow(0); // a keystroke narrows the results: the map follows
        QVERIFY(!view.isBright(0));
        // Paper 2 sits at x 0.9 of the map: 200 + 0.4 · 0.92 · 400.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(200 + int(0.4 * 0.92 * 400), 200));
        QCOMPARE(selection.currentIndex().row(), 0);
        QCOMPARE(view.currentPaper(), 2);
    }

    void starredAndListedPapers_areMarked_andFollowTheLibrary()
    {
        QStandardItemModel model;
        for (int i = 0; i < 4; ++i) {
            auto *item = new QStandardItem(QString::number(i));
            item->setData(i, PaperRoles::CorpusIndexRole);
            item->setData(i == 1, PaperRoles::BookmarkedRole);
            item->setData(i == 2 ? QStringList{u"to read"_qs} : QStringList(), PaperRoles::ListsRole);
            model.appendRow(item);
        }
        QItemSelectionModel selection(&model);
        MapView view;
        view.setResults(&model, &selection);
        view.setMap(crossMap());
        QVERIFY(!view.isStarred(0) && view.isStarred(1) && !view.isStarred(2));
        QVERIFY(!view.isListed(1) && view.isListed(2));
        model.item(3)->setData(true, PaperRoles::BookmarkedRole); // starred from the list: the map follows
        QVERIFY(view.isStarred(3));
        model.item(1)->setData(false, PaperRoles::BookmarkedRole);
        QVERIFY(!view.isStarred(1));
    }

    void emptyMap_showsItsReason()
    {
        auto map = std::make_shared<PaperMap>();
        map->emptyReason = u"Too few papers"_qs;
        MapView view;
        view.setMap(map);
        QTest::keyClick(&view, Qt::Key_Right); // nothing to move to: no crash
        QCOMPARE(view.currentPaper(), -1);
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
