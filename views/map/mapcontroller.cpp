#include "map/mapcontroller.h"

#include "map/mapbuilder.h"
#include "map/mapview.h"

#include "facets/filtercontroller.h"
#include "search/searchcontroller.h"

#include <QAction>
#include <QLineEdit>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>

MapController::MapController(QMainWindow *window, QMenu *viewMenu, QAbstractItemModel *results,
                             QItemSelectionModel *selection)
    : QObject(window), m_view(new MapView), m_dock(new QDockWidget(tr("Map"), window)), m_builder(new MapBuilder(this))
{
    m_builder->setCacheFolder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/maps"));
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
    m_view->setMap(nullptr);
    m_builder->build(corpus);
}
