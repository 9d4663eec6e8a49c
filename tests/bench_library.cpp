// Prints how long the library's hot paths take: building a scope's row filter over a large corpus,
// evaluating it for every row, refreshing the decoration model, and committing changes.
// Usage: bench_library [ROWS]   (default 1,000,000)
#include "corpusparser.h"
#include "librarydecorationmodel.h"
#include "libraryscope.h"
#include "librarystore.h"
#include "papermodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

namespace {
void row(const char *what, double ms, const QString &note = {})
{
    std::printf("| %-44s | %10.2f | %s\n", what, ms, qPrintable(note));
}
// Author names are letters only, as in a real corpus.
QByteArray letters(int n)
{
    QByteArray s = "Q";
    do {
        s += char('a' + n % 26);
        n /= 26;
    } while (n > 0);
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("skimmer.*.info=false"));
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QByteArray text;
    for (int i = 0; i < rows; ++i)
        text += "Ann " + letters(i) + ", Bo Lee\ntl;dr: Paper number " + QByteArray::number(i)
                + ".\nAn abstract about topic " + QByteArray::number(i % 997) + ". More.\n";
    const auto corpus = CorpusParser::parse(text, QStringLiteral("bench")).corpus;
    QTemporaryDir dir;
    LibraryStore store;
    if (!corpus || !store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "setup failed: %s\n", corpus ? qPrintable(store.errorString()) : "corpus");
        return 1;
    }
    std::printf("%d papers\n| %-44s | %10s |\n", int(corpus->size()), "what", "ms");
    QElapsedTimer t;
    QList<LibraryStore::Paper> bookmarks, listed;
    for (int i = 0; i < 10000; ++i)
        bookmarks << LibraryStore::paperFrom(*corpus, qsizetype(i) * (rows / 10000));
    for (int i = 0; i < 1000; ++i)
        listed << LibraryStore::paperFrom(*corpus, qsizetype(i) * (rows / 1000) + 1);
    t.start();
    store.setBookmarked(bookmarks, true);
    row("bookmark 10,000 papers (one transaction)", t.nsecsElapsed() / 1e6);
    t.start();
    store.addToList(QStringLiteral("big"), listed);
    row("add 1,000 papers to a list", t.nsecsElapsed() / 1e6);
    QStringList readIds;
    for (int i = 0; i < 10000; ++i)
        readIds << corpus->id(qsizetype(i) * 7 % rows);
    store.setRead(readIds, true);
    t.start();
    for (int i = 0; i < 20; ++i)
        store.setBookmarked({listed[i]}, i % 2 == 0);
    row("one toggle, committed (mean of 20)", t.nsecsElapsed() / 1e6 / 20, QStringLiteral("synchronous=FULL, WAL"));
    for (const auto &scope : {LibraryScope::bookmarked(), LibraryScope::unread(), LibraryScope::list(QStringLiteral("big"))}) {
        t.start();
        const auto filter = scope.rowFilter(*corpus, store);
        const double build = t.nsecsElapsed() / 1e6;
        t.start();
        int accepted = 0;
        for (quint32 r = 0; r < quint32(rows); ++r)
            accepted += filter(r);
        const double eval = t.nsecsElapsed() / 1e6;
        row(qPrintable(QStringLiteral("scope %1: build row filter").arg(scope.label())), build);
        row(qPrintable(QStringLiteral("scope %1: evaluate every row").arg(scope.label())), eval,
            QStringLiteral("%1 accepted").arg(accepted));
    }
    PaperModel papers;
    papers.setCorpus(corpus);
    LibraryDecorationModel decoration;
    decoration.setSourceModel(&papers);
    t.start();
    decoration.setStore(&store);
    row("decoration model: first load", t.nsecsElapsed() / 1e6);
    t.start();
    store.setBookmarked({listed[500]}, true);
    row("decoration model: toggle + refresh + dataChanged", t.nsecsElapsed() / 1e6);
    return 0;
}
