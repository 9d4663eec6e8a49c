#include "map/mappainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
constexpr qsizetype kDensityThreshold = 3000; // more dots than this: shade where they crowd
constexpr int kDensityCells = 64;
constexpr double kMinLabelSize = 3;           // clusters smaller than this stay unnamed
} // namespace

double MapPainter::Viewport::scale() const
{
    return std::min(target.width(), target.height()) * 0.92 * zoom;
}

QPointF MapPainter::Viewport::toScreen(float x, float y) const
{
    return target.center() + QPointF((x - center.x()) * scale(), (y - center.y()) * scale());
}

QPointF MapPainter::Viewport::toMap(QPointF screen) const
{
    const QPointF d = (screen - target.center()) / scale();
    return center + d;
}

QColor MapPainter::clusterColor(int cluster, bool dark)
{
    if (cluster < 0)
        return dark ? QColor(120, 120, 120) : QColor(150, 150, 150);
    // Golden-angle hues: neighbouring ids get distant colours.
    const int hue = int(std::fmod(cluster * 137.508, 360.0));
    return QColor::fromHsv(hue, dark ? 150 : 190, dark ? 235 : 185);
}

int MapPainter::levelForZoom(const PaperMap &map, double zoom)
{
    const int levels = int(map.levels.size());
    const int level = zoom < 2.5 ? 0 : zoom < 6 ? 1 : 2;
    return std::min(level, levels - 1);
}

void MapPainter::paintDensity(QPainter &p, const PaperMap &map, const Viewport &view, bool dark) const
{
    std::vector<int> cells(kDensityCells * kDensityCells, 0);
    for (qsizetype i = 0; i < map.size(); ++i) {
        const int cx = std::clamp(int(map.x[size_t(i)] * kDensityCells), 0, kDensityCells - 1);
        const int cy = std::clamp(int(map.y[size_t(i)] * kDensityCells), 0, kDensityCells - 1);
        ++cells[size_t(cy * kDensityCells + cx)];
    }
    const int most = *std::max_element(cells.begin(), cells.end());
    const QColor base = dark ? QColor(255, 255, 255) : QColor(30, 60, 120);
    for (int cy = 0; cy < kDensityCells; ++cy)
        for (int cx = 0; cx < kDensityCells; ++cx) {
            const int count = cells[size_t(cy * kDensityCells + cx)];
            if (!count)
                continue;
            QColor c = base;
            c.setAlphaF(float(0.25 * std::sqrt(double(count) / most)));
            const QPointF a = view.toScreen(float(cx) / kDensityCells, float(cy) / kDensityCells);
            const QPointF b = view.toScreen(float(cx + 1) / kDensityCells, float(cy + 1) / kDensityCells);
            p.fillRect(QRectF(a, b), c);
        }
}

