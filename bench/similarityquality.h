#pragma once

#include <QStringList>

// skimmer-similarity-bench --quality [CORPUS…]: precision@5/@10 of tf-idf cosine, LSA cosine (the
// map's semantic space), tf-idf's top 50 re-ranked by LSA or by blends, and what the app runs
// (SemanticSpace), for single papers and for "more like these" selections, against ground truth none of them computes: shared authors on the
// shipped corpus, the planted topic on synthetic corpora, the primary category on corpora that
// carry categories. Prints a table with the build and query cost of each.
int runSimilarityQuality(const QStringList &corpusFiles);
