#pragma once

#include <QStringView>

// English function words, plus the stock phrases of abstracts ("propose", "paper", "results"), that
// carry no topic. Terms are folded (lower case, no accents) before they are looked up.
namespace StopWords {

bool contains(QStringView foldedTerm);

} // namespace StopWords
