#include "corpus/papermodel.h"
#include "image/imagesaver.h"
#include "pipeline/resultspipeline.h"
#include "search/searchcontroller.h"
#include "window/actionlistmodel.h"
#include "window/filecontroller.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList images(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.img"), QStringLiteral("*.tmp")}, QDir::Files);
}

QStringList shownIds(MainWindow &w)
{
    QStringList ids;
    const QAbstractItemModel *m = w.findChild<QListView *>(QStringLiteral("paperList"))->model();
    for (int i = 0; i < m->rowCount(); ++i)
        ids << m->index(i, 0).data(PaperRoles::IdRole).toString();
    return ids;
}
} // namespace

// Issue 13: the window reopens a corpus from its saved index image, written in the background after
// the first open, and File ▸ Clear Index Cache removes it.
class TestWindowImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_images;
    QString m_corpus;

    static FileController *files(MainWindow &w) { return w.findChild<FileController *>(); }

    // Opens m_corpus in a fresh window, waits until it is searchable, and returns what "graph" finds.
    QStringList openAndSearch(MainWindow &w)
    {
        if (!w.openFile(m_corpus))
            return {u"open failed"_qs};
        auto *search = w.findChild<ResultsPipeline *>()->search();
        if (!QTest::qWaitFor([search] { return search->index() != nullptr; }, 20000))
            return {u"not indexed"_qs};
        w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("graph"));
        if (!QTest::qWaitFor([search] { return search->index() && search->queryText() == u"graph"_qs; }))
            return {u"query not run"_qs};
        QTest::qWait(50);
        return shownIds(w);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_images = m_dir.filePath(QStringLiteral("images"));
        FileController::setImageCacheFolder(m_images);
        m_corpus = m_dir.filePath(QStringLiteral("corpus.txt"));
        QVERIFY(QFile::copy(QStringLiteral(SKIMMER_SHIPPED_CORPUS), m_corpus));
    }

    void secondOpen_usesTheImage_data()
    {
        QTest::addColumn<qint64>("asyncBytes");
        QTest::newRow("on the GUI thread") << qint64(16) * 1024 * 1024;
        QTest::newRow("in the loader's worker") << qint64(0);
    }

    void secondOpen_usesTheImage()
    {
        QFETCH(qint64, asyncBytes);
        QDir(m_images).removeRecursively();
        FileController::setAsyncLoadThreshold(asyncBytes);
        QStringList first;
        {
            MainWindow w;
            QSignalSpy saved(files(w)->imageSaver(), &ImageSaver::finished);
            first = openAndSearch(w);
            QVERIFY(!files(w)->isFromImage());
            QVERIFY(!w.findChild<ResultsPipeline *>()->search()->isIndexOffered());
            QVERIFY(saved.count() == 1 || saved.wait(20000)); // in the background, after indexing
            QCOMPARE(saved.first().at(1).toBool(), true);
            QCOMPARE(images(m_images).size(), 1);
            QVERIFY(images(m_images).first().endsWith(u".img"_qs));
        }
        QVERIFY(first.size() > 1);
        MainWindow w;
        QSignalSpy saved(files(w)->imageSaver(), &ImageSaver::finished);
        QCOMPARE(openAndSearch(w), first);
        QVERIFY(files(w)->isFromImage());
        QVERIFY(w.findChild<ResultsPipeline *>()->search()->isIndexOffered());
        QCOMPARE(w.paperModel()->rowCount() > 0, true);
        QTest::qWait(100);
        QCOMPARE(saved.count(), 0); // nothing to write again
        FileController::setAsyncLoadThreshold(1024 * 1024);
    }

    void damagedImage_isReadAgain()
    {
        QDir(m_images).removeRecursively();
        QStringList first;
        {
            MainWindow w;
            QSignalSpy saved(files(w)->imageSaver(), &ImageSaver::finished);
            first = openAndSearch(w);
            QVERIFY(saved.count() == 1 || saved.wait(20000));
        }
        QFile image(QDir(m_images).filePath(images(m_images).value(0)));
        QVERIFY(image.open(QIODevice::ReadWrite));
        image.seek(image.size() / 2);
        image.write("damaged!");
        image.close();
        MainWindow w;
        QSignalSpy saved(files(w)->imageSaver(), &ImageSaver::finished);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"index image of .* was damaged"_qs));
        QCOMPARE(openAndSearch(w), first);
        QVERIFY(!files(w)->isFromImage());
        QVERIFY(saved.count() == 1 || saved.wait(20000)); // and rebuilt
        QCOMPARE(saved.first().at(1).toBool(), true);
    }

    void clearCache_removesTheImagesAndSaysHowMuch()
    {
        MainWindow w;
        QSignalSpy saved(files(w)->imageSaver(), &ImageSaver::finished);
        openAndSearch(w);
        QTRY_COMPARE(images(m_images).size(), 1);
        auto *clear = w.findChild<QAction *>(QStringLiteral("clearCacheAction"));
        QVERIFY(clear);
        // In the command palette, under File, and reachable by its mnemonic.
        ActionListModel palette;
        palette.setWindow(&w, ActionListModel::AllActions);
        bool listed = false;
        for (int i = 0; i < palette.rowCount(); ++i)
            listed |= palette.index(i, 0).data(ActionListModel::ActionRole).value<QAction *>() == clear
                && palette.index(i, ActionListModel::MenuColumn).data().toString().contains(u"File"_qs);
        QVERIFY(listed);
        QVERIFY(clear->text().contains(u'&'));
        clear->trigger();
        QVERIFY(images(m_images).isEmpty());
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(QRegularExpression(u"^Removed 1 saved index image(\\(s\\))?, freeing [0-9.]+ [KMG]?i?B\\.$"_qs).match(message).hasMatch(),
                 qPrintable(message));
    }
};

QTEST_MAIN(TestWindowImage)
#include "tst_windowimage.moc"
