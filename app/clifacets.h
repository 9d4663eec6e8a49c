#pragma once

#include "corpus/corpus.h"
#include "corpus/corpusformatter.h"

#include <QCommandLineParser>
#include <QStringList>

#include <vector>

// The author-facet part of the command line: --author, --exclude-author, --any, --facets, --top.
namespace CliFacets {

void addOptions(QCommandLineParser &parser);
// True when any facet option is given (the run is then headless, like --query).
bool isSet(const QCommandLineParser &parser);
// The headless flags, for Cli::isHeadless (which runs before any parser exists).
bool isHeadlessFlag(const QByteArray &arg);

// Keeps the rows (and scores alongside, if any) the --author/--exclude-author/--any options accept.
// False, with *error set, when a name is unknown or --top is not a positive number.
bool filter(const QCommandLineParser &parser, const Corpus &corpus, std::vector<quint32> &rows,
            std::vector<float> &scores, QString *error);

// With --facets: the author counts of the rows in the facet panel's order (--top N first ones);
// json is an array of {name, count}, text and tsv one author per line.
QByteArray facets(const QCommandLineParser &parser, std::shared_ptr<const Corpus> corpus,
                  const std::vector<quint32> &rows, CorpusFormatter::Format format);

} // namespace CliFacets
