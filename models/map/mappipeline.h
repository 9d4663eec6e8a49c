#pragma once

#include "map/papermap.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Corpus;

// Builds the map of a corpus, screen-free and deterministic: tf-idf → LSA → kNN graph → UMAP →
// Leiden at a few resolutions → c-TF-IDF labels. Above landmarkThreshold papers only an evenly
// spaced sample (the landmarks) goes through the graph stages; every other paper is placed and
// clustered from its nearest landmarks. Runs on any thread; slow.
class MapPipeline
{
public:
    struct Options
    {
        int dimensions = 100;
        int neighbours = 7; // skimmer-map-bench --neighbours 10,7,8: 7 preserves most at 434 and 10k, and is fastest
        quint32 seed = 20260;
        qsizetype landmarkThreshold = 6000;
        std::vector<double> resolutions{1.2, 3.0, 8.0}; // coarse first
    };
    // percent 0..100 and the stage's name (translatable by the caller).
    using Progress = std::function<void(int percent, const QString &stage)>;

    static constexpr qsizetype kMinPapers = 3;

    // A map with emptyReason set when the corpus cannot be mapped; null when cancelled.
    static std::shared_ptr<const PaperMap> build(const Corpus &corpus, const Options &options,
                                                 const Progress &progress = {},
                                                 const std::atomic<bool> *cancelled = nullptr);
};
