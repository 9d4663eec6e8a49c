#include "corpus/papermodel.h"
#include "support/windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// Single keys on the papers being read: C copies the selection (Ctrl+C too, in several formats),
// B bookmarks, M marks read — in the list and the detail pane, while text fields keep the letters.
class TestPaperKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    using Fixture = WindowFixture;

    bool setUp(Fixture &f) { return f.setUp(m_dir, ++m_counter); }

    static QString idAt(const Fixture &f, int row) { return f.list->model()->index(row, 0).data(PaperRoles::IdRole).toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void copyKeys_copyEverySelectedPaper_data()
    {
        QTest::addColumn<QKeyCombination>("key");
        QTest::addColumn<QString>("firstLineStart");
        QTest::addColumn<int>("lines");
        QTest::newRow("C: plain text") << QKeyCombination(Qt::Key_C) << QString() << -1;
        QTest::newRow("Ctrl+C: plain text") << QKeyCombination(Qt::CTRL | Qt::Key_C) << QString() << -1;
        QTest::newRow("Ctrl+Shift+C: Markdown") << QKeyCombination(Qt::CTRL | Qt::SHIFT | Qt::Key_C) << u"**"_qs << -1;
        QTest::newRow("Ctrl+Alt+B: BibTeX") << QKeyCombination(Qt::CTRL | Qt::ALT | Qt::Key_B) << u"@misc{"_qs << -1;
        QTest::newRow("Ctrl+Alt+I: ids") << QKeyCombination(Qt::CTRL | Qt::ALT | Qt::Key_I) << QString() << 2;
    }

    void copyKeys_copyEverySelectedPaper()
    {
        QFETCH(QKeyCombination, key);
        QFETCH(QString, firstLineStart);
        QFETCH(int, lines);
        Fixture f;
        QVERIFY(setUp(f));
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(f.list, Qt::Key_Down, Qt::ShiftModifier); // rows 0 and 1
        QTRY_COMPARE(f.list->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(f.list, key.key(), key.keyboardModifiers());
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString text = QGuiApplication::clipboard()->text();
        const auto corpus = f.window.paperModel()->corpus();
        for (int row : {0, 1}) {
            const int source = f.list->model()->index(row, 0).data(PaperRoles::CorpusIndexRole).toInt();
            QVERIFY2(text.contains(idAt(f, row)) || text.contains(corpus->abstract(source).left(40)),
                     qPrintable(text.left(300)));
        }
        if (!firstLineStart.isEmpty())
            QVERIFY2(text.startsWith(firstLineStart), qPrintable(text.left(80)));
        if (lines > 0)
            QCOMPARE(text, idAt(f, 0) + u'\n' + idAt(f, 1) + u'\n');
        QCOMPARE(f.search->text(), QString()); // C did not jump into the search field
    }

    void singleKeys_bookmarkAndMarkRead_inTheListAndTheDetailPane()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString first = idAt(f, 0);
        QTest::keyClick(f.list, Qt::Key_B);
        QTRY_VERIFY(f.store.isBookmarked(first));
        QTest::keyClick(f.list, Qt::Key_M);
        QTRY_VERIFY(f.store.isRead(first));

        auto *browser = f.window.findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
        QVERIFY(browser);
        browser->setFocus();
        QTRY_VERIFY(browser->hasFocus());
        QTest::keyClick(browser, Qt::Key_B);
        QTRY_VERIFY(!f.store.isBookmarked(first));
    }

    void singleKeys_typeIntoTheSearchField()
    {
        Fixture f;
        QVERIFY(setUp(f));
        f.search->setFocus();
        QTest::keyClicks(f.search, QStringLiteral("bmcl"));
        QCOMPARE(f.search->text(), QStringLiteral("bmcl"));
        QVERIFY(!f.store.isBookmarked(idAt(f, 0)));
        QVERIFY(!f.store.isRead(idAt(f, 0)));
    }
};

QTEST_MAIN(TestPaperKeys)
#include "tst_paperkeys.moc"
