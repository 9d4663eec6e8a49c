#pragma once

#include "image/cachedcorpusreader.h"

#include <QByteArray>
#include <QCommandLineParser>

class SearchIndex;

// The command line's use of the index image cache (the window's folder, ImageCache::defaultFolder()):
// a corpus-reading command reopens a file from its image, and --query/--facets, which index the
// file anyway, save the image after printing when there was none. --no-cache neither reads nor
// writes; --clear-cache removes every image and says how much that freed. With --verbose each
// step is told on stderr.
namespace CliCache {

void addOptions(QCommandLineParser &parser);
// --clear-cache, which needs no window.
bool isHeadlessFlag(const QByteArray &arg);
bool isClearRequested(const QCommandLineParser &parser);
// Runs --clear-cache; returns the exit code.
int runClear();

// Reads the corpus at path through the cache (unless --no-cache).
CachedCorpusReader::Read read(const QCommandLineParser &parser, const QString &path,
                              const CorpusReader::Options &options);
// After the results are printed: saves the image of a parsed read (unless --no-cache).
void save(const QCommandLineParser &parser, const QString &path, CorpusReader::Format format,
          const CachedCorpusReader::Read &read, const SearchIndex &index);

} // namespace CliCache
