#include "corpus/papermodel.h"
#include "corpus/paperroles.h"
#include "facets/authorfacetmodel.h"
#include "facets/authorfacetdelegate.h"
#include "facets/authorlistmodel.h"
#include "library/librarypanel.h"
#include "pipeline/resultspipeline.h"
#include "reading/detailview.h"

#include "support/windowfixture.h"

#include <QLabel>
#include <QPainter>
#include <QStandardPaths>

// What the empty paper list says on the real window: the filters that emptied it are named with the
// keys that remove them, the pinned author with nothing shown reads sensibly, and Ctrl+Shift+X takes
// every filter away and returns to the search field.
class TestResultsStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anEmptyList_namesTheScope_notTheQuery()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        QVERIFY(f.store.createList(QStringLiteral("queue")));
        f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("queue")));
        QTRY_COMPARE(f.window.pipeline()->shownCount(), 0);
        QCOMPARE(f.window.emptyListText(), QStringLiteral("Nothing in “queue” yet."));
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("learn"));
        QCOMPARE(f.window.emptyListText(), QStringLiteral("No papers match “learn” under the filters list “queue”.\n"
                                                          "Ctrl+Shift+X clears every filter."));
        f.list->setFocus();
        QTest::keyClick(&f.window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(f.window.pipeline()->scope().isAll());
        QCOMPARE(f.search->text(), QString());
        QVERIFY(f.search->hasFocus());
        QCOMPARE(f.window.pipeline()->shownCount(), f.window.pipeline()->totalCount());
    }

    void anAuthorThatEmptiesTheResults_isNamed_andCanBeRemoved()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 2));
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("bandit"));
        const int matches = f.window.pipeline()->shownCount();
        QVERIFY(matches > 0);
        // An author of a paper the query does not match, whose papers it matches none of.
        auto *detail = f.window.findChild<DetailView *>(QStringLiteral("detailView"));
        const QAbstractItemModel *papers = f.window.paperModel();
        QString author;
        for (int row = 0; row < papers->rowCount() && f.window.pipeline()->shownCount() != 0; ++row) {
            author = papers->index(row, 0).data(PaperRoles::AuthorsRole).toStringList().value(0);
            if (author.isEmpty())
                continue;
            QTest::keyClick(f.search, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
            QTest::keyClicks(f.search, QStringLiteral("bandit"));
            emit detail->authorActivated(author);
        }
        QCOMPARE(f.window.pipeline()->shownCount(), 0);
        const QString name = f.window.authorFacetModel()->index(0, 0).data().toString();
        QCOMPARE(f.window.emptyListText(),
                 QStringLiteral("No papers match “bandit” under the filters %1.\n"
                                "Ctrl+Shift+Backspace removes “%1”. Ctrl+Shift+X clears every filter.").arg(name));
        auto *header = f.window.findChild<QLabel *>(QStringLiteral("authorFacetHeader"));
        QCOMPARE(header->text(), QStringLiteral("No papers shown; your chosen authors stay listed"));
        QTest::keyClick(f.search, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.window.pipeline()->shownCount(), matches);
        QCOMPARE(f.search->text(), QStringLiteral("bandit"));
    }

    void theFacetsCurrentRow_isAFrame_notASelection()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 3));
        auto *facets = f.window.findChild<QListView *>(QStringLiteral("authorFacets"));
        QVERIFY(facets && facets->model()->rowCount() > 0);
        QStyleOptionViewItem option;
        option.initFrom(facets);
        option.rect = QRect(0, 0, 240, 24);
        option.state |= QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_Enabled;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        facets->itemDelegate()->paint(&painter, option, facets->model()->index(0, 0));
        painter.end();
        const QColor highlight = option.palette.color(QPalette::Highlight);
        int filled = 0;
        for (int x = 4; x < 236; ++x)
            filled += image.pixelColor(x, 12) == highlight;
        QVERIFY2(filled < 20, qPrintable(QString::number(filled)));
    }
};

QTEST_MAIN(TestResultsStatus)
#include "tst_resultsstatus.moc"
