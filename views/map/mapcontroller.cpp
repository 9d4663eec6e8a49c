#include "map/mapcontroller.h"

#include "map/mapbuilder.h"
#include "map/mapcache.h"
#include "map/mapview.h"

#include "facets/filtercontroller.h"
#include "search/searchcontroller.h"
#include "search/semanticspace.h"
#include "text/logging.h"
#include "widgets/termcompleter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStandardItemModel>

namespace {
constexpr int kTermRole = Qt::UserRole + 1;  // "7" or "2.15", as the cluster: term writes it
constexpr int kMatchRole = Qt::UserRole + 2; // the term and the cluster's words, matched as typed
} // namespace

MapController::MapController(QMainWindow *window, QMenu *viewMenu, QAbstractItemModel *results,
                             QItemSelectionModel *selection)
    : QObject(window), m_view(new MapView), m_dock(new QDockWidget(tr("Map"), window)), m_builder(new MapBuilder(this)),
      m_clusters(new QStandardItemModel(this))
{
    m_builder->setCacheFolder(MapCache::defaultFolder());
    m_view->setResults(results, selection);
    m_dock->setObjectName(QStringLiteral("mapDock"));
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    QAction *show = viewMenu->addAction(tr("&Map"));
    show->setObjectName(QStringLiteral("mapAction"));
    show->setShortcut(Qt::Key_F8);
    connect(show, &QAction::triggered, this, [this, window] {
        const bool wasHidden = m_dock->isHidden();
        m_dock->show();
        if (wasHidden && m_dock->width() < window->width() * 2 / 5) // a map needs room to read
            window->resizeDocks({m_dock}, {window->width() * 2 / 5}, Qt::Horizontal);
        m_dock->raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_builder, &MapBuilder::progress, m_view, &MapView::setProgress);
    connect(m_builder, &MapBuilder::ready, this, [this](std::shared_ptr<const PaperMap> map) {
        m_clusterTerms.setMap(map);
        fillClusters(map.get());
        if (map && map->space)
            qCInfo(lcUi).noquote() << map->space->check().describe();
        emit spaceReady(map ? map->space : nullptr);
        m_view->setMap(std::move(map));
        if (m_search && !m_search->libraryChanged() && m_filters)
            m_filters->updateChips(); // the same rows, but the chips can name the clusters now
    });
}

void MapController::link(SearchController *search, QLineEdit *searchEdit, FilterController *filters)
{
    m_search = search;
    m_filters = filters;
    search->setClusterTerms(&m_clusterTerms);
    filters->setClusterNamer([this](int level, int id, bool *ready) {
        *ready = m_clusterTerms.isReady();
        return m_clusterTerms.label(level, id);
    });
    auto *completer = new TermCompleter(searchEdit, m_clusters, QStringLiteral("cluster"), kMatchRole, kTermRole,
                                        Qt::MatchContains); // cluster:graph → cluster:7
    completer->popup()->setAccessibleName(tr("Map clusters"));
    connect(m_view, &MapView::clusterActivated, searchEdit, [searchEdit](int level, int id) {
        const QString term = level == 0 ? QStringLiteral("cluster:%1").arg(id)
                                        : QStringLiteral("cluster:%1.%2").arg(level + 1).arg(id);
        const QString text = searchEdit->text().trimmed();
        if (!text.split(QLatin1Char(' ')).contains(term))
            searchEdit->setText(text.isEmpty() ? term : text + u' ' + term);
    });
    connect(m_view, &MapView::regionSelected, filters,
            [filters](const std::vector<bool> &inside, int count) { filters->setRegion(inside, count); });
}

void MapController::setCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    m_corpus = corpus;
    m_clusterTerms.setMap(nullptr);
    fillClusters(nullptr);
    m_view->setMap(nullptr);
    emit spaceReady(nullptr);
    m_builder->build(corpus);
}

QAbstractItemModel *MapController::clusters() const
{
    return m_clusters;
}

// The overview's clusters, then the next level's: "cluster:7 · graph, neural, networks · 312 papers".
void MapController::fillClusters(const PaperMap *map)
{
    m_clusters->clear();
    for (size_t level = 0; map && level < map->levels.size() && level < 2; ++level) {
        const std::vector<PaperMap::Cluster> &clusters = map->levels[level].clusters;
        for (size_t id = 0; id < clusters.size(); ++id) {
            const QString term = level == 0 ? QString::number(id) : QStringLiteral("%1.%2").arg(level + 1).arg(id);
            auto *item = new QStandardItem(tr("cluster:%1 · %2 · %n paper(s)", nullptr, clusters[id].size)
                                               .arg(term, clusters[id].label));
            item->setData(term, kTermRole);
            item->setData(term + u' ' + clusters[id].words.join(u' ') + u' ' + clusters[id].label, kMatchRole);
            m_clusters->appendRow(item);
        }
    }
}
