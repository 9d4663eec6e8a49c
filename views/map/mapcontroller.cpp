#include "map/mapcontroller.h"

#include "map/mapbuilder.h"
#include "map/mapview.h"

#include <QAction>
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
    connect(show, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_builder, &MapBuilder::progress, m_view, &MapView::setProgress);
    connect(m_builder, &MapBuilder::ready, m_view, &MapView::setMap);
}

void MapController::setCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    m_corpus = corpus;
    m_view->setMap(nullptr);
    m_builder->build(corpus);
}
