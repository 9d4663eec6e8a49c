// skimmer-bench: loading time, memory and per-keystroke search latency on corpora of 434 to 1M
// papers, for Skimmer's engine next to a naive QSortFilterProxyModel and SQLite FTS5; then, per
// size, the author facet's own operations (recount, select/exclude authors, the filter field).
//   skimmer-bench [--cache DIR] [--repeat N] [--no-proxy] [--no-fts5] [SIZE...]   (SIZE: 434, 10k, 1M, ...)
#include "benchcorpus.h"
#include "benchreport.h"
#include "fts5database.h"
#include "fts5method.h"
#include "keystrokes.h"
#include "processstats.h"
#include "proxymethod.h"
#include "enginemethod.h"

#include "corpus/corpusreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

namespace {

struct Settings
{
    QString cacheDir;
    int repeat = 5;
    bool proxy = true;
    bool fts5 = true;
};

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Proxy and full-text baselines take seconds per keystroke at 1M: fewer repeats there.
int repeatsFor(const Settings &s, qint64 records, bool slow)
{
    if (!slow || records < 100'000)
        return s.repeat;
    return std::min(s.repeat, records >= 1'000'000 ? 1 : 3);
}

bool loadCorpus(const QString &path, qint64 expected, int repeats, SizeResult &r,
                std::shared_ptr<const Corpus> &corpus)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int i = 0; i < repeats; ++i) {
        corpus.reset();
        QElapsedTimer t;
        t.start();
        const double cpu = ProcessStats::cpuMs();
        CorpusParser::Result parsed = CorpusReader::readFile(path);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(ProcessStats::cpuMs() - cpu);
        if (!parsed.ok()) {
            err() << "error: " << path << ": " << parsed.error << '\n';
            return false;
        }
        corpus = parsed.corpus;
    }
    r.parseMs = medianOf(times);
    r.parseCpuMs = medianOf(cpuTimes);
    if (corpus->size() != expected) {
        err() << "error: " << path << " parsed into " << corpus->size() << " records, expected " << expected << '\n';
        return false;
    }
    return true;
}

bool runSize(const Settings &s, BenchCorpus &corpora, qint64 records, QTextStream &out)
{
    const QString path = corpora.pathFor(records);
    if (path.isEmpty()) {
        err() << "error: " << corpora.error() << '\n';
        return false;
    }
    SizeResult r;
    r.records = records;
    r.fileBytes = QFileInfo(path).size();
    r.keys = benchKeystrokes();
    const int loadRepeats = records >= 1'000'000 ? 1 : 3;
    ProcessStats::resetPeak();
    std::shared_ptr<const Corpus> corpus;
    if (!loadCorpus(path, records, loadRepeats, r, corpus))
        return false;
    std::vector<std::unique_ptr<BenchMethod>> methods;
    auto engine = EngineMethod::create(corpus, loadRepeats, &r.indexMs, &r.indexCpuMs);
    const std::shared_ptr<const SearchIndex> searchIndex = engine->searchIndex();
    methods.push_back(std::move(engine));
    r.peakRss = ProcessStats::peakRss();

    Fts5Database db;
    if (s.fts5) {
        const QString dbPath = QDir(corpora.cacheDir()).filePath(QStringLiteral("fts5-%1.sqlite").arg(records));
        if (!QDir().mkpath(corpora.cacheDir()) || !db.open(*corpus, path, dbPath)) {
            err() << "error: FTS5 baseline: " << db.error() << '\n';
            return false;
        }
        r.ftsBuildMs = db.wasRebuilt() ? db.buildMs() : -1;
        methods.push_back(std::make_unique<Fts5Method>(db.handle(), false));
        methods.push_back(std::make_unique<Fts5Method>(db.handle(), true));
    }
    if (s.proxy)
        methods.push_back(std::make_unique<ProxyMethod>(*corpus));
    for (const auto &m : methods) {
        if (auto *fts = dynamic_cast<Fts5Method *>(m.get()); fts && !fts->isValid()) {
            err() << "error: FTS5 baseline: " << fts->error() << '\n';
            return false;
        }
        const bool slow = m->name() != BenchReport::kOurs;
        r.methods.push_back(measureMethod(*m, r.keys, repeatsFor(s, records, slow)));
    }
    r.facetRepeats = s.repeat;
    r.facets = FacetBench::run(corpus, *searchIndex, r.facetRepeats);
    BenchReport::print(out, r);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("skimmer-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loading and per-keystroke search latency on scaled corpora, next to a naive QSortFilterProxyModel "
        "and SQLite FTS5. Prints Markdown tables."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sizes"), QStringLiteral("Record counts: 434 (the shipped corpus), "
                                                                         "10k, 100k, 1M, ... (default: 434 10k 100k)."));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Folder for generated corpora and FTS5 "
                                   "databases (default: ~/.cache/skimmer-bench)."), QStringLiteral("dir"),
                                   QDir::home().filePath(QStringLiteral(".cache/skimmer-bench")));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of the keystroke sequence per "
                                    "method; medians are reported (default 5; fewer for the baselines at 100k+)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"), QStringLiteral("Skip the QSortFilterProxyModel baseline."));
    const QCommandLineOption noFts(QStringLiteral("no-fts5"), QStringLiteral("Skip the SQLite FTS5 baseline."));
    parser.addOptions({cache, repeat, noProxy, noFts});
    parser.process(app);

    Settings s;
    s.cacheDir = parser.value(cache);
    s.repeat = parser.value(repeat).toInt();
    s.proxy = !parser.isSet(noProxy);
    s.fts5 = !parser.isSet(noFts);
    if (s.repeat < 1) {
        err() << "error: --repeat needs a positive number, got “" << parser.value(repeat) << "”\n";
        return 2;
    }
    QList<qint64> sizes;
    const QStringList args = parser.positionalArguments();
    for (const QString &a : args.isEmpty() ? QStringList{"434", "10k", "100k"} : args) {
        const qint64 n = BenchCorpus::parseSize(a);
        if (n < 0) {
            err() << "error: “" << a << "” is not a record count (examples: 434, 10k, 100k, 1M)\n";
            return 2;
        }
        sizes.append(n);
    }
    BenchCorpus corpora(s.cacheDir, QStringLiteral(SKIMMER_MAKE_CORPUS));
    QTextStream out(stdout);
    BenchReport::printHeader(out, s.repeat);
    for (qint64 n : sizes) {
        if (!runSize(s, corpora, n, out))
            return 1;
    }
    return 0;
}
