#include "corpus/papermodel.h"
#include "corpus/paperroles.h"
#include "pipeline/resultspipeline.h"
#include "reading/detailview.h"
#include "search/searchcontroller.h"
#include "search/searchresultsmodel.h"
#include "widgets/safetextbrowser.h"

#include "support/windowfixture.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>

// Go ▸ Back and Forward on the real window: a similar paper opened outside the results clears the
// query and the filters, and Alt+Left brings back the paper, the query and the author filter.
class TestNavigationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString currentId(const WindowFixture &f) { return f.list->currentIndex().data(PaperRoles::IdRole).toString(); }
    // A paper of the corpus the current results do not show.
    static QString hiddenPaper(const WindowFixture &f)
    {
        const ResultsPipeline *p = f.window.pipeline();
        for (int row = 0; row < p->paperModel()->rowCount(); ++row)
            if (p->results()->rowOfSource(row) < 0)
                return p->paperModel()->index(row, 0).data(PaperRoles::IdRole).toString();
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void similarPaperOutsideTheResults_isUndoneByBack()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 1));
        auto *back = f.window.findChild<QAction *>(QStringLiteral("backAction"));
        auto *forward = f.window.findChild<QAction *>(QStringLiteral("forwardAction"));
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled());
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("bandit"));
        QTest::keyClick(f.search, Qt::Key_Down);
        QTRY_VERIFY(f.list->currentIndex().isValid());
        const QString first = currentId(f);
        const QString other = hiddenPaper(f);
        QVERIFY(!other.isEmpty());
        auto *detail = f.window.findChild<DetailView *>(QStringLiteral("detailView"));
        emit detail->browser()->anchorClicked(QUrl(QStringLiteral("paper:") + other));
        QCOMPARE(f.search->text(), QString());
        QCOMPARE(currentId(f), other);
        QVERIFY(back->isEnabled());

        QTest::keyClick(f.list, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.search->text(), QStringLiteral("bandit"));
        QTRY_COMPARE(currentId(f), first);
        QVERIFY(forward->isEnabled());

        QTest::keyClick(f.list, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.search->text(), QString());
        QTRY_COMPARE(currentId(f), other);
        QVERIFY(!forward->isEnabled());
    }

    void anAuthorFilter_isAPlace_andGoMenuBackRemovesIt()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, 2));
        QTest::keyClick(f.list, Qt::Key_Down);
        QTest::keyClick(f.list, Qt::Key_Down);
        const QString paper = currentId(f);
        const int all = f.window.pipeline()->shownCount();
        const QString author = f.list->currentIndex().data(PaperRoles::AuthorsRole).toStringList().value(0);
        QVERIFY(!author.isEmpty());
        auto *detail = f.window.findChild<DetailView *>(QStringLiteral("detailView"));
        emit detail->authorActivated(author);
        QTRY_VERIFY(f.window.pipeline()->shownCount() < all);
        // Through the Go menu, as a mouse user would.
        auto *go = f.window.findChild<QMenu *>(QStringLiteral("goMenu"));
        QAction *back = go->actions().value(0);
        QCOMPARE(back->objectName(), QStringLiteral("backAction"));
        back->trigger();
        QTRY_COMPARE(f.window.pipeline()->shownCount(), all);
        QCOMPARE(currentId(f), paper);
    }
};

QTEST_MAIN(TestNavigationController)
#include "tst_navigationcontroller.moc"
