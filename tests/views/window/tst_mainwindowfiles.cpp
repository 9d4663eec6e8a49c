#include "window/languagemenu.h"
#include "window/mainwindow.h"
#include "widgets/noticebar.h"
#include "corpus/papermodel.h"
#include "session/recentfiles.h"

#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

namespace {
const QByteArray kTwoPapers = "Ada Lovelace, Charles Babbage\ntl;dr: engines\nAn analytical engine abstract.\n\n"
                              "Alan Turing\nComputing machinery and intelligence.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

// Opening, dropping, reloading and watching files, and the session restored between runs.
class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QListView *list(MainWindow &w) { return w.findChild<QListView *>(QStringLiteral("paperList")); }
    static NoticeBar *notice(MainWindow &w) { return w.findChild<NoticeBar *>(QStringLiteral("noticeBar")); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void session_roundTripsCorpusQuerySelectionAndGeometry()
    {
        const QString path = QStringLiteral(SKIMMER_SHIPPED_CORPUS);
        QString selected;
        {
            MainWindow w;
            w.restoreSession(path, path);
            w.resize(900, 640);
            w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("graph"));
            QListView *view = list(w);
            QVERIFY(view->model()->rowCount() > 3);
            view->setCurrentIndex(view->model()->index(3, 0));
            selected = view->currentIndex().data(PaperRoles::IdRole).toString();
            w.saveSession();
        }
        MainWindow w;
        w.restoreSession(QString(), QStringLiteral(":/nothing"));
        QCOMPARE(w.corpusPath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(), QStringLiteral("graph"));
        QCOMPARE(list(w)->currentIndex().data(PaperRoles::IdRole).toString(), selected);
        QCOMPARE(w.size(), QSize(900, 640));
    }

    void missingLastCorpus_fallsBackWithANotice()
    {
        QSettings().setValue(QStringLiteral("session/corpus"), m_dir.filePath(QStringLiteral("gone.txt")));
        MainWindow w;
        w.restoreSession(QString(), QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QCOMPARE(w.paperModel()->rowCount(), 434);
        QVERIFY(notice(w)->isVisibleTo(&w));
        QVERIFY2(notice(w)->text().contains(QStringLiteral("gone.txt")), qPrintable(notice(w)->text()));
    }

    void notACorpus_keepsCurrentAndExplains()
    {
        const QString binary = m_dir.filePath(QStringLiteral("binary.txt"));
        QVERIFY(writeFile(binary, QByteArray("\x7f" "ELF\0\0\0", 7)));
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        QVERIFY(!w.openFile(binary));
        QCOMPARE(w.paperModel()->rowCount(), 434);
        QVERIFY(notice(w)->text().contains(QStringLiteral("binary.txt")));
        QVERIFY(notice(w)->text().contains(QStringLiteral("iclr2021-abstracts.txt")));
    }

    void largeFile_loadsInTheBackgroundWithProgress()
    {
        MainWindow::setAsyncLoadThreshold(0); // every file counts as large
        MainWindow w;
        auto *progress = w.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
        auto *cancel = w.findChild<QPushButton *>(QStringLiteral("loadCancelButton"));
        QVERIFY(progress && cancel);
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        QVERIFY(!progress->isHidden()); // the call returns at once; the worker parses
        QVERIFY(!cancel->isHidden());
        QTRY_COMPARE(w.paperModel()->rowCount(), 434);
        QTRY_VERIFY(progress->isHidden());
        QVERIFY(cancel->isHidden());
        // "Loading …" does not stay: the status bar shows the paper count again.
        QVERIFY2(w.statusBar()->currentMessage().isEmpty(), qPrintable(w.statusBar()->currentMessage()));
        MainWindow::setAsyncLoadThreshold(16 * 1024 * 1024);
    }

    void largeFile_cancelKeepsTheCurrentCorpus()
    {
        // A big file (the shipped corpus 200 times over) so the worker is still busy when Cancel comes.
        QFile shipped(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(writeFile(big, (shipped.readAll() + ".\n").repeated(200)));
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        MainWindow::setAsyncLoadThreshold(0);
        QVERIFY(w.openFile(big));
        w.findChild<QPushButton *>(QStringLiteral("loadCancelButton"))->click();
        QTRY_VERIFY(w.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isHidden());
        QCOMPARE(w.paperModel()->rowCount(), 434);
        QVERIFY(notice(w)->text().contains(QStringLiteral("cancelled")));
        MainWindow::setAsyncLoadThreshold(16 * 1024 * 1024);
    }

    // Issue 17, finding 4: a FIFO without a writer blocked the GUI thread in open() before the
    // window appeared. It now loads in the background, and Cancel ends the wait.
    void fifoWithoutWriter_waitsInTheBackgroundAndCancels()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("nowriter.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        QVERIFY(w.openFile(fifo)); // returns at once: nothing has been read yet
        auto *progress = w.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
        QVERIFY(!progress->isHidden());
        w.findChild<QPushButton *>(QStringLiteral("loadCancelButton"))->click();
        QTRY_VERIFY(progress->isHidden());
        QCOMPARE(w.paperModel()->rowCount(), 434);
        QVERIFY(notice(w)->text().contains(QStringLiteral("cancelled")));
    }

    void diagnostics_showBannerWithLineNumbers()
    {
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        NoticeBar *bar = notice(w);
        QVERIFY(bar->isVisibleTo(&w));
        QVERIFY2(bar->text().startsWith(QStringLiteral("1 problem")), qPrintable(bar->text()));
        QVERIFY(!bar->detailsVisible());
        QTest::mouseClick(w.findChild<QWidget *>(QStringLiteral("noticeDetailsButton")), Qt::LeftButton);
        QVERIFY(bar->detailsVisible());
        QVERIFY2(bar->details().startsWith(QStringLiteral("Line ")), qPrintable(bar->details()));
    }

    void diagnostics_areToldOncePerFile_andStayReachable()
    {
        {
            MainWindow first;
            QVERIFY(first.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
            QVERIFY(notice(first)->isVisibleTo(&first));
        }
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS)));
        QVERIFY(!notice(w)->isVisibleTo(&w)); // seen before: the second start is quiet
        auto *button = w.findChild<QToolButton *>(QStringLiteral("problemsButton"));
        QVERIFY(button && button->isVisibleTo(&w));
        QVERIFY2(button->text().contains(QStringLiteral("1 problem")), qPrintable(button->text()));
        auto *action = w.findChild<QAction *>(QStringLiteral("showProblemsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(notice(w)->isVisibleTo(&w));
        QVERIFY(notice(w)->detailsVisible());
        QVERIFY2(notice(w)->details().startsWith(QStringLiteral("Line ")), qPrintable(notice(w)->details()));
        // A clean file has nothing to show.
        const QString clean = m_dir.filePath(QStringLiteral("clean.txt"));
        QVERIFY(writeFile(clean, kTwoPapers));
        QVERIFY(w.openFile(clean));
        QVERIFY(!notice(w)->isVisibleTo(&w));
        QVERIFY(!button->isVisibleTo(&w));
        QVERIFY(!action->isEnabled());
    }

    void shippedCorpus_isReachableFromTheFileMenu()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(writeFile(other, kTwoPapers));
        MainWindow w;
        w.restoreSession(other, QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QCOMPARE(w.paperModel()->rowCount(), 2);
        auto *action = w.findChild<QAction *>(QStringLiteral("openShippedAction"));
        QVERIFY(action && action->isVisible());
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions().contains(action));
        action->trigger();
        QCOMPARE(w.paperModel()->rowCount(), 434);
    }

    void droppedFile_opensAndEntersRecentFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.txt"));
        QVERIFY(writeFile(path, kTwoPapers));
        MainWindow w;
        w.openFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QCOMPARE(w.paperModel()->rowCount(), 2);
        RecentFiles recent;
        QCOMPARE(recent.files().value(0), path);
    }

