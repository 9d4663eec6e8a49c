#pragma once

#include "map/papermap.h"
#include "search/libraryterms.h"

#include <memory>

// Answers the query's cluster:N terms from the current paper map (none before one is ready).
class MapClusterTerms : public ClusterTerms
{
public:
    void setMap(std::shared_ptr<const PaperMap> map) { m_map = std::move(map); }
    const PaperMap *map() const { return m_map.get(); }

    bool isReady() const override { return m_map && !m_map->isEmpty(); }
    RowSet clusterRows(int level, int id) const override;
    // The cluster's label, empty when there is no such cluster (or no map).
    QString label(int level, int id) const;

private:
    std::shared_ptr<const PaperMap> m_map;
};
