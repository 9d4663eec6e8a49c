#include "search/hitlist.h"

#include <numeric>

HitList HitList::all(quint32 count)
{
    HitList h;
    h.docs.resize(count);
    std::iota(h.docs.begin(), h.docs.end(), 0u);
    h.scores.assign(count, 0.f);
    return h;
}

HitList HitList::intersect(const HitList &a, const HitList &b)
{
    HitList out;
    const HitList &small = a.docs.size() <= b.docs.size() ? a : b;
    const HitList &large = &small == &a ? b : a;
    out.docs.reserve(small.docs.size());
    out.scores.reserve(small.docs.size());
    size_t j = 0;
    for (size_t i = 0; i < small.docs.size(); ++i) {
        const quint32 d = small.docs[i];
        while (j < large.docs.size() && large.docs[j] < d)
            ++j;
        if (j == large.docs.size())
            break;
        if (large.docs[j] == d) {
            out.docs.push_back(d);
            out.scores.push_back(small.scores[i] + large.scores[j]);
        }
    }
    return out;
}

HitList HitList::unite(const HitList &a, const HitList &b)
{
    HitList out;
    out.docs.reserve(a.docs.size() + b.docs.size());
    out.scores.reserve(a.docs.size() + b.docs.size());
    size_t i = 0, j = 0;
    while (i < a.docs.size() || j < b.docs.size()) {
        if (j == b.docs.size() || (i < a.docs.size() && a.docs[i] < b.docs[j])) {
            out.docs.push_back(a.docs[i]);
            out.scores.push_back(a.scores[i++]);
        } else if (i == a.docs.size() || b.docs[j] < a.docs[i]) {
            out.docs.push_back(b.docs[j]);
            out.scores.push_back(b.scores[j++]);
        } else {
            out.docs.push_back(a.docs[i]);
            out.scores.push_back(a.scores[i++] + b.scores[j++]);
        }
    }
    return out;
}

HitList HitList::restrict(const HitList &a, const HitList &b)
{
    return subtract(a, subtract(a, b));
}

HitList HitList::subtract(const HitList &a, const HitList &b)
{
    HitList out;
    out.docs.reserve(a.docs.size());
    out.scores.reserve(a.docs.size());
    size_t j = 0;
    for (size_t i = 0; i < a.docs.size(); ++i) {
        while (j < b.docs.size() && b.docs[j] < a.docs[i])
            ++j;
        if (j < b.docs.size() && b.docs[j] == a.docs[i])
            continue;
        out.docs.push_back(a.docs[i]);
        out.scores.push_back(a.scores[i]);
    }
    return out;
}
