#pragma once

#include "corpus/corpus.h"
#include "corpus/corpusbuilder.h"
#include "facets/fieldfacetindex.h"

#include <QByteArray>
#include <QList>

#include <memory>

// Corpora with titles, years, venues, categories, keywords and DOIs for the tests of everything that
// shows, searches, facets and exports them: built through CorpusBuilder::add() as importers do.
namespace MetadataCorpus {

std::shared_ptr<const Corpus> build(const QList<CorpusBuilder::Fields> &records);
// The synthetic corpus of TestCorpus::generate() with deterministic metadata: ~90% titled (a few
// words from shipped sentences), years 2012..2023, one of a few venues, arXiv categories with a
// primary, keywords, and DOIs; a tenth of the records carry none of it.
std::shared_ptr<const Corpus> generate(const QByteArray &shipped, int records, quint32 seed);
// A paper's values of one metadata facet, read from the corpus alone (the brute force of the facet tests).
QStringList fieldValues(const Corpus &c, qsizetype row, FieldFacetIndex::Kind kind);

} // namespace MetadataCorpus
