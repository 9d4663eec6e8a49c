// skimmer-stall-bench: how long the GUI thread stops answering while the window opens a corpus and
// the user types. A 10 ms timer runs through the whole run; each gap between its firings beyond
// 10 ms is a stall. Phases: "load" (from File ▸ Open until the results of the new corpus are shown
// and its search index is ready), "settle" (3 s after that, while author facets, similar papers and
// the map are worked out) and "typing" (the query "graph neural network" typed a key every 120 ms,
// then cleared). Each size runs in a fresh window and a fresh settings/cache folder.
//   skimmer-stall-bench [SIZE...]      default: 10k 100k (sizes as skimmer-bench: 434, 10k, 1M, ...)
// Prints per size and phase: the longest stall, the 2nd longest, how many stalls exceeded 50 ms,
// and the phase's wall time. The goal (issue 13): no stall above 50 ms in any phase.
#include "benchcorpus.h"

#include "corpus/papermodel.h"
#include "search/searchcontroller.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {
constexpr int kProbeMs = 10;

struct Phase
{
    QString name;
    std::vector<double> stalls; // ms beyond the probe period, one per firing
    double wallMs = 0;
};

// Runs the event loop until done() or the timeout, recording the probe's lateness into `phase`.
bool runPhase(Phase &phase, const std::function<bool()> &done, int timeoutMs, const std::function<void(int)> &tick = {})
{
    QElapsedTimer wall, gap;
    wall.start();
    gap.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    int firings = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        phase.stalls.push_back(std::max(0.0, double(gap.nsecsElapsed()) / 1e6 - kProbeMs));
        gap.restart();
        if (tick)
            tick(++firings);
    });
    probe.start(kProbeMs);
    while (!done() && wall.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    phase.stalls.push_back(std::max(0.0, double(gap.nsecsElapsed()) / 1e6 - kProbeMs));
    phase.wallMs = double(wall.nsecsElapsed()) / 1e6;
    return done();
}

void print(QTextStream &out, const QString &size, const Phase &phase)
{
    std::vector<double> s = phase.stalls;
    std::sort(s.begin(), s.end(), std::greater<>());
    const auto over = std::count_if(s.begin(), s.end(), [](double v) { return v > 50; });
    out << QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 | %6 ms |\n")
               .arg(size, -6).arg(phase.name, -7)
               .arg(s.empty() ? 0 : s[0], 7, 'f', 1).arg(s.size() > 1 ? s[1] : 0, 7, 'f', 1)
               .arg(over, 4).arg(phase.wallMs, 7, 'f', 0);
    out.flush();
}

bool runSize(BenchCorpus &corpora, qint64 records, QTextStream &out)
{
    const QString path = corpora.pathFor(records);
    if (path.isEmpty()) {
        out << corpora.error() << '\n';
        return false;
    }
    MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    SearchController *search = window.searchController();
    const QString size = BenchCorpus::sizeLabel(records);

    Phase load{QStringLiteral("load"), {}, 0};
    // The window opens large files in the background; "done" is the new corpus shown and indexed.
    QTimer::singleShot(0, &window, [&] { window.openFile(path); });
    const bool loaded = runPhase(load, [&] {
        return window.corpusPath() == path && window.paperModel()->rowCount() == records && search->index()
            && !search->isIndexing() && search->totalCount() == records;
    }, 600'000);
    print(out, size, load);
    if (!loaded) {
        out << "error: the corpus did not finish loading\n";
        return false;
    }
    Phase settle{QStringLiteral("settle"), {}, 0};
    QElapsedTimer settleTime;
    settleTime.start();
    runPhase(settle, [&] { return settleTime.elapsed() >= 3000; }, 10'000);
    print(out, size, settle);

    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!edit) {
        out << "error: no search field\n";
        return false;
    }
    edit->setFocus();
    const QString query = QStringLiteral("graph neural network");
    Phase typing{QStringLiteral("typing"), {}, 0};
    QElapsedTimer typed;
    typed.start();
    int next = 0;
    runPhase(typing, [&] { return next > query.size() + 1 && typed.elapsed() > 120 * (query.size() + 4); }, 60'000,
             [&](int) {
                 if (typed.elapsed() < 120 * next)
                     return;
                 if (next < query.size())
                     QTest::keyClick(edit, query.at(next).toLatin1());
                 else if (next == query.size() + 1)
                     QTest::keyClick(edit, Qt::Key_Escape);
                 ++next;
             });
    print(out, size, typing);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QList<qint64> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes.append(BenchCorpus::parseSize(arg));
    if (sizes.isEmpty())
        sizes = {10'000, 100'000};
    BenchCorpus corpora(QDir::home().filePath(QStringLiteral(".cache/skimmer-bench")), QStringLiteral(SKIMMER_MAKE_CORPUS));
    QTextStream out(stdout);
    out << "GUI thread stalls (a 10 ms timer's lateness) while the window loads a corpus, settles and is typed in\n"
        << "| size   | phase   | longest   | 2nd       | >50 ms | wall       |\n|---|---|---:|---:|---:|---:|\n";
    for (const qint64 records : sizes)
        if (records <= 0 || !runSize(corpora, records, out))
            return 1;
    return 0;
}
