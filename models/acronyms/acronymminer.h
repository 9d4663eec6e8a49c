#pragma once

#include "acronyms/acronymtable.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>

class Corpus;

// Finds the acronyms a corpus defines, in the two ways abstracts write them: "graph neural networks
// (GNNs)" and "GNN (graph neural network)". Conservative, to keep junk out: the acronym is 2–10 ASCII
// letters with at least two capitals (a plural s dropped), and each of its letters is the initial of
// one word of the expansion, which ends right before the parenthesis (hyphenated words count as
// words; up to two function words such as "of" or "from" may be passed over, and may supply a letter,
// but never start the expansion). Mixed-case acronyms may instead spell the words' beginnings
// ("ResFlows": residual flows). An acronym keeps its most frequent expansion, and others seen twice;
// one the corpus also writes twice as a lower-case word ("feature map" beside MAP) is left out.
class AcronymMiner
{
public:
    struct Candidate
    {
        QByteArray acronym;  // folded, without the plural s
        QString acronymText; // as written, without the plural s
        QList<QByteArray> words; // folded, the last one singular
        bool operator==(const Candidate &) const = default;
    };

    // Every pair one UTF-8 text defines, in order.
    static QList<Candidate> scan(QByteArrayView text);
    // The pairs of every tl;dr, abstract and title of the corpus, on every core. Null when cancelled.
    static std::shared_ptr<const AcronymTable> mine(const Corpus &corpus, const std::atomic<bool> *cancel = nullptr);
    // Pairs from candidates (counted, the chosen expansions kept), in order of first definition.
    static QList<AcronymTable::Pair> collect(const QList<Candidate> &candidates);
};
