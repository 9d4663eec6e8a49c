#pragma once

#include <QObject>

#include <memory>

class Corpus;
class MapBuilder;
class MapView;
class QAbstractItemModel;
class QDockWidget;
class QItemSelectionModel;
class QMainWindow;
class QMenu;

// Puts the paper map into the window: a dock with the MapView, View ▸ Map (F8) to show it and
// move the focus there, and a MapBuilder that recomputes the map in the background whenever a
// corpus is loaded, its progress shown in the view.
class MapController : public QObject
{
    Q_OBJECT

public:
    MapController(QMainWindow *window, QMenu *viewMenu, QAbstractItemModel *results, QItemSelectionModel *selection);

    void setCorpus(const std::shared_ptr<const Corpus> &corpus);
    MapView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }

private:
    MapView *m_view;
    QDockWidget *m_dock;
    MapBuilder *m_builder;
    std::shared_ptr<const Corpus> m_corpus;
};
