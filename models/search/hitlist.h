#pragma once

#include <QtGlobal>

#include <vector>

// Papers matched by part of a query: ascending rows with a relevance score each. The set operations
// are linear merges, and AND/OR add the scores of the parts.
struct HitList
{
    std::vector<quint32> docs;
    std::vector<float> scores;

    static HitList all(quint32 count);
    static HitList intersect(const HitList &a, const HitList &b);
    static HitList unite(const HitList &a, const HitList &b);
    // The hits of a whose rows are also in b, with a's scores.
    static HitList restrict(const HitList &a, const HitList &b);
    static HitList subtract(const HitList &a, const HitList &b);
};
