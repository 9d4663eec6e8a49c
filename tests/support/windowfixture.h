#pragma once

#include "library/librarycontroller.h"
#include "library/librarystore.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

// A main window on a corpus with a fresh library in a temporary folder, shown and active, the paper
// list focused: what the GUI tests of the library, the filters and the keys start from.
struct WindowFixture
{
    MainWindow window;
    LibraryStore store;
    QListView *list = nullptr;
    QLineEdit *search = nullptr;

    // Each call in one test program needs its own library file: pass a new number.
    bool setUp(const QTemporaryDir &dir, int number, const QString &corpus = QStringLiteral(SKIMMER_SHIPPED_CORPUS))
    {
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("lib%1.sqlite").arg(number))) || !window.openCorpusFile(corpus, &error))
            return false;
        window.setLibraryStore(&store);
        window.libraryController()->setAutoReadDelay(10 * 60 * 1000); // tests mark papers read themselves
        window.show();
        QApplication::setActiveWindow(&window);
        list = window.findChild<QListView *>(QStringLiteral("paperList"));
        search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        if (!list || !search || !QTest::qWaitForWindowActive(&window))
            return false;
        list->setFocus();
        return true;
    }
};
