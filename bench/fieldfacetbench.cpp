// skimmer-fieldfacet-bench FILE [REPEATS]: the metadata facets (year, category, venue, keyword) on
// a corpus with those fields, e.g. `scripts/make-corpus.py 100000 /tmp/a.jsonl --format arxiv`.
// Prints, per facet, the index build (once per corpus), and per keystroke of a typed query the
// recount the window does after each search (median and 95th percentile wall time, median CPU time
// over REPEATS runs, results counted, rows listed), then the time to turn a selection into rows.
#include "benchmethod.h"
#include "corpus/corpusreader.h"
#include "facets/fieldfacetmodel.h"
#include "processstats.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Timing
{
    double median = 0, p95 = 0, cpu = 0;
};

Timing measure(int repeats, const std::function<void()> &step)
{
    std::vector<double> wall, cpu;
    QElapsedTimer t;
    for (int r = 0; r < repeats; ++r) {
        t.start();
        const double c = ProcessStats::cpuMs();
        step();
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(ProcessStats::cpuMs() - c);
    }
    return {medianOf(wall), percentileOf(wall, 95), medianOf(cpu)};
}

void row(const QString &label, const QString &facet, const Timing &t, qint64 papers, qint64 listed)
{
    out() << qSetFieldWidth(28) << Qt::left << label << qSetFieldWidth(10) << facet << Qt::right
          << QString::number(t.median, 'f', 2) << QString::number(t.p95, 'f', 2) << QString::number(t.cpu, 'f', 2)
          << papers << listed << qSetFieldWidth(0) << Qt::left << '\n';
    out().flush();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: skimmer-fieldfacet-bench FILE [REPEATS]\n";
        return 2;
    }
    const int repeats = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 15;
    QElapsedTimer t;
    t.start();
    const CorpusParser::Result read = CorpusReader::readFile(args.at(1));
    if (!read.ok()) {
        out() << "could not read " << args.at(1) << '\n';
        return 1;
    }
    const std::shared_ptr<const Corpus> corpus = read.corpus;
    out() << "corpus: " << corpus->size() << " papers, read in " << t.elapsed() << " ms\n";
    t.start();
    const auto index = SearchIndex::build(corpus);
    out() << "search index: " << t.elapsed() << " ms\n\n";
    out() << qSetFieldWidth(28) << Qt::left << "step" << qSetFieldWidth(10) << "facet" << Qt::right << "median ms"
          << "p95 ms" << "cpu ms" << "papers" << "rows" << qSetFieldWidth(0) << Qt::left << '\n';

    using Kind = FieldFacetIndex::Kind;
    const std::pair<Kind, QString> kinds[] = {
        {Kind::Year, "year"}, {Kind::Category, "category"}, {Kind::Venue, "venue"}, {Kind::Keyword, "keyword"}};
    std::vector<std::unique_ptr<FieldFacetModel>> models;
    for (const auto &[kind, name] : kinds) {
        auto model = std::make_unique<FieldFacetModel>(kind);
        const Timing build = measure(1, [&] { model->setCorpus(corpus); });
        row(QStringLiteral("index + first count (once)"), name, build, model->resultCount(), model->rowCount());
        if (!model->isEmpty())
            models.push_back(std::move(model));
    }
    // Typed key by key: each keystroke's search runs once (not timed), then every facet recounts.
    const QStringList keys = {"n", "ne", "neu", "neur", "neural", "neural n", "neural net"};
    std::vector<double> allFacets;
    for (const QString &key : keys) {
        const std::vector<quint32> rows = SearchEngine::run(*index, SearchQuery::parse(key)).rows;
        double sum = 0;
        for (auto &m : models) {
            const Timing timing = measure(repeats, [&] { m->setResultRows(rows); });
            sum += timing.median;
            row(QStringLiteral("recount `%1`").arg(key), kinds[int(m->kind())].second, timing, m->resultCount(), m->rowCount());
        }
        allFacets.push_back(sum);
    }
    out() << "\nall facets per keystroke: median " << QString::number(medianOf(allFacets), 'f', 2) << " ms, slowest "
          << QString::number(*std::max_element(allFacets.begin(), allFacets.end()), 'f', 2) << " ms\n\n";
    // A selection into rows (what a click or Enter costs before the search re-runs).
    for (auto &m : models) {
        FieldSelection s;
        if (m->kind() == Kind::Year) {
            const int first = m->index(0).data(FieldFacetModel::TermRole).toInt();
            s.setYearRange(first + 2, first + 6);
        } else {
            m->setResultRows({});
            m->setSelection({});
            m->setFilterText({});
            const std::vector<quint32> all = SearchEngine::run(*index, SearchQuery::parse({})).rows;
            m->setResultRows(all);
            s.setState(m->index(0).data(FieldFacetModel::TermRole).toString(), FieldSelection::State::Included);
            if (m->rowCount() > 1)
                s.setState(m->index(1).data(FieldFacetModel::TermRole).toString(), FieldSelection::State::Excluded);
        }
        qint64 accepted = 0;
        const Timing timing = measure(repeats, [&] {
            const std::vector<bool> bits = s.acceptedRows(*m->facetIndex());
            accepted = std::count(bits.begin(), bits.end(), true);
        });
        row(QStringLiteral("selection → rows"), kinds[int(m->kind())].second, timing, accepted, 0);
    }
    out() << "peak RSS: " << ProcessStats::peakRss() / 1000000 << " MB\n";
    return 0;
}
