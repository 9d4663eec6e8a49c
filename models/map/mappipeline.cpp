#include "map/mappipeline.h"

#include "corpus/corpus.h"
#include "map/igraphsession.h"
#include "map/knngraph.h"
#include "map/mapclusters.h"
#include "map/maplayout.h"
#include "map/mapterms.h"
#include "search/semanticspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <map>

namespace {
// The stages' state, so each stage is one short function.
struct Run
{
    const Corpus &corpus;
    const MapPipeline::Options &options;
    const MapPipeline::Progress &progress;
    const std::atomic<bool> *cancelled;
    PaperMap map;
    MapTerms terms;
    Lsa::Matrix space;
    std::vector<quint32> landmarks;      // corpus rows that go through the graph stages
    std::vector<qsizetype> landmarkIndex; // corpus row -> index in landmarks, or -1
    QElapsedTimer timer;

    bool isCancelled() const { return cancelled && cancelled->load(); }
    void stage(int percent, const char *name)
    {
        if (!map.timings.empty())
            map.timings.back().milliseconds = double(timer.nsecsElapsed()) / 1e6;
        if (name)
            map.timings.push_back({QString::fromLatin1(name), 0});
        timer.restart();
        if (progress)
            progress(percent, name ? QString::fromLatin1(name) : QString());
    }
};

qsizetype mappableRows(const MapTerms &terms)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < terms.rows(); ++i)
        count += terms.isEmptyRow(i) ? 0 : 1;
    return count;
}

void chooseLandmarks(Run &run)
{
    const qsizetype n = run.corpus.size();
    const qsizetype m = std::min(n, run.options.landmarkThreshold);
    run.landmarkIndex.assign(size_t(n), -1);
    for (qsizetype l = 0; l < m; ++l) {
        const auto row = quint32(l * n / m); // evenly spaced: corpora are often sorted by something
        run.landmarkIndex[row] = qsizetype(run.landmarks.size());
        run.landmarks.push_back(row);
    }
}

// UMAP and Leiden on the landmarks' kNN graph; levels hold the landmarks' memberships.
bool layOutLandmarks(Run &run, MapLayout::Points &points, std::vector<std::vector<int>> &memberships)
{
    KnnGraph knn;
    if (!knn.build(run.space, run.terms, run.options.neighbours, run.landmarks, run.landmarks, run.cancelled))
        return false;
    run.stage(45, "layout");
    IgraphSession session(run.options.seed, run.cancelled);
    igraph_t graph;
    std::vector<double> weights;
    if (!IgraphSession::toGraph(knn, run.landmarkIndex, &graph, weights))
        return false;
    Lsa::Matrix start(Eigen::Index(run.landmarks.size()), run.space.cols());
    for (size_t l = 0; l < run.landmarks.size(); ++l)
        start.row(Eigen::Index(l)) = run.space.row(run.landmarks[l]);
    const int epochs = run.landmarks.size() > 2000 ? 300 : 1000;
    points = MapLayout::umap(&graph, weights, start, epochs);
    run.stage(80, "clusters");
    session.setInterruptible(false); // see IgraphSession::setInterruptible
    for (double resolution : run.options.resolutions)
        if (!points.x.empty() && !run.isCancelled())
            memberships.push_back(MapClusters::leiden(&graph, weights, resolution));
    igraph_destroy(&graph);
    return !points.x.empty() && !run.isCancelled()
        && std::none_of(memberships.begin(), memberships.end(), [](const auto &m) { return m.empty(); });
}

