#pragma once

#include "corpus/corpusreader.h"

#include <QCommandLineParser>
#include <QStringList>

// Command-line handling shared by the GUI and the headless modes.
namespace Cli {

inline constexpr auto kEmbeddedCorpus = ":/corpus/iclr2021-abstracts.txt";

// True when argv asks for a mode that runs without a window (so no QApplication may be created),
// including a command line the options do not parse (it ends in usageError()).
bool isHeadless(int argc, char **argv);
// Prints what is wrong with the command line and the usage to stderr; returns the exit code.
int usageError(const QCommandLineParser &parser);

void addOptions(QCommandLineParser &parser);

// The value of --lang (or --lang=xx) in argv, read before the parser so that --help is translated.
QString languageArgument(int argc, char **argv);

// The corpus path the user gave (positional FILE or --corpus), or the embedded corpus.
QString corpusPath(const QCommandLineParser &parser);

// --input-format: the forced format, Auto when not given, nullopt for an unknown name.
std::optional<CorpusReader::Format> inputFormat(const QCommandLineParser &parser);
// False (after printing the known names) when --input-format names no format; checked first.
bool checkInputFormat(const QCommandLineParser &parser);
// Reads a corpus file as --input-format says (or detecting its format).
CorpusParser::Result readCorpus(const QCommandLineParser &parser, const QString &path);

// Runs --list; returns the process exit code.
int runList(const QCommandLineParser &parser);

// Runs --query through the search engine; prints results in rank order and returns the exit code.
int runQuery(const QCommandLineParser &parser);

} // namespace Cli
