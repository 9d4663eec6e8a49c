#include "search/searchhistory.h"
#include "search/searchhistorypopup.h"
#include "search/searchhistoryrecorder.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

// What enters the search history: a query the reader dwelt on (also when it is cleared with Esc
// afterwards), Enter, never a fragment or a query that showed nothing; typing on replaces the
// shorter query. And the history button's chevron follows a theme switch.
class TestSearchHistoryRecorder : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QLineEdit field;
        SearchHistory history;
        int results = 10;
        SearchHistoryRecorder *recorder = nullptr;
        QTimer *dwell = nullptr;
        bool start()
        {
            recorder = new SearchHistoryRecorder(&field, &history, [this] { return results; });
            recorder->setDwellMs(30);
            dwell = field.findChild<QTimer *>(QStringLiteral("searchDwellTimer"));
            field.show();
            QApplication::setActiveWindow(&field);
            return dwell && QTest::qWaitForWindowActive(&field);
        }
        // Types text and lets the reader look at it until the dwell time has passed.
        void dwellOn(const QString &text)
        {
            QTest::keyClicks(&field, text);
            QTRY_VERIFY(!dwell->isActive());
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aQueryLookedAt_isKept_evenWhenClearedAfterwards()
    {
        Setup s;
        QVERIFY(s.start());
        s.dwellOn(QStringLiteral("lipschitz"));
        QCOMPARE(s.history.stringList(), QStringList{QStringLiteral("lipschitz")});
        QTest::keyClick(&s.field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&s.field, Qt::Key_Delete); // cleared, as Esc does
        QCOMPARE(s.history.stringList(), QStringList{QStringLiteral("lipschitz")});
    }

    void fragments_andQueriesThatShowNothing_areSkipped()
    {
        Setup s;
        QVERIFY(s.start());
        s.dwellOn(QStringLiteral("l"));
        s.field.clearFocus(); // focus out: a commit, but of a fragment
        QVERIFY(s.history.stringList().isEmpty());
        s.field.clear();
        s.results = 0;
        s.dwellOn(QStringLiteral("zzyzx"));
        QVERIFY(s.history.stringList().isEmpty());
        // A query typed in a hurry and gone is not kept either.
        s.results = 5;
        s.recorder->setDwellMs(60 * 60 * 1000);
        QTest::keyClicks(&s.field, QStringLiteral("q"));
        s.field.clear();
        QVERIFY(!s.dwell->isActive());
        QVERIFY(s.history.stringList().isEmpty());
    }

    void typingOn_replacesTheShorterQuery_enterCommitsAtOnce()
    {
        Setup s;
        QVERIFY(s.start());
        s.dwellOn(QStringLiteral("neur"));
        s.dwellOn(QStringLiteral("al"));
        QCOMPARE(s.history.stringList(), QStringList{QStringLiteral("neural")});
        s.field.clear();
        s.recorder->setDwellMs(60 * 60 * 1000);
        s.field.setFocus();
        QTest::keyClicks(&s.field, QStringLiteral("bandit"));
        QTest::keyClick(&s.field, Qt::Key_Return);
        QCOMPARE(s.history.stringList(), (QStringList{QStringLiteral("bandit"), QStringLiteral("neural")}));
    }

    void theChevron_followsAThemeSwitch()
    {
        QLineEdit field;
        SearchHistory history;
        new SearchHistoryPopup(&field, &history);
        auto *button = field.findChild<QAction *>(QStringLiteral("searchHistoryButton"));
        QVERIFY(button);
        const QImage light = button->icon().pixmap(16, 16).toImage();
        QPalette dark = field.palette();
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Base, Qt::black);
        field.setPalette(dark);
        QVERIFY(button->icon().pixmap(16, 16).toImage() != light);
    }
};

QTEST_MAIN(TestSearchHistoryRecorder)
#include "tst_searchhistoryrecorder.moc"
