#pragma once

#include <QByteArray>

// A deterministic synthetic corpus in the shipped format for tests: authors recombined from the
// shipped corpus (plus names with diacritics and letters FTS5 keeps, such as ø, ł, ß) with a skewed
// popularity, tl;drs and abstracts resampled from shipped sentences, ~90% with a tl;dr.
namespace TestCorpus {

QByteArray generate(const QByteArray &shipped, int records, quint32 seed);

} // namespace TestCorpus
