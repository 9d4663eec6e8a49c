#pragma once

#include <QCommandLineParser>

// `skimmer --map-json OUT.json [--map-image OUT.png|OUT.svg] [CORPUS]`: computes the paper map
// headless and writes it as JSON and, optionally, as a picture with its labels.
namespace MapCommand {
// True when argv asks for the map; decided before any application object exists, because the
// picture needs a QGuiApplication (on the offscreen platform), not a QApplication.
bool isRequested(int argc, char **argv);
void addOptions(QCommandLineParser &parser);
// Returns the process exit code.
int run(const QCommandLineParser &parser);
} // namespace MapCommand