void MapPainter::paint(QPainter &p, const PaperMap &map, const Viewport &view, const std::vector<Paper> &papers,
                       bool dark) const
{
    p.setRenderHint(QPainter::Antialiasing);
    if (map.isEmpty())
        return;
    if (map.size() > kDensityThreshold)
        paintDensity(p, map, view, dark);
    const int level = levelForZoom(map, view.zoom);
    const auto &membership = map.levels[size_t(level)].membership;
    const double radius = std::clamp(view.scale() / std::sqrt(double(map.size())) * 0.12, 1.2, 4.5);
    const QColor dimColor = dark ? QColor(255, 255, 255, 34) : QColor(0, 0, 0, 34);
    // While a query dims part of the map, its papers are drawn larger, with a thin outline, so a
    // handful of hits stands out from hundreds of dim dots.
    std::vector<bool> clusterHit(map.levels[size_t(level)].clusters.size(), false);
    bool anyDim = false;
    for (size_t i = 0; i < papers.size() && i < size_t(map.size()); ++i) {
        anyDim |= !papers[i].bright;
        if (papers[i].bright && membership[i] >= 0 && size_t(membership[i]) < clusterHit.size())
            clusterHit[size_t(membership[i])] = true;
    }
    const double brightRadius = anyDim ? std::max(radius * 1.4, 3.0) : radius;
    const QPen outline(dark ? QColor(0, 0, 0, 160) : QColor(255, 255, 255, 200), 0.8);
    p.setPen(Qt::NoPen);
    for (int pass = 0; pass < 2; ++pass) // dim dots first, so bright ones stay on top
        for (qsizetype i = 0; i < map.size(); ++i) {
            const bool bright = size_t(i) >= papers.size() || papers[size_t(i)].bright;
            if (bright != (pass == 1))
                continue;
            const QPointF at = view.toScreen(map.x[size_t(i)], map.y[size_t(i)]);
            if (!view.target.adjusted(-5, -5, 5, 5).contains(at))
                continue;
            p.setBrush(bright ? clusterColor(membership[size_t(i)], dark) : dimColor);
            p.setPen(bright && anyDim ? outline : QPen(Qt::NoPen));
            p.drawEllipse(at, bright ? brightRadius : radius, bright ? brightRadius : radius);
        }
    const QColor ink = dark ? QColor(240, 240, 240) : QColor(20, 20, 20);
    for (size_t i = 0; i < papers.size() && i < size_t(map.size()); ++i) {
        if (!papers[i].starred && !papers[i].listed)
            continue;
        const QPointF at = view.toScreen(map.x[i], map.y[i]);
        p.setPen(QPen(papers[i].starred ? QColor(230, 170, 0) : ink, 1.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(at - QPointF(radius + 2, radius + 2), QSizeF(2 * radius + 4, 2 * radius + 4)));
    }
    if (current >= 0 && current < map.size()) {
        const QPointF at = view.toScreen(map.x[size_t(current)], map.y[size_t(current)]);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(dark ? QColor(255, 255, 255) : QColor(0, 0, 0), 2.5));
        p.drawEllipse(at, radius + 6, radius + 6);
    }
    paintLabels(p, map, view, level, dark, anyDim ? clusterHit : std::vector<bool>());
}

void MapPainter::paintLabels(QPainter &p, const PaperMap &map, const Viewport &view, int level, bool dark,
                             const std::vector<bool> &clusterHit) const
{
    const auto &clusters = map.levels[size_t(level)].clusters;
    QFont font = p.font();
    font.setPointSizeF(level == 0 ? 10.5 : 9.5);
    font.setBold(level == 0);
    p.setFont(font);
    const QFontMetricsF metrics(font);
    std::vector<QRectF> placed;
    for (size_t c = 0; c < clusters.size(); ++c) { // largest first: they claim their place first
        if (clusters[c].size < kMinLabelSize || clusters[c].label.isEmpty())
            continue;
        const QPointF at = view.toScreen(clusters[c].x, clusters[c].y);
        QRectF box = metrics.boundingRect(clusters[c].label);
        box.moveCenter(at);
        box.adjust(-3, -1, 3, 1);
        const bool focused = int(c) == focusedCluster;
        // A cluster near an edge keeps its label, moved whole onto the screen (the focused one always).
        if (focused || view.target.contains(at))
            box.moveTo(std::clamp(box.left(), view.target.left() + 4, std::max(view.target.left() + 4, view.target.right() - box.width() - 4)),
                       std::clamp(box.top(), view.target.top() + 4, std::max(view.target.top() + 4, view.target.bottom() - box.height() - 4)));
        if (!view.target.contains(box) && !focused)
            continue;
        if (!focused && std::any_of(placed.begin(), placed.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.push_back(box);
        QPainterPath path;
        path.addText(box.left() + 3, box.top() + 1 + metrics.ascent(), font, clusters[c].label);
        p.setPen(QPen(dark ? QColor(20, 20, 24, 220) : QColor(255, 255, 255, 230), 3.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path); // a halo, so labels read over dots
        // Clusters without a paper of the query keep their label, fainter: the landmarks stay.
        const bool faint = !clusterHit.empty() && !clusterHit[c] && !focused;
        p.fillPath(path, dark ? QColor(245, 245, 245, faint ? 130 : 255) : QColor(25, 25, 25, faint ? 120 : 255));
        if (focused) {
            p.setPen(QPen(clusterColor(int(c), dark), 2));
            p.drawRoundedRect(box.adjusted(-3, -2, 3, 2), 4, 4);
        }
    }
}
