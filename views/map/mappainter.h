#pragma once

#include "map/papermap.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;

// Draws a paper map: dots coloured by cluster (dimmed when not among the current results),
// a density shading where dots crowd, marks for starred papers and list members, a ring on the
// current paper, and cluster labels placed largest first without overlapping. Used by the map
// view and by `--map-image`, so the window and the picture look the same.
class MapPainter
{
public:
    struct Paper
    {
        bool bright = true;
        bool starred = false;
        bool listed = false;
    };

    // Map coordinates (0..1) to widget coordinates: the map's centre `center` at the middle of
    // `target`, scaled by `zoom` (1: the whole map fits).
    struct Viewport
    {
        QRectF target;
        QPointF center{0.5, 0.5};
        double zoom = 1;
        QPointF toScreen(float x, float y) const;
        QPointF toMap(QPointF screen) const;
        double scale() const;
    };

    static QColor clusterColor(int cluster, bool dark);
    // The cluster level for a zoom: coarse far out, finer closer in.
    static int levelForZoom(const PaperMap &map, double zoom);

    void paint(QPainter &p, const PaperMap &map, const Viewport &view, const std::vector<Paper> &papers, bool dark) const;

    qsizetype current = -1;      // the current paper, ringed
    int focusedCluster = -1;     // the cluster Tab stepped to, outlined

private:
    void paintDensity(QPainter &p, const PaperMap &map, const Viewport &view, bool dark) const;
    // clusterHit: per cluster, whether one of its papers is bright; empty when none is dim.
    void paintLabels(QPainter &p, const PaperMap &map, const Viewport &view, int level, bool dark,
                     const std::vector<bool> &clusterHit) const;
};
