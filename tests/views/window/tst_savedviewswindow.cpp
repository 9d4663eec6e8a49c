// Saved views in the real window, by keys: Ctrl+Alt+S saves the query, the author and category
// facets, the list scope and the sort under a typed name; after everything is changed, Ctrl+Alt+1
// brings all of it back. The Manage Views dialog reorders (Alt/Ctrl+Up/Down), renames (F2) and
// deletes (Del) views, each undone with Ctrl+Z; the views are in the command palette.
#include "corpus/papermodel.h"
#include "facets/fieldfacetdock.h"
#include "facets/fieldfacetmodel.h"
#include "facets/filterchipbar.h"
#include "facets/filtercontroller.h"
#include "library/librarypanel.h"
#include "library/libraryundo.h"
#include "library/savedviewsdialog.h"
#include "library/savedviewsmodel.h"
#include "search/searchcontroller.h"
#include "support/arxivcorpusfile.h"
#include "support/windowfixture.h"
#include "window/actionlistmodel.h"
#include "window/savedviewscontroller.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace {

QString names(const LibraryStore &store)
{
    QStringList parts;
    for (const SavedView &v : store.views())
        parts << v.name;
    return parts.join(QLatin1Char(' '));
}

QStringList chips(MainWindow &w)
{
    QStringList texts;
    for (const FilterChipBar::Chip &c : w.findChild<FilterChipBar *>()->chips())
        texts.append(c.text);
    return texts;
}

} // namespace

class TestSavedViewsWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_arxiv;
    int m_counter = 0;

    static SavedViewsController *views(MainWindow &w) { return w.savedViews(); }
    static QAction *action(MainWindow &w, const char *name) { return w.findChild<QAction *>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_arxiv = ArxivCorpusFile::write(m_dir, {{"Lee", "Ann"}, {"Chen", "Bo"}, {"Diaz", "Cy"}});
        QVERIFY(!m_arxiv.isEmpty());
    }

    void saveByKeys_thenCtrlAlt1_restoresQueryFacetsScopeAndSort()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        auto *filters = f.window.findChild<FilterController *>();
        QVERIFY(filters->includeAuthor(QStringLiteral("Bo Chen")));
        FieldSelection categories;
        categories.setState(QStringLiteral("cs"), FieldSelection::State::Included);
        categories.setState(QStringLiteral("cs.CV"), FieldSelection::State::Excluded);
        QVERIFY(filters->fieldFacets()->setSelection(FieldFacetIndex::Kind::Category, categories));
        QList<LibraryStore::Paper> papers;
        for (int row = 0; row < 30; ++row)
            papers << LibraryStore::paperFrom(*f.window.paperModel()->corpus(), row);
        QVERIFY(f.store.addToList(QStringLiteral("to read"), papers));
        f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("to read")));
        action(f.window, "sortAction2")->trigger(); // by first author
        action(f.window, "sortReverseAction")->trigger();
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("topic"));
        const SavedView before = views(f.window)->currentState(QStringLiteral("Chen in cs"));
        QCOMPARE(before.authors.terms, (QList<SavedView::Term>{{QStringLiteral("Bo Chen"), false}}));
        QCOMPARE(before.fields.value(QStringLiteral("category")).terms.size(), 2);
        QCOMPARE(before.scope, LibraryScope::list(QStringLiteral("to read")));
        QCOMPARE(before.sort, SortOrder::FirstAuthor);
        QVERIFY(before.reverse);
        const QStringList chipsBefore = chips(f.window);
        const int shownBefore = f.window.pipeline()->shownCount();
        QVERIFY(shownBefore > 0);

        // Ctrl+Alt+S, type a name, Enter.
        QTest::keyClick(f.search, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = f.window.findChild<QInputDialog *>(QStringLiteral("saveViewDialog"))) && ask->isVisible());
        auto *nameEdit = ask->findChild<QLineEdit *>();
        QVERIFY(nameEdit);
        QCOMPARE(nameEdit->text(), QStringLiteral("topic")); // the query is offered as the name
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Chen in cs"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(names(f.store), QStringLiteral("Chen in cs"));
        QCOMPARE(f.store.views().first(), before);
        QAction *first = action(f.window, "savedViewAction0");
        QVERIFY(first);
        QCOMPARE(first->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
        QVERIFY(f.window.findChild<QMenu *>(QStringLiteral("viewsMenu"))->actions().contains(first));

        // The palette lists it under Views.
        ActionListModel palette;
        palette.setWindow(&f.window, ActionListModel::AllActions);
        bool listed = false;
        for (int row = 0; row < palette.rowCount(); ++row)
            listed |= palette.action(row) == first
                      && palette.index(row, ActionListModel::MenuColumn).data().toString() == QStringLiteral("Views");
        QVERIFY(listed);

        // Change everything: the query, the facets, the scope, the sort.
        f.search->selectAll();
        QTest::keyClicks(f.search, QStringLiteral("method"));
        filters->clearAll();
        action(f.window, "sortAction0")->trigger();
        action(f.window, "sortReverseAction")->trigger();
        QVERIFY(!views(f.window)->currentState(before.name).sameState(before));
        QCOMPARE(f.window.pipeline()->scope(), LibraryScope::all());

        const QString queryBefore = f.search->text();
        QTest::keyClick(f.list, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(f.search->text(), QStringLiteral("topic"));
        QCOMPARE(views(f.window)->currentState(before.name), before);
        QCOMPARE(f.window.pipeline()->scope(), LibraryScope::list(QStringLiteral("to read")));
        QCOMPARE(f.window.searchController()->sortOrder(), SortOrder::FirstAuthor);
        QCOMPARE(chips(f.window), chipsBefore);
        QTRY_COMPARE(f.window.pipeline()->shownCount(), shownBefore);
        QVERIFY(action(f.window, "sortAction2")->isChecked());
        QVERIFY(action(f.window, "sortReverseAction")->isChecked());

        // The recall is one step back.
        QTest::keyClick(f.list, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(f.search->text(), queryBefore);
        QCOMPARE(f.window.pipeline()->scope(), LibraryScope::all());
        QVERIFY(filters->selection().isEmpty());
    }

    void viewsSurviveTheWindow_andAMissingListFallsBackToAll()
    {
        const int number = ++m_counter;
        {
            WindowFixture f;
            QVERIFY(f.setUp(m_dir, number, m_arxiv));
            QVERIFY(f.store.createList(QStringLiteral("gone")));
            f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("gone")));
            f.search->setText(QStringLiteral("problem"));
            views(f.window)->saveCurrentView(QStringLiteral("Problems"));
            QVERIFY(f.store.deleteList(QStringLiteral("gone")));
        }
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, number, m_arxiv));
        QCOMPARE(names(f.store), QStringLiteral("Problems"));
        QTest::keyClick(f.list, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(f.search->text(), QStringLiteral("problem"));
        QCOMPARE(f.window.pipeline()->scope(), LibraryScope::all());
    }

    void savingUnderATakenName_replaces_andImportAddsViews_bothUndoable()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        QUndoStack *undo = f.window.libraryController()->undoStack();
        f.search->setText(QStringLiteral("first"));
        views(f.window)->saveCurrentView(QStringLiteral("Mine"));
        f.search->setText(QStringLiteral("second"));
        views(f.window)->saveCurrentView(QStringLiteral("MINE"));
        QCOMPARE(names(f.store), QStringLiteral("Mine"));
        QCOMPARE(f.store.views().first().query, QStringLiteral("second"));
        undo->undo();
        QCOMPARE(f.store.views().first().query, QStringLiteral("first"));

        SavedView incoming;
        incoming.name = QStringLiteral("From a colleague");
        incoming.query = QStringLiteral("problem");
        SavedView taken = incoming;
        taken.name = QStringLiteral("mine"); // a taken name is left alone
        const LibraryStore::Entry entry{LibraryStore::paperFrom(*f.window.paperModel()->corpus(), 0), {}, {}, false};
        f.window.libraryController()->push(
            LibraryUndoCommand::importList(&f.store, QStringLiteral("shared"), {entry}, {incoming, taken}));
        QCOMPARE(names(f.store), QStringLiteral("Mine From a colleague"));
        QCOMPARE(f.store.views().first().query, QStringLiteral("first"));
        QVERIFY(f.store.hasList(QStringLiteral("shared")));
        undo->undo();
        QCOMPARE(names(f.store), QStringLiteral("Mine"));
        QVERIFY(!f.store.hasList(QStringLiteral("shared")));
        undo->redo();
        QCOMPARE(names(f.store), QStringLiteral("Mine From a colleague"));
    }

    void manageDialog_byKeysAlone_andEveryStepUndoes()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter, m_arxiv));
        for (const char *q : {"a", "b", "c"}) {
            f.search->setText(QLatin1String(q));
            views(f.window)->saveCurrentView(QLatin1String(q));
        }
        QCOMPARE(names(f.store), QStringLiteral("a b c"));
        QTest::keyClick(f.list, Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
        SavedViewsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window.findChild<SavedViewsDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QPointer<SavedViewsDialog> guard(dialog); // deleted once closed
        QListView *list = dialog->list();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);

        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(names(f.store), QStringLiteral("b a c"));
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("a"));
        QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(names(f.store), QStringLiteral("b c a"));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(names(f.store), QStringLiteral("b a c"));

        QTest::keyClick(list, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Alpha"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(names(f.store), QStringLiteral("b Alpha c"));
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Alpha"));

        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(names(f.store), QStringLiteral("b c"));
        QCOMPARE(f.window.findChild<QMenu *>(QStringLiteral("viewsMenu"))->actions().count(
                     action(f.window, "savedViewAction1")), 1);
        QCOMPARE(action(f.window, "savedViewAction1")->text(), QStringLiteral("&2 c"));

        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier); // undo delete
        QCOMPARE(names(f.store), QStringLiteral("b Alpha c"));
        QCOMPARE(f.store.views().at(1).query, QStringLiteral("a"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier); // undo rename
        QCOMPARE(names(f.store), QStringLiteral("b a c"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier); // undo the last move
        QCOMPARE(names(f.store), QStringLiteral("b c a"));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo it
        QCOMPARE(names(f.store), QStringLiteral("b a c"));

        // Enter recalls the current view and closes the dialog.
        list->setCurrentIndex(list->model()->index(2, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QCOMPARE(f.search->text(), QStringLiteral("c"));

        // The steps are on the library's stack: the window's Ctrl+Z undoes the saves too.
        QUndoStack *undo = f.window.libraryController()->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(names(f.store), QString());
    }

    // The session keeps the whole view, not only the query: the author and category facets and
    // the sort come back at the next start, with the selected paper — also when the corpus is read
    // in the background and its results come from a worker.
    void session_restoresFacetsSortAndPaper_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("read on the GUI thread") << false;
        QTest::newRow("read in the background") << true;
    }

    void session_restoresFacetsSortAndPaper()
    {
        QFETCH(bool, background);
        QSettings().clear();
        SavedView before;
        QString paper;
        QStringList chipsBefore;
        {
            MainWindow w;
            w.restoreSession(m_arxiv, m_arxiv);
            auto *filters = w.findChild<FilterController *>();
            QVERIFY(filters->includeAuthor(QStringLiteral("Bo Chen")));
            FieldSelection categories;
            categories.setState(QStringLiteral("cs"), FieldSelection::State::Included);
            QVERIFY(filters->fieldFacets()->setSelection(FieldFacetIndex::Kind::Category, categories));
            action(w, "sortAction2")->trigger(); // by first author
            w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("topic"));
            auto *list = w.findChild<QListView *>(QStringLiteral("paperList"));
            QTRY_VERIFY(list->model()->rowCount() > 1);
            list->setCurrentIndex(list->model()->index(1, 0));
            paper = w.pipeline()->currentPaperId();
            before = views(w)->currentState();
            chipsBefore = chips(w);
            QVERIFY(chipsBefore.size() >= 2); // the author, the category (and the query words)
            w.saveSession();
        }
        MainWindow::setAsyncLoadThreshold(background ? 0 : qint64(1) << 40);
        MainWindow w;
        w.restoreSession(QString(), QStringLiteral(":/nothing"));
        if (background)
            QVERIFY(!w.paperModel()->corpus()); // still being read
        QTRY_VERIFY(w.paperModel()->corpus());
        QTRY_COMPARE(w.pipeline()->currentPaperId(), paper);
        QVERIFY(views(w)->currentState().sameState(before));
        QCOMPARE(chips(w), chipsBefore);
        QVERIFY(action(w, "sortAction2")->isChecked());
        MainWindow::setAsyncLoadThreshold(qint64(1) << 20);
    }
};

QTEST_MAIN(TestSavedViewsWindow)
#include "tst_savedviewswindow.moc"
