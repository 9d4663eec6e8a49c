#include "library/libraryexporter.h"
#include "library/librarypanel.h"
#include "library/listexportdialog.h"
#include "library/listtransferactions.h"
#include "support/windowfixture.h"
#include "corpus/corpusparser.h"
#include "corpus/papermodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

// Library ▸ Export List… and Import List… in the window, by keyboard: the exported bytes are the
// command line's (both go through LibraryExporter::documentFor and format), errors keep the user's work.
class TestListTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::shared_ptr<const Corpus> m_corpus; // read as `skimmer --export-list … --corpus` reads it

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Two lists ("alpha" sorts first, so reaching "to read" takes a key) with papers from the corpus.
    static void fillLists(WindowFixture &f)
    {
        QVERIFY(f.list->model()->rowCount() >= 3);
        QList<LibraryStore::Paper> papers;
        for (int row = 0; row < 3; ++row)
            papers.append({f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString(),
                           f.list->model()->index(row, 0).data(PaperRoles::AuthorLabelRole).toString(),
                           f.list->model()->index(row, 0).data(PaperRoles::HeadlineRole).toString()});
        QVERIFY(f.store.addToList(QStringLiteral("alpha"), papers.mid(0, 1)));
        QVERIFY(f.store.addToList(QStringLiteral("to read"), papers.mid(1, 2)));
        QVERIFY(f.store.setNote(QStringLiteral("to read"), papers[1].id, QStringLiteral("a *note*")));
    }
    static ListExportDialog *openDialog(WindowFixture &f)
    {
        QTest::keyClick(f.list, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = f.window.findChild<ListExportDialog *>(QStringLiteral("listExportDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    QByteArray cliBytes(const WindowFixture &f, const QString &list, LibraryExporter::Format format)
    {
        LibraryExporter::Document doc;
        if (!LibraryExporter::documentFor(f.store, list, &doc))
            return {};
        return LibraryExporter::format(doc, format, format == LibraryExporter::Format::Json ? nullptr : m_corpus.get());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const auto parsed = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        m_corpus = parsed.corpus;
    }
    void init()
    {
        QSettings().setValue(QStringLiteral("library/exportDirectory"), m_dir.path());
    }

    void toReadAsMarkdown_takesThreeKeys()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        // Keys from a fresh window: 1 Ctrl+Shift+E opens the dialog on the first list ("alpha"),
        // 2 "t" picks "to read" in the focused list box (Markdown and the file name are the defaults),
        // 3 Enter exports. 3 keys, within the 8.
        ListExportDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        auto *listCombo = dialog->findChild<QComboBox *>(QStringLiteral("exportListCombo"));
        QTRY_COMPARE(QApplication::focusWidget(), listCombo);
        QCOMPARE(listCombo->currentText(), QStringLiteral("alpha"));
        QTest::keyClick(listCombo, Qt::Key_T);
        QCOMPARE(listCombo->currentText(), QStringLiteral("to read"));
        const QString path = m_dir.filePath(QStringLiteral("to read.md"));
        QCOMPARE(dialog->path(), path);
        QTest::keyClick(listCombo, Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<ListExportDialog *>());
        const QByteArray bytes = read(path);
        QVERIFY(bytes.contains("a \\*note\\*"));
        QCOMPARE(bytes, cliBytes(f, QStringLiteral("to read"), LibraryExporter::Format::Markdown));
    }

    void everyFormat_equalsTheCommandLine_data()
    {
        QTest::addColumn<int>("formatRow");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << 1 << int(LibraryExporter::Format::Csv) << QStringLiteral("to read.csv");
        QTest::newRow("json") << 2 << int(LibraryExporter::Format::Json) << QStringLiteral("to read.json");
        QTest::newRow("bibtex") << 3 << int(LibraryExporter::Format::Bibtex) << QStringLiteral("to read.bib");
    }
    void everyFormat_equalsTheCommandLine()
    {
        QFETCH(int, formatRow);
        QFETCH(int, format);
        QFETCH(QString, file);
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        // The list in scope is the default.
        f.window.libraryController()->panel()->setScope(LibraryScope::list(QStringLiteral("to read")));
        ListExportDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("exportListCombo"))->currentText(), QStringLiteral("to read"));
        auto *formats = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        formats->setFocus();
        for (int i = 0; i < formatRow; ++i)
            QTest::keyClick(formats, Qt::Key_Down);
        QCOMPARE(dialog->path(), m_dir.filePath(file));
        QTest::keyClick(formats, Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<ListExportDialog *>());
        QCOMPARE(read(m_dir.filePath(file)), cliBytes(f, QStringLiteral("to read"), LibraryExporter::Format(format)));
    }

    void existingFile_isReplacedOnlyWhenConfirmed()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        const QString path = m_dir.filePath(QStringLiteral("mine.md"));
        write(path, "the user's own file");
        ListExportDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("exportErrorLabel"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
        QCOMPARE(read(path), QByteArray("the user's own file"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<ListExportDialog *>());
        QCOMPARE(read(path), cliBytes(f, QStringLiteral("alpha"), LibraryExporter::Format::Markdown));
    }

    void unwritablePath_keepsTheDialogAndSaysWhy()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        ListExportDialog *dialog = openDialog(f);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
        const QString path = m_dir.filePath(QStringLiteral("no such folder/x.md"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, path);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("exportErrorLabel"));
        QVERIFY(dialog->isVisible());
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("Cannot write")), qPrintable(error->text()));
        QCOMPARE(dialog->path(), path); // what the user typed is still there to fix
        QVERIFY(!QFile::exists(path));
        QTest::keyClick(edit, Qt::Key_Escape);
        QTRY_VERIFY(!f.window.findChild<ListExportDialog *>());
    }

    void import_byKeyboard_isOneUndoableChange()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        const QString id = f.store.entries(QStringLiteral("alpha")).constFirst().paper.id;
        const auto before = f.store.entries(QStringLiteral("to read"));
        QVERIFY(!f.store.isRead(id));
        // An export of "to read" with alpha's paper appended, read and noted.
        QByteArray json = cliBytes(f, QStringLiteral("to read"), LibraryExporter::Format::Json);
        auto parsed = LibraryExporter::parseJson(json);
        QVERIFY(parsed.ok());
        parsed.document.entries.append({f.store.entries(QStringLiteral("alpha")).constFirst().paper, QStringLiteral("n"),
                                        QDateTime::currentDateTimeUtc(), true});
        const QString path = m_dir.filePath(QStringLiteral("import%1.json").arg(m_counter));
        write(path, LibraryExporter::format(parsed.document, LibraryExporter::Format::Json, nullptr));

        QTest::keyClick(f.list, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = f.window.findChild<QFileDialog *>(QStringLiteral("importFileDialog"))) && files->isVisible());
        QTRY_VERIFY(QTest::qWaitForWindowActive(files));
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTRY_COMPARE(QApplication::focusWidget(), name); // the dialog starts in its file name field
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(f.store.entries(QStringLiteral("to read")).size(), before.size() + 1);
        QVERIFY(f.store.isRead(id));
        QCOMPARE(f.store.entries(QStringLiteral("to read")).constLast().note, QStringLiteral("n"));

        QTRY_VERIFY(!f.window.findChild<QFileDialog *>());
        QApplication::setActiveWindow(&f.window); // the offscreen platform does not hand activation back
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QTest::keyClick(f.list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.store.entries(QStringLiteral("to read")), before);
        QVERIFY(!f.store.isRead(id));
        f.window.libraryController()->undoStack()->redo();
        QCOMPARE(f.store.entries(QStringLiteral("to read")).size(), before.size() + 1);
    }

    void import_newListAndBookmarks_undoRemovesThem()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        auto *transfer = f.window.libraryController()->listTransfer();
        LibraryExporter::Document doc{QStringLiteral("fresh"), f.store.entries(QStringLiteral("to read"))};
        const QString path = m_dir.filePath(QStringLiteral("fresh%1.json").arg(m_counter));
        write(path, LibraryExporter::format(doc, LibraryExporter::Format::Json, nullptr));
        QVERIFY(transfer->importFile(path));
        QCOMPARE(f.store.entries(QStringLiteral("fresh")).size(), doc.entries.size());
        doc.name = LibraryStore::kBookmarksName;
        write(path, LibraryExporter::format(doc, LibraryExporter::Format::Json, nullptr));
        QVERIFY(transfer->importFile(path));
        QCOMPARE(f.store.bookmarks().size(), doc.entries.size());
        QUndoStack *undo = f.window.libraryController()->undoStack();
        undo->undo();
        QVERIFY(f.store.bookmarks().isEmpty());
        undo->undo();
        QVERIFY(!f.store.hasList(QStringLiteral("fresh")));
    }

    void badJson_namesTheLine_andChangesNothing()
    {
        WindowFixture f;
        QVERIFY(f.setUp(m_dir, ++m_counter));
        fillLists(f);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        write(path, "{\n  \"format\": \"skimmer-list\",\n  \"name\" \"x\"\n}\n");
        const auto lists = f.store.lists();
        QVERIFY(!f.window.libraryController()->listTransfer()->importFile(path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = f.window.findChild<QMessageBox *>(QStringLiteral("importErrorBox"))) && box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("line 3")), qPrintable(box->text()));
        QCOMPARE(f.store.lists(), lists);
        QCOMPARE(f.window.libraryController()->undoStack()->count(), 0);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!f.window.findChild<QMessageBox *>(QStringLiteral("importErrorBox")));
    }
};

QTEST_MAIN(TestListTransfer)
#include "tst_listtransfer.moc"