    void changedFile_reloadsKeepingQueryAndSelection()
    {
        const QString path = m_dir.filePath(QStringLiteral("watched.txt"));
        QVERIFY(writeFile(path, kTwoPapers));
        MainWindow w;
        QVERIFY(w.openFile(path));
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("machinery"));
        QListView *view = list(w);
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString id = view->currentIndex().data(PaperRoles::IdRole).toString();
        // A new paper in front: the selected paper moves but keeps its id.
        QVERIFY(writeFile(path, "Grace Hopper, Alan Turing\nCompilers are machinery for everyone.\n\n" + kTwoPapers));
        QTRY_COMPARE(w.paperModel()->rowCount(), 3);
        QCOMPARE(search->text(), QStringLiteral("machinery"));
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->currentIndex().data(PaperRoles::IdRole).toString(), id);
    }

    void languageChoice_isSavedAndSaysItAppliesAtNextStart()
    {
        LanguageMenu menu({QStringLiteral("de"), QStringLiteral("en")});
        QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
        auto *german = menu.findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        QVERIFY(menu.findChild<QAction *>(QStringLiteral("language_system"))->isChecked());
        german->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
        QVERIFY(chosen.at(0).at(1).toString().contains(QStringLiteral("next time it starts")));
        QCOMPARE(QSettings().value(QLatin1String(LanguageMenu::kSettingsKey)).toString(), QStringLiteral("de"));
        LanguageMenu reopened({QStringLiteral("de"), QStringLiteral("en")});
        QVERIFY(reopened.findChild<QAction *>(QStringLiteral("language_de"))->isChecked());
    }

    void recentFiles_keepTenAndPruneMissing()
    {
        RecentFiles recent;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << m_dir.filePath(QStringLiteral("r%1.txt").arg(i));
            QVERIFY(writeFile(paths.last(), kTwoPapers));
            recent.add(paths.last());
        }
        QCOMPARE(recent.files().size(), RecentFiles::kMaxEntries);
        QCOMPARE(recent.files().first(), paths.last());
        QVERIFY(QFile::remove(paths.last()));
        QCOMPARE(recent.files().first(), paths.at(10));
        QCOMPARE(recent.files().size(), 9);
    }
};

QTEST_MAIN(TestMainWindowFiles)
#include "tst_mainwindowfiles.moc"
