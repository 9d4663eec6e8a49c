// skimmer-search-bench: the search engine alone on one corpus size: index build time (CPU and wall),
// peak memory against the file size, and per keystroke the engine path without the author facets
// (query parse, ranked evaluation, results-model update, highlights of the first screenful), with a
// digest of every result (rows and scores) so a change can be checked to rank exactly as before.
//   skimmer-search-bench [--cache DIR] [--repeat N] [--build-repeat N] [--no-keys] SIZE
#include "benchcorpus.h"
#include "benchmethod.h"
#include "enginemethod.h"
#include "keystrokes.h"
#include "processstats.h"

#include "corpus/corpusreader.h"
#include "corpus/papermodel.h"
#include "search/searchengine.h"
#include "search/searchresultsmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <bit>
#include <cstring>

namespace {

quint64 digest(const SearchResultsModel &results)
{
    quint64 h = 1469598103934665603ULL;
    auto mix = [&h](quint32 v) { h = (h ^ v) * 1099511628211ULL; };
    for (int row = 0; row < results.rowCount(); ++row) {
        mix(results.rows()[size_t(row)]);
        mix(std::bit_cast<quint32>(float(results.data(results.index(row), PaperRoles::ScoreRole).toDouble())));
    }
    return h;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Index build and per-keystroke search (no facets) on one corpus size."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("size"), QStringLiteral("Record count: 434, 10k, 100k, 1M, ..."));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Corpus cache folder."), QStringLiteral("dir"),
                                   QDir::home().filePath(QStringLiteral(".cache/skimmer-bench")));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of the keystroke sequence (default 5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption buildRepeat(QStringLiteral("build-repeat"), QStringLiteral("Index builds (default 1)."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption noKeys(QStringLiteral("no-keys"), QStringLiteral("Only build the index."));
    parser.addOptions({cache, repeat, buildRepeat, noKeys});
    parser.process(app);
    QTextStream out(stdout);
    const qint64 records = BenchCorpus::parseSize(parser.positionalArguments().value(0));
    if (records < 0) {
        out << "error: give one record count (434, 10k, 100k, 1M)\n";
        return 2;
    }
    BenchCorpus corpora(parser.value(cache), QStringLiteral(SKIMMER_MAKE_CORPUS));
    const QString path = corpora.pathFor(records);
    if (path.isEmpty()) {
        out << "error: " << corpora.error() << '\n';
        return 1;
    }
    const double fileBytes = double(QFileInfo(path).size());
    ProcessStats::resetPeak();
    QElapsedTimer timer;
    timer.start();
    double cpu = ProcessStats::cpuMs();
    const CorpusParser::Result parsed = CorpusReader::readFile(path);
    if (!parsed.ok()) {
        out << "error: " << parsed.error << '\n';
        return 1;
    }
    out << QStringLiteral("%1 records: parse %2 ms wall, %3 ms CPU; peak RSS %4× the file\n")
               .arg(BenchCorpus::sizeLabel(records)).arg(timer.elapsed()).arg(ProcessStats::cpuMs() - cpu, 0, 'f', 0)
               .arg(double(ProcessStats::peakRss()) / fileBytes, 0, 'f', 2);
    std::shared_ptr<const SearchIndex> index;
    for (int i = 0; i < std::max(1, parser.value(buildRepeat).toInt()); ++i) {
        index.reset();
        timer.start();
        cpu = ProcessStats::cpuMs();
        index = SearchIndex::build(parsed.corpus);
        out << QStringLiteral("index build: %1 ms wall, %2 ms CPU; peak RSS %3 MB, %4× the file; RSS now %5 MB\n")
                   .arg(timer.elapsed()).arg(ProcessStats::cpuMs() - cpu, 0, 'f', 0)
                   .arg(ProcessStats::peakRss() >> 20).arg(double(ProcessStats::peakRss()) / fileBytes, 0, 'f', 2)
                   .arg(ProcessStats::currentRss() >> 20);
        out.flush();
    }
    if (parser.isSet(noKeys))
        return 0;
    EngineMethod method(parsed.corpus, index, EngineMethod::Facets::Off);
    const QStringList keys = benchKeystrokes();
    const MethodTiming t = measureMethod(method, keys, parser.value(repeat).toInt());
    out << "| keystroke | ms | ms CPU | hits | digest |\n|---|---:|---:|---:|---|\n";
    for (qsizetype k = 0; k < keys.size(); ++k) {
        method.run(keys[k]);
        out << QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                   .arg(keys[k]).arg(t.msPerKey[size_t(k)], 0, 'f', 2).arg(t.cpuMsPerKey[size_t(k)], 0, 'f', 2)
                   .arg(t.hitsPerKey[size_t(k)]).arg(digest(method.results()), 16, 16, QLatin1Char('0'));
    }
    std::vector<double> cpuKeys = t.cpuMsPerKey;
    out << QStringLiteral("median %1 ms (CPU %2), p95 %3 ms (CPU %4), slowest %5 ms (CPU %6); peak RSS %7× the file\n")
               .arg(t.median, 0, 'f', 2).arg(t.cpuMedian, 0, 'f', 2).arg(t.p95, 0, 'f', 2).arg(t.cpuP95, 0, 'f', 2)
               .arg(t.max, 0, 'f', 2).arg(*std::max_element(cpuKeys.begin(), cpuKeys.end()), 0, 'f', 2)
               .arg(double(ProcessStats::peakRss()) / fileBytes, 0, 'f', 2);
    return 0;
}
