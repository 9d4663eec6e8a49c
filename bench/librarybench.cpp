// Prints how long the library's hot paths take: building a scope's row filter over a large corpus,
// evaluating it for every row, updating the decoration model, and committing changes. Each row gives
// wall-clock and CPU milliseconds (CPU is steadier on a shared machine; wall includes fsync).
// Usage: skimmer-library-bench [ROWS]   (default 1,000,000)
#include "corpus/corpusparser.h"
#include "library/librarydecorationmodel.h"
#include "library/libraryscope.h"
#include "library/librarystore.h"
#include "corpus/papermodel.h"
#include "search/searchresultsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {
// Wall and CPU time since start().
class Stopwatch
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    double wallMs() const { return m_wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};
void row(const char *what, const Stopwatch &t, int repeats = 1, const QString &note = {})
{
    std::printf("| %-50s | %10.2f | %10.2f | %s\n", what, t.wallMs() / repeats, t.cpuMs() / repeats, qPrintable(note));
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
    std::printf("%d papers\n| %-50s | %10s | %10s |\n", int(corpus->size()), "what", "wall ms", "CPU ms");
    Stopwatch t;
    QList<LibraryStore::Paper> bookmarks, listed;
    for (int i = 0; i < 10000; ++i)
        bookmarks << LibraryStore::paperFrom(*corpus, qsizetype(i) * (rows / 10000));
    for (int i = 0; i < 1000; ++i)
        listed << LibraryStore::paperFrom(*corpus, qsizetype(i) * (rows / 1000) + 1);
    t.start();
    store.setBookmarked(bookmarks, true);
    row("bookmark 10,000 papers (one transaction)", t);
    t.start();
    store.addToList(QStringLiteral("big"), listed);
    row("add 1,000 papers to a list", t);
    QList<LibraryStore::Paper> many;
    for (int i = 0; i < 20000; ++i)
        many << LibraryStore::Paper{QStringLiteral("bulk-%1").arg(i), {}, {}};
    t.start();
    store.addToList(QStringLiteral("bulk"), many.mid(0, 10000));
    row("append 10,000 papers to a new list", t);
    t.start();
    store.addToList(QStringLiteral("bulk"), many.mid(10000));
    row("append 10,000 more to it (20,000)", t);
    QStringList readIds;
    for (int i = 0; i < 10000; ++i)
        readIds << corpus->id(qsizetype(i) * 7 % rows);
    store.setRead(readIds, true);
    t.start();
    for (int i = 0; i < 20; ++i)
        store.setBookmarked({listed[i]}, i % 2 == 0);
    row("one toggle, committed (mean of 20)", t, 20, QStringLiteral("synchronous=FULL, WAL"));
    for (const auto &scope : {LibraryScope::bookmarked(), LibraryScope::unread(), LibraryScope::list(QStringLiteral("big"))}) {
        t.start();
        const RowSet filter = scope.rows(*corpus, store);
        row(qPrintable(QStringLiteral("scope %1: build row filter").arg(scope.label())), t);
        t.start();
        int accepted = 0;
        for (quint32 r = 0; r < quint32(rows); ++r)
            accepted += filter.contains(r);
        row(qPrintable(QStringLiteral("scope %1: evaluate every row").arg(scope.label())), t, 1,
            QStringLiteral("%1 accepted").arg(accepted));
    }
    PaperModel papers;
    papers.setCorpus(corpus);
    for (const bool overResults : {false, true}) {
        // The window stacks the decoration on the search results, not on the papers.
        SearchResultsModel results(&papers);
        LibraryDecorationModel decoration;
        decoration.setSourceModel(overResults ? static_cast<QAbstractItemModel *>(&results) : &papers);
        const char *over = overResults ? "over results" : "over papers";
        t.start();
        decoration.setStore(&store);
        row(qPrintable(QStringLiteral("decoration %1: first load").arg(QLatin1String(over))), t);
        int announced = 0;
        QObject::connect(&decoration, &QAbstractItemModel::dataChanged, [&] { ++announced; });
        t.start();
        for (int i = 0; i < 20; ++i)
            store.setBookmarked({listed[(overResults ? 600 : 500) + i]}, true);
        row(qPrintable(QStringLiteral("decoration %1: bookmark, commit + update (mean of 20)").arg(QLatin1String(over))), t, 20,
            QStringLiteral("%1 dataChanged").arg(announced));
        QObject::disconnect(&decoration, nullptr, nullptr, nullptr);
    }
    return 0;
}
