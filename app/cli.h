#pragma once

#include <QCommandLineParser>
#include <QStringList>

// Command-line handling shared by the GUI and the headless modes.
namespace Cli {

inline constexpr auto kEmbeddedCorpus = ":/corpus/iclr2021-abstracts.txt";

// True when argv asks for a mode that runs without a window (so no QApplication may be created).
bool isHeadless(int argc, char **argv);

void addOptions(QCommandLineParser &parser);

// The corpus path the user gave (positional FILE or --corpus), or the embedded corpus.
QString corpusPath(const QCommandLineParser &parser);

// Runs --list; returns the process exit code.
int runList(const QCommandLineParser &parser);

// Runs --query through the search engine; prints results in rank order and returns the exit code.
int runQuery(const QCommandLineParser &parser);

} // namespace Cli
