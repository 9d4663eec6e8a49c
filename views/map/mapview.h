#pragma once

#include "map/mappainter.h"
#include "map/papermap.h"

#include <QPointer>
#include <QPolygonF>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QItemSelectionModel;

// The paper map as a widget, linked both ways to the results list: papers in the list's model
// (the current query, facets and scope) are bright and the rest dim, updated whenever the model
// changes; starred papers and list members are marked; the list's current paper is ringed, and
// clicking a dot or moving with the arrow keys makes that paper current in the list.
// Keys: + / − zoom, Ctrl+arrows pan, arrows go to the nearest paper that way, Tab / Shift+Tab step
// through the clusters, Enter narrows the results to the cluster Tab stepped to (or the current
// paper's), 0 shows the whole map. Mouse: wheel zooms, drag pans, click selects, Shift+drag draws a
// lasso that narrows the results to the papers inside it (Esc while drawing cancels it).
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);

    void setMap(std::shared_ptr<const PaperMap> map);
    // The list's model (rows carry PaperRoles::CorpusIndexRole) and its selection model.
    void setResults(QAbstractItemModel *model, QItemSelectionModel *selection);
    void setProgress(int percent, const QString &stage);

    const PaperMap *map() const { return m_map.get(); }
    qsizetype currentPaper() const { return m_painter.current; }
    int focusedCluster() const { return m_painter.focusedCluster; }
    int focusedLevel() const { return m_focusedLevel; }
    double zoom() const { return m_view.zoom; }
    bool isBright(qsizetype paper) const { return size_t(paper) < m_papers.size() && m_papers[size_t(paper)].bright; }
    bool isStarred(qsizetype paper) const { return size_t(paper) < m_papers.size() && m_papers[size_t(paper)].starred; }
    bool isListed(qsizetype paper) const { return size_t(paper) < m_papers.size() && m_papers[size_t(paper)].listed; }

signals:
    // Enter on a cluster: `id` at `level` (0: the overview), as a cluster:N query term names it.
    void clusterActivated(int level, int id);
    // A finished lasso: one flag per corpus row, true inside the region; `count` of them.
    void regionSelected(const std::vector<bool> &inside, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refreshResults();
    void followCurrent();
    void makeCurrent(qsizetype paper);
    void moveTowards(QPointF direction);
    void stepCluster(int step);
    void zoomBy(double factor);
    void activateCluster();
    void finishLasso();
    qsizetype paperAt(QPointF screen) const;
    MapPainter::Viewport viewport() const;
    bool isDark() const;

    std::shared_ptr<const PaperMap> m_map;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    std::vector<MapPainter::Paper> m_papers;
    std::vector<int> m_rowOf; // corpus row -> row in the results, -1 when not there
    MapPainter m_painter;
    MapPainter::Viewport m_view;
    QString m_progress;
    QPointF m_dragFrom;
    bool m_dragged = false;
    int m_focusedLevel = 0;
    bool m_lassoing = false;
    QPolygonF m_lasso; // in map coordinates, while Shift+dragging
};
