#include "map/mapclusterterms.h"

RowSet MapClusterTerms::clusterRows(int level, int id) const
{
    if (!isReady() || level < 0 || size_t(level) >= m_map->levels.size())
        return LibraryRows::none();
    const std::vector<int> &membership = m_map->levels[size_t(level)].membership;
    std::vector<bool> bits(membership.size(), false);
    for (size_t i = 0; i < membership.size(); ++i)
        bits[i] = membership[i] == id;
    return RowSet(std::move(bits));
}

QString MapClusterTerms::label(int level, int id) const
{
    if (!isReady() || level < 0 || size_t(level) >= m_map->levels.size())
        return {};
    const auto &clusters = m_map->levels[size_t(level)].clusters;
    return id >= 0 && size_t(id) < clusters.size() ? clusters[size_t(id)].label : QString();
}
