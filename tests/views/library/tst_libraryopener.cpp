#include "library/libraryopener.h"
#include "library/librarystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The window's answer to a damaged library: a message box that says what is wrong and offers
// read-only (a newer Skimmer's library), a fresh library (the old file moved aside unchanged) or no
// library. The test plays the user: it waits for each modal box and clicks a button by objectName.
class TestLibraryOpener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    static bool setUserVersion(const QString &path, int version)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    // A library with some content, then damaged as asked.
    bool makeDamaged(const QString &path, const QString &damage)
    {
        {
            LibraryStore store;
            if (!store.open(path))
                return false;
            for (int i = 0; i < 40; ++i)
                if (!store.addToList(QStringLiteral("list %1").arg(i % 4),
                                     {{QStringLiteral("paper-%1").arg(i), QString(200, QLatin1Char('a')), QString(400, QLatin1Char('h'))}}))
                    return false;
        }
        if (damage == QLatin1String("newer"))
            return setUserVersion(path, LibraryStore::kSchemaVersion + 1);
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        if (damage == QLatin1String("random")) {
            QRandomGenerator random(42);
            for (char &c : bytes)
                c = char(random.bounded(256));
        } else {
            bytes.truncate(bytes.size() / 2);
        }
        return f.resize(0) && f.seek(0) && f.write(bytes) == bytes.size();
    }

    // Clicks, in each modal message box as it appears, the button named for that box.
    struct User
    {
        QHash<QString, QString> clicks; // box objectName -> button objectName (empty: the OK button)
        QStringList seen;               // "objectName: text" of each box
    };
    static void playUser(User *user, QTimer *timer)
    {
        QObject::connect(timer, &QTimer::timeout, timer, [user] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("tst_handled").toBool())
                return;
            box->setProperty("tst_handled", true);
            user->seen << box->objectName() + QStringLiteral(": ") + box->text();
            const QString name = user->clicks.value(box->objectName());
            QAbstractButton *button = name.isEmpty() ? box->button(QMessageBox::Ok) : box->findChild<QAbstractButton *>(name);
            if (!button) {
                user->seen << QStringLiteral("no button %1").arg(name);
                box->reject();
                return;
            }
            button->click();
        });
        timer->start(20);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damagedLibrary_askedUser_fileStaysByteForByte_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("says");
        const QString notLibrary = QStringLiteral("is not a Skimmer library");
        const QString damaged = QStringLiteral("damaged");
        const QString newer = QStringLiteral("written by a newer Skimmer");
        QTest::newRow("random bytes, fresh") << "random" << "libraryFreshButton" << notLibrary;
        QTest::newRow("random bytes, none") << "random" << "libraryWithoutButton" << notLibrary;
        QTest::newRow("truncated, fresh") << "truncate" << "libraryFreshButton" << damaged;
        QTest::newRow("truncated, none") << "truncate" << "libraryWithoutButton" << damaged;
        QTest::newRow("newer, read-only") << "newer" << "libraryReadOnlyButton" << newer;
        QTest::newRow("newer, fresh") << "newer" << "libraryFreshButton" << newer;
        QTest::newRow("newer, none") << "newer" << "libraryWithoutButton" << newer;
    }
    void damagedLibrary_askedUser_fileStaysByteForByte()
    {
        QFETCH(QString, damage);
        QFETCH(QString, choice);
        QFETCH(QString, says);
        const QString dir = m_dir.filePath(QString::number(++m_counter));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/library.sqlite");
        QVERIFY(makeDamaged(path, damage));
        const QByteArray before = hashOf(path);

        QWidget window;
        window.show();
        User user;
        user.clicks.insert(QStringLiteral("libraryProblemBox"), choice);
        QTimer timer;
        playUser(&user, &timer);
        LibraryStore store;
        const bool opened = LibraryOpener::open(store, path, &window);
        timer.stop();

        QVERIFY2(!user.seen.isEmpty() && user.seen.first().startsWith(QStringLiteral("libraryProblemBox: ")), qPrintable(user.seen.join('\n')));
        QVERIFY2(user.seen.first().contains(says) && user.seen.first().contains(path), qPrintable(user.seen.first()));
        QVERIFY2(!user.seen.join('\n').contains(QStringLiteral("no button")), qPrintable(user.seen.join('\n')));
        if (choice == QLatin1String("libraryWithoutButton")) {
            QVERIFY(!opened);
            QVERIFY(!store.isOpen());
            QCOMPARE(hashOf(path), before);
        } else if (choice == QLatin1String("libraryReadOnlyButton")) {
            QVERIFY(opened);
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.lists().size(), 4); // the user's lists are readable
            QVERIFY(!store.createList(QStringLiteral("new")));
            store.close();
            QCOMPARE(hashOf(path), before);
        } else {
            QVERIFY(opened);
            QVERIFY(!store.isReadOnly());
            QVERIFY(store.lists().isEmpty());
            QStringList aside = QDir(dir).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
            aside.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
            QCOMPARE(aside.size(), 1);
            QCOMPARE(hashOf(dir + QLatin1Char('/') + aside.first()), before);
            QCOMPARE(user.seen.size(), 2); // then told where the old file is
            QVERIFY2(user.seen[1].startsWith(QStringLiteral("libraryKeptAsideBox: ")) && user.seen[1].contains(aside.first()),
                     qPrintable(user.seen[1]));
        }
    }

    void readOnly_isNotOffered_whenTheFileCannotBeRead()
    {
        const QString dir = m_dir.filePath(QString::number(++m_counter));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/library.sqlite");
        QVERIFY(makeDamaged(path, QStringLiteral("random")));
        QWidget window;
        window.show();
        User user;
        user.clicks.insert(QStringLiteral("libraryProblemBox"), QStringLiteral("libraryReadOnlyButton"));
        QTimer timer;
        playUser(&user, &timer);
        LibraryStore store;
        QVERIFY(!LibraryOpener::open(store, path, &window));
        QVERIFY2(user.seen.join('\n').contains(QStringLiteral("no button libraryReadOnlyButton")), qPrintable(user.seen.join('\n')));
    }
};

QTEST_MAIN(TestLibraryOpener)
#include "tst_libraryopener.moc"
