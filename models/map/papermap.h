#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class SemanticSpace;

// A computed map of a corpus: one 2-D point per paper (both coordinates in 0..1) and the clusters
// at a few zoom levels, coarse first. A plain value, immutable once built, shared between threads.
// An empty map (no points) carries the reason in emptyReason, for the view's empty state.
struct PaperMap
{
    static constexpr int kUnclustered = -1; // a paper without words to place it by

    struct Cluster
    {
        QString label; // 2–4 words, plain text (never HTML)
        QStringList words;
        int size = 0;
        float x = 0; // centre of its papers on the map
        float y = 0;
    };

    struct Level
    {
        double resolution = 1;
        std::vector<int> membership; // per paper: cluster index, or kUnclustered
        std::vector<Cluster> clusters; // largest first
    };

    struct StageTime
    {
        QString stage;
        double milliseconds = 0;
    };

    std::vector<float> x;
    std::vector<float> y;
    std::vector<Level> levels; // coarse first
    std::vector<StageTime> timings;
    QString emptyReason;
    // The LSA space the map was computed from, kept for similar papers (null for an empty map).
    std::shared_ptr<const SemanticSpace> space;

    qsizetype size() const { return qsizetype(x.size()); }
    bool isEmpty() const { return x.empty(); }
    // The level shown when the whole map is in view.
    int overviewLevel() const { return levels.empty() ? -1 : 0; }
};
