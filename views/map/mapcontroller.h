#pragma once

#include <QObject>

#include "map/mapclusterterms.h"

#include <memory>

class Corpus;
class SemanticSpace;
class FilterController;
class QLineEdit;
class SearchController;
class MapBuilder;
class MapView;
class QAbstractItemModel;
class QDockWidget;
class QItemSelectionModel;
class QMainWindow;
class QMenu;
class QStandardItemModel;

// Puts the paper map into the window: a dock with the MapView, View ▸ Map (F8) to show it and
// move the focus there, and a MapBuilder that recomputes the map in the background whenever a
// corpus is loaded, its progress shown in the view. Linked to the search, it answers the query's
// cluster:L.N terms from the current map, Enter on a cluster adds such a term to the search field
// (a chip then shows it), typing `cluster:` offers the clusters by their words, and a lasso narrows
// the filters to its region.
class MapController : public QObject
{
    Q_OBJECT

public:
    MapController(QMainWindow *window, QMenu *viewMenu, QAbstractItemModel *results, QItemSelectionModel *selection);

    void setCorpus(const std::shared_ptr<const Corpus> &corpus);
    void link(SearchController *search, QLineEdit *searchEdit, FilterController *filters);
    const MapClusterTerms &clusterTerms() const { return m_clusterTerms; }
    MapView *view() const { return m_view; }
    // The map's clusters for the search field's completion after `cluster:` (empty without a map).
    QAbstractItemModel *clusters() const;
    QDockWidget *dock() const { return m_dock; }

signals:
    // The semantic space of the map just built (null when a new corpus is being mapped).
    void spaceReady(std::shared_ptr<const SemanticSpace> space);

private:
    void fillClusters(const PaperMap *map);

    MapView *m_view;
    QDockWidget *m_dock;
    MapBuilder *m_builder;
    QStandardItemModel *m_clusters;
    std::shared_ptr<const Corpus> m_corpus;
    MapClusterTerms m_clusterTerms;
    SearchController *m_search = nullptr;
    FilterController *m_filters = nullptr;
};
