#pragma once

#include "search/queryexpander.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// The acronym–expansion pairs of a corpus (AcronymMiner) and the query expansion they give: a query
// word that is a known acronym also matches its expansion as a phrase ("gnn" → "graph neural
// network*"), and an expansion typed as a phrase or as consecutive words also matches the acronym.
// Immutable once built, so it is shared between threads.
class AcronymTable : public QueryExpander
{
public:
    struct Pair
    {
        QByteArray acronym;      // folded, without a plural s: "gnn"
        QString acronymText;     // as most often written: "GNN"
        QList<QByteArray> words; // folded, the last one singular: graph, neural, network
        int count = 0;           // how many times the corpus defines it
        QString expansionText() const;
        // The phrase a query searches for: the last word a prefix stem ("polic" for policy, policies).
        QList<QByteArray> queryWords() const;
    };

    AcronymTable() = default;
    explicit AcronymTable(QList<Pair> pairs);

    const QList<Pair> &pairs() const { return m_pairs; }
    bool isEmpty() const { return m_pairs.isEmpty(); }
    // The expansions of a folded word ("gnn", also "gnns"); empty when it is no known acronym.
    QList<const Pair *> expansionsOf(const QByteArray &word) const;
    // The acronyms whose expansion these folded words are (the last one singular or plural).
    QList<const Pair *> acronymsOf(const QList<QByteArray> &words) const;

    SearchQuery expand(const SearchQuery &query, QStringList *notes) const override;

    // "networks" → "network", "policies" → "policy", "processes" → "process"; "loss", "analysis" stay.
    static QByteArray singular(const QByteArray &word);

private:
    static QByteArray key(const QList<QByteArray> &words);
    void expandWords(SearchQuery::Clause &clause, const SearchQuery::Clause &original, QStringList &notes) const;
    void expandRuns(const SearchQuery &original, SearchQuery &out, QStringList &notes) const;

    QList<Pair> m_pairs;
    QHash<QByteArray, QList<qsizetype>> m_byAcronym;
    QHash<QByteArray, QList<qsizetype>> m_byExpansion;
};
