#include "facetbench.h"

#include "facets/authorfacetmodel.h"
#include "benchmethod.h"
#include "enginemethod.h"
#include "processstats.h"
#include "search/searchengine.h"
#include "search/searchquery.h"

#include <QElapsedTimer>

#include <functional>

namespace FacetBench {

namespace {

using State = FacetSelection::State;

std::vector<quint32> search(const SearchIndex &index, const QString &text)
{
    return SearchEngine::run(index, SearchQuery::parse(text)).rows;
}

// Times `step` `repeats` times; `reset` (not timed) runs before each.
FacetTiming measure(const QString &label, int repeats, const std::function<void()> &reset,
                    const std::function<void()> &step, const AuthorFacetModel &model)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        reset();
        timer.start();
        const double cpuStart = ProcessStats::cpuMs();
        step();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(ProcessStats::cpuMs() - cpuStart);
    }
    FacetTiming t;
    t.label = label;
    t.median = medianOf(wall);
    t.p95 = percentileOf(wall, 95);
    t.cpuMedian = medianOf(cpu);
    t.cpuP95 = percentileOf(cpu, 95);
    t.papers = model.resultSize();
    t.listed = model.rowCount();
    t.hidden = model.hiddenAuthors();
    return t;
}

// The window's path when the selection changes: filter the query's results by it, recount.
void select(AuthorFacetModel &model, const std::vector<quint32> &results, const FacetSelection &selection)
{
    model.setSelection(selection);
    model.setResultRows(model.selection().filter(model.authorIndex(), results));
}

} // namespace

QStringList filterKeystrokes()
{
    return {QStringLiteral("s"), QStringLiteral("se"), QStringLiteral("ser"), QStringLiteral("serg"),
            QStringLiteral("sergey"), QStringLiteral("sergey l")};
}

std::vector<FacetTiming> run(std::shared_ptr<const Corpus> corpus, const SearchIndex &index, int repeats)
{
    AuthorFacetModel model;
    std::vector<FacetTiming> out;
    // Once per corpus (on loading): the author index and the first count over every paper.
    out.push_back(measure(QStringLiteral("load: author index + first count (once)"), 1, [] { },
                          [&] {
                              model.setCorpus(corpus);
                              EngineMethod::waitForAuthorIndex(model);
                          }, model));
    const std::vector<quint32> all = search(index, QString());
    const std::vector<quint32> broad = search(index, QStringLiteral("g"));
    const std::vector<quint32> graph = search(index, QStringLiteral("graph"));
    const auto showAll = [&] {
        model.setSelection(FacetSelection());
        model.setResultRows(all);
    };
    const auto showBroad = [&] {
        model.setSelection(FacetSelection());
        model.setResultRows(broad);
    };
    out.push_back(measure(QStringLiteral("recount: results of `g`"), repeats, showAll,
                          [&] { model.setResultRows(broad); }, model));
    out.push_back(measure(QStringLiteral("recount: results of `graph`"), repeats, showAll,
                          [&] { model.setResultRows(graph); }, model));
    out.push_back(measure(QStringLiteral("recount: every paper (empty query)"), repeats, showBroad,
                          [&] { model.setResultRows(all); }, model));

    showBroad();
    const AuthorTable::Id first = model.rowCount() > 0 ? model.authorAt(0) : 0;
    const AuthorTable::Id second = model.rowCount() > 1 ? model.authorAt(1) : first;
    const auto selection = [](std::initializer_list<AuthorTable::Id> ids, State state, FacetSelection::Mode mode) {
        FacetSelection s;
        for (AuthorTable::Id id : ids)
            s.setState(id, state);
        s.setMode(mode);
        return s;
    };
    const FacetSelection top = selection({first}, State::Included, FacetSelection::Mode::All);
    const FacetSelection both = selection({first, second}, State::Included, FacetSelection::Mode::All);
    const FacetSelection either = selection({first, second}, State::Included, FacetSelection::Mode::Any);
    const FacetSelection notTop = selection({first}, State::Excluded, FacetSelection::Mode::All);
    out.push_back(measure(QStringLiteral("select the top author (empty query)"), repeats, showAll,
                          [&] { select(model, all, top); }, model));
    out.push_back(measure(QStringLiteral("select the top author (`g`)"), repeats, showBroad,
                          [&] { select(model, broad, top); }, model));
    out.push_back(measure(QStringLiteral("select the top two, AND (`g`)"), repeats, showBroad,
                          [&] { select(model, broad, both); }, model));
    out.push_back(measure(QStringLiteral("select the top two, ANY (`g`)"), repeats, showBroad,
                          [&] { select(model, broad, either); }, model));
    out.push_back(measure(QStringLiteral("exclude the top author (`g`)"), repeats, showBroad,
                          [&] { select(model, broad, notTop); }, model));

    // The filter field, typed key by key over every paper's authors; each key's time is its own.
    const QStringList keys = filterKeystrokes();
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const auto typeUpTo = [&, k] {
            showAll();
            model.setFilterText(QString());
            for (qsizetype j = 0; j < k; ++j)
                model.setFilterText(keys.at(j));
        };
        out.push_back(measure(QStringLiteral("filter field: `%1`").arg(keys.at(k)), repeats, typeUpTo,
                              [&, k] { model.setFilterText(keys.at(k)); }, model));
    }
    out.push_back(measure(QStringLiteral("filter field: cleared"), repeats,
                          [&] { showAll(); model.setFilterText(keys.constLast()); },
                          [&] { model.setFilterText(QString()); }, model));
    showAll();
    model.setFilterText(QString());
    return out;
}

} // namespace FacetBench
