#pragma once

#include <QCommandLineParser>

// The headless library commands: --bookmark, --unbookmark, --add-to-list, --lists, --export-list,
// --import-list, all on the library named by --library (or SKIMMER_LIBRARY, or the default).
// Each exits 0 only after its change is committed to disk.
namespace LibraryCommands {

// The flags that make these commands headless, for Cli::isHeadless.
bool isCommandFlag(const QByteArray &arg);

void addOptions(QCommandLineParser &parser);

// True when the parsed command line asks for one of these commands.
bool isRequested(const QCommandLineParser &parser);

// The library file: --library, else $SKIMMER_LIBRARY, else AppDataLocation/library.sqlite.
QString libraryPath(const QCommandLineParser &parser);

// Runs the requested command; returns the process exit code.
int run(const QCommandLineParser &parser);

} // namespace LibraryCommands
