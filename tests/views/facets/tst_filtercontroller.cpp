#include "facets/authorfacetmodel.h"
#include "facets/filterchipbar.h"
#include "facets/filtercontroller.h"
#include "library/librarycontroller.h"
#include "library/librarypanel.h"
#include "library/librarystore.h"
#include "window/mainwindow.h"
#include "support/chipprobe.h"
#include "support/windowfixture.h"
#include "corpus/papermodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

// The filters around the paper list, in the window: the library scope as a chip, clearing every
// filter at once, and author links in the detail pane feeding the author facet.
class TestFilterController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    using Fixture = WindowFixture;

    bool setUp(Fixture &f) { return f.setUp(m_dir, ++m_counter); }

    static QList<LibraryStore::Paper> papers(const MainWindow &w, QList<int> rows)
    {
        QList<LibraryStore::Paper> out;
        for (int row : rows)
            out.append(LibraryStore::paperFrom(*w.paperModel()->corpus(), row));
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void scopeChip_showsTheScope_andItsRemoveButtonShowsEverythingAgain()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.setBookmarked(papers(f.window, {3, 10, 200}), true));
        f.window.libraryController()->panel()->setScope(LibraryScope::bookmarked());
        QTRY_COMPARE(f.list->model()->rowCount(), 3);
        QCOMPARE(chips(f.window), QStringList({"scope=Bookmarked"}));
        QVERIFY(f.window.statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("3 of 434 papers")));

        QTest::keyClicks(f.search, QStringLiteral("learning"));
        QTRY_COMPARE(chips(f.window).size(), 2);
        QCOMPARE(chips(f.window).first(), QStringLiteral("scope=Bookmarked"));

        QToolButton *remove = removeButtonOf(f.window, QStringLiteral("scope"));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(f.window.libraryController()->panel()->scope().isAll());
        QTRY_COMPARE(chips(f.window), QStringList({"query=“learning”"}));
        QVERIFY(f.list->model()->rowCount() > 3);
    }

    void listScopeChip_namesTheList_andBackspaceRemovesChipsFromTheLast()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.addToList(QStringLiteral("to read"), papers(f.window, {5, 6})));
        f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("to read")));
        QTRY_COMPARE(f.list->model()->rowCount(), 2);
        QCOMPARE(chips(f.window), QStringList({"scope=list “to read”"}));

        f.search->setFocus();
        QTest::keyClick(f.search, Qt::Key_Backspace); // empty field: removes the last chip, the scope
        QTRY_VERIFY(f.window.libraryController()->panel()->scope().isAll());
        QTRY_COMPARE(f.list->model()->rowCount(), 434);
        QCOMPARE(chips(f.window), QStringList());
    }

    void escTwice_clearsQueryAuthorsAndScope()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.setBookmarked(papers(f.window, {0, 1, 2, 3}), true));
        f.window.libraryController()->panel()->setScope(LibraryScope::bookmarked());
        auto *filters = f.window.findChild<FilterController *>();
        FacetSelection s;
        s.setState(f.window.paperModel()->corpus()->authorIds(0).front(), FacetSelection::State::Included);
        s.setMode(FacetSelection::Mode::Any);
        QVERIFY(filters->setSelection(s));
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("the"));
        QTRY_COMPARE(chips(f.window).size(), 3);

        QTest::keyClick(f.search, Qt::Key_Escape);
        QTRY_COMPARE(chips(f.window).size(), 2); // the first Esc clears the query only
        QTest::keyClick(f.search, Qt::Key_Escape);
        QTRY_COMPARE(chips(f.window), QStringList());
        QVERIFY(filters->selection().isEmpty());
        QCOMPARE(filters->selection().mode(), FacetSelection::Mode::Any); // clearing keeps AND/ANY
        QCOMPARE(f.window.authorFacetModel()->selection(), filters->selection()); // passed down
        QVERIFY(f.window.libraryController()->panel()->scope().isAll());
        QTRY_COMPARE(f.list->model()->rowCount(), 434);
    }

    void authorLinkInDetailPane_addsThatAuthorAsFacet()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QTest::keyClicks(f.search, QStringLiteral("author:sergey author:levine"));
        QTest::keyClick(f.search, Qt::Key_Return); // opens the best hit
        QTRY_VERIFY(f.list->currentIndex().isValid());
        auto *browser = f.window.findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QVERIFY(browser);
        // Find the link of "Sergey Levine" in the rendered document and click it like a reader would.
        QTextCursor link;
        for (QTextBlock block = browser->document()->begin(); block.isValid() && link.isNull(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                // The highlighter may split the name ("Sergey " + "Levine"): any piece of the link will do.
                if (fragment.charFormat().anchorHref().startsWith(QStringLiteral("author:"))
                    && fragment.text().startsWith(QStringLiteral("Sergey"))) {
                    link = QTextCursor(browser->document());
                    link.setPosition(fragment.position() + 1);
                    break;
                }
            }
        }
        QVERIFY2(!link.isNull(), "no author link for Sergey Levine in the detail pane");
        browser->setTextCursor(link);
        browser->ensureCursorVisible();
        const QPoint at = browser->cursorRect(link).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);

        AuthorFacetModel *facets = f.window.authorFacetModel();
        QTRY_COMPARE(facets->selection().order().size(), 1);
        const auto corpus = f.window.paperModel()->corpus();
        const AuthorTable::Id levine = facets->selection().order().front();
        QCOMPARE(corpus->authorTable().displayName(levine), QStringLiteral("Sergey Levine"));
        QTRY_COMPARE(chips(f.window).last(), QStringLiteral("author:%1=Sergey Levine").arg(levine));
        // Without the query, the facet alone restricts the whole corpus to his 10 papers.
        f.search->setFocus();
        QTest::keyClick(f.search, Qt::Key_Escape);
        QTRY_COMPARE(chips(f.window), QStringList({QStringLiteral("author:%1=Sergey Levine").arg(levine)}));
        QTRY_COMPARE(f.list->model()->rowCount(), 10);
        for (int row = 0; row < f.list->model()->rowCount(); ++row) {
            const int source = f.list->model()->index(row, 0).data(PaperRoles::CorpusIndexRole).toInt();
            const auto ids = corpus->authorIds(source);
            QVERIFY(std::find(ids.begin(), ids.end(), levine) != ids.end());
        }
    }

    // Issue 15: list: and is: terms get chips of their own, removable one at a time; the results
    // follow library changes; the field completes list names after list:.
    void libraryTerms_haveChips_followTheLibrary_andListNamesComplete()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.store.addToList(QStringLiteral("to read"), papers(f.window, {3, 10})));
        QVERIFY(f.store.setBookmarked(papers(f.window, {10, 20}), true));
        f.search->setText(QStringLiteral("list:\"to read\" -is:starred"));
        QTRY_COMPARE(f.list->model()->rowCount(), 1);
        QCOMPARE(chips(f.window), QStringList({"term:0=in “to read”", "term:1=not starred"}));
        QToolButton *remove = removeButtonOf(f.window, QStringLiteral("term:1"));
        QVERIFY(remove);
        remove->click();
        QCOMPARE(f.search->text(), QStringLiteral("list:\"to read\""));
        QTRY_COMPARE(f.list->model()->rowCount(), 2);

        f.search->setText(QStringLiteral("is:starred"));
        QTRY_COMPARE(f.list->model()->rowCount(), 2);
        QVERIFY(f.store.setBookmarked(papers(f.window, {3}), true)); // the query runs again
        QTRY_COMPARE(f.list->model()->rowCount(), 3);

        f.search->clear();
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("graph -list:to"));
        auto *completer = f.window.findChild<QCompleter *>(QStringLiteral("listNameCompleter"));
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("to read"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(f.search->text(), QStringLiteral("graph -list:\"to read\""));
        QCOMPARE(chips(f.window), QStringList({"query=“graph”", "term:0=not in “to read”"}));
    }
};

QTEST_MAIN(TestFilterController)
#include "tst_filtercontroller.moc"
