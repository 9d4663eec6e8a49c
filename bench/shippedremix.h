#pragma once

#include "corpus/corpus.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

// A corpus of `papers` records in the native format remixed from the shipped one (seeded): random
// authors of the shipped corpus, 4–9 of its abstract sentences, the first as the tl;dr. Realistic
// vocabulary for the similarity and ranking benchmarks without a generator process.
inline QByteArray remixShippedCorpus(const Corpus &shipped, qsizetype papers)
{
    QStringList sentences, authors;
    for (qsizetype i = 0; i < shipped.size(); ++i) {
        sentences += shipped.abstract(i).split(u". "_qs, Qt::SkipEmptyParts);
        authors += shipped.authors(i);
    }
    QRandomGenerator rng(7);
    QByteArray out;
    for (qsizetype p = 0; p < papers; ++p) {
        QStringList a, s;
        for (int k = 0, n = rng.bounded(1, 6); k < n; ++k)
            a.append(authors.at(rng.bounded(int(authors.size()))));
        for (int k = 0, n = rng.bounded(4, 10); k < n; ++k)
            s.append(sentences.at(rng.bounded(int(sentences.size()))));
        out += a.join(u", "_qs).toUtf8() + "\ntl;dr: " + s.first().toUtf8() + ".\n" + s.join(u". "_qs).toUtf8() + ".\n";
    }
    return out;
}