// Every paper that is not a landmark: placed among, and clustered with, its nearest landmarks.
bool placeTheRest(Run &run, MapLayout::Points &points, std::vector<std::vector<int>> &memberships)
{
    const qsizetype n = run.corpus.size();
    MapLayout::Points all{std::vector<float>(size_t(n)), std::vector<float>(size_t(n))};
    std::vector<std::vector<int>> full(memberships.size(), std::vector<int>(size_t(n), PaperMap::kUnclustered));
    std::vector<quint32> rest;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype l = run.landmarkIndex[size_t(i)];
        if (l < 0) {
            rest.push_back(quint32(i));
            continue;
        }
        all.x[size_t(i)] = points.x[size_t(l)];
        all.y[size_t(i)] = points.y[size_t(l)];
        for (size_t level = 0; level < full.size(); ++level)
            full[level][size_t(i)] = memberships[level][size_t(l)];
    }
    KnnGraph knn;
    if (!rest.empty() && !knn.build(run.space, run.terms, run.options.neighbours, rest, run.landmarks, run.cancelled))
        return false;
    MapLayout::place(knn, run.landmarkIndex, points, rest, all);
    for (qsizetype q = 0; q < knn.size(); ++q)
        for (size_t level = 0; level < full.size(); ++level) {
            std::map<int, double> votes; // ordered, so ties go to the larger cluster
            for (const KnnGraph::Neighbour &nb : knn.neighbours(q))
                votes[memberships[level][size_t(run.landmarkIndex[nb.row])]] += nb.similarity;
            const auto best = std::max_element(votes.begin(), votes.end(),
                                               [](const auto &a, const auto &b) { return a.second < b.second; });
            if (best != votes.end())
                full[level][rest[size_t(q)]] = best->first;
        }
    points = std::move(all);
    memberships = std::move(full);
    return true;
}

void finish(Run &run, MapLayout::Points &points, std::vector<std::vector<int>> &memberships)
{
    run.stage(90, "labels");
    MapLayout::normalise(points);
    for (size_t level = 0; level < memberships.size(); ++level) {
        for (qsizetype i = 0; i < run.terms.rows(); ++i)
            if (run.terms.isEmptyRow(i))
                memberships[level][size_t(i)] = PaperMap::kUnclustered;
        run.map.levels.push_back(MapClusters::describe(run.terms, MapClusters::renumber(memberships[level]), points.x,
                                                       points.y, run.options.resolutions[level]));
    }
    auto space = SemanticSpace::fromRows(run.space.data(), qsizetype(run.space.rows()), int(run.space.cols()));
    if (space && !run.isCancelled())
        space->setCheck(SimilarityCheck::forCorpus(run.corpus, *space, run.cancelled));
    run.map.space = std::move(space);
    run.map.x = std::move(points.x);
    run.map.y = std::move(points.y);
    run.stage(100, nullptr);
}
} // namespace

std::shared_ptr<const PaperMap> MapPipeline::build(const Corpus &corpus, const Options &options,
                                                   const Progress &progress, const std::atomic<bool> *cancelled)
{
    Run run{corpus, options, progress, cancelled, {}, {}, {}, {}, {}, {}};
    run.timer.start();
    run.stage(0, "terms");
    if (corpus.size() < kMinPapers) {
        run.map.emptyReason = QCoreApplication::translate("MapPipeline", "Too few papers to draw a map: it needs at least %n.",
                                                          nullptr, int(kMinPapers));
        return std::make_shared<const PaperMap>(std::move(run.map));
    }
    if (!run.terms.build(corpus, cancelled))
        return nullptr;
    if (mappableRows(run.terms) < kMinPapers) {
        run.map.emptyReason = QCoreApplication::translate(
            "MapPipeline", "No map: the papers share too few distinguishing words (empty or identical abstracts?).");
        return std::make_shared<const PaperMap>(std::move(run.map));
    }
    run.stage(10, "lsa");
    run.space = Lsa::reduce(run.terms, options.dimensions, options.seed, cancelled);
    run.stage(25, "knn");
    chooseLandmarks(run);
    MapLayout::Points points;
    std::vector<std::vector<int>> memberships;
    if (!run.isCancelled() && !layOutLandmarks(run, points, memberships) && !run.isCancelled()) {
        run.map.emptyReason = QCoreApplication::translate("MapPipeline", "The map could not be laid out.");
        return std::make_shared<const PaperMap>(std::move(run.map));
    }
    if (run.isCancelled())
        return nullptr;
    if (run.landmarks.size() < size_t(corpus.size()) && !placeTheRest(run, points, memberships))
        return nullptr;
    finish(run, points, memberships);
    if (run.isCancelled())
        return nullptr;
    return std::make_shared<const PaperMap>(std::move(run.map));
}
