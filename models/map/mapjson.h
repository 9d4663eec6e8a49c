#pragma once

#include "map/papermap.h"

#include <QByteArray>

class Corpus;

// The map as JSON for other tools: {"papers": [{"id", "x", "y", "cluster"}], "clusters": [{"id",
// "label", "size", "x", "y"}]}, the clusters those of the overview level. An empty map adds
// "empty": its reason.
namespace MapJson {
QByteArray toJson(const Corpus &corpus, const PaperMap &map);
} // namespace MapJson
