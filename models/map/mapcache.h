#pragma once

#include "map/mappipeline.h"
#include "map/papermap.h"

#include <QString>

#include <atomic>
#include <memory>

class Corpus;

// Keeps computed maps between runs, one file per corpus in a cache folder (the app passes
// QStandardPaths::CacheLocation/maps). A file is keyed by the corpus's content — the ordered content
// hashes of its papers, which cover every field the map reads — and by the pipeline's options, so an
// edited corpus or a changed pipeline never gets an old map. Each file carries a header (magic,
// format version, key, paper count) and a checksum of its body: a damaged, truncated, foreign or
// older file reads as absent and is rebuilt. Files are written to a temporary name and renamed
// (QSaveFile), read whole (no mapping, so a file truncated meanwhile cannot raise SIGBUS), and the
// folder keeps at most maxFiles maps, the least recently used removed first. Thread-safe for use
// from one builder thread at a time per folder.
class MapCache
{
public:
    static constexpr quint32 kFormatVersion = 3; // 2: the semantic space, 3: its self-check

    explicit MapCache(QString folder, int maxFiles = 8);

    // The map of a corpus: the one kept in cacheFolder when there is one, else built (and kept there
    // when not empty). An empty folder means no cache. What the window's builder and the command line use.
    static std::shared_ptr<const PaperMap> buildOrLoad(const Corpus &corpus, const QString &cacheFolder,
                                                       const MapPipeline::Progress &report = {},
                                                       const std::atomic<bool> *cancel = nullptr);

    // Where the app keeps its maps: QStandardPaths::CacheLocation/maps.
    static QString defaultFolder();

    static quint64 keyOf(const Corpus &corpus, const MapPipeline::Options &options);
    QString pathFor(quint64 key) const;

    // The stored map for this key and paper count, or null when there is none or it is unusable.
    std::shared_ptr<PaperMap> load(quint64 key, qsizetype papers) const;
    // Stores a non-empty map; false (and nothing left behind) when the folder cannot be written.
    bool save(quint64 key, const PaperMap &map) const;

private:
    void evict() const;

    QString m_folder;
    int m_maxFiles;
};
