#include "map/mapview.h"

#include "corpus/paperroles.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMaxZoom = 40;
constexpr double kPanStep = 0.1; // of the visible width
constexpr double kClickRadius = 8;
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Paper map"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 200);
    m_progress = tr("The map is computed after the corpus loads…");
}

void MapView::setMap(std::shared_ptr<const PaperMap> map)
{
    m_map = std::move(map);
    m_progress.clear();
    m_painter.focusedCluster = -1;
    m_lassoing = false;
    m_lasso.clear();
    m_view.zoom = 1;
    m_view.center = {0.5, 0.5};
    refreshResults();
}

void MapView::setResults(QAbstractItemModel *model, QItemSelectionModel *selection)
{
    m_model = model;
    m_selection = selection;
    connect(model, &QAbstractItemModel::modelReset, this, &MapView::refreshResults);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MapView::refreshResults);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MapView::refreshResults);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MapView::refreshResults);
    connect(model, &QAbstractItemModel::dataChanged, this, &MapView::refreshResults);
    connect(selection, &QItemSelectionModel::currentChanged, this, &MapView::followCurrent);
    refreshResults();
}

void MapView::setProgress(int percent, const QString &stage)
{
    m_progress = tr("Drawing the map: %1 (%2%)").arg(stage).arg(percent);
    update();
}

void MapView::refreshResults()
{
    const qsizetype n = m_map ? m_map->size() : 0;
    m_papers.assign(size_t(n), MapPainter::Paper{false, false, false});
    m_rowOf.assign(size_t(n), -1);
    // Without a map there is nothing to mark: skip walking every result row (100k data() calls at
    // load, and again on every keystroke until the map is ready).
    for (int r = 0; n > 0 && m_model && r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, 0);
        const qsizetype paper = index.data(PaperRoles::CorpusIndexRole).toLongLong();
        if (paper < 0 || paper >= n)
            continue;
        m_rowOf[size_t(paper)] = r;
        m_papers[size_t(paper)] = {true, index.data(PaperRoles::BookmarkedRole).toBool(),
                                   !index.data(PaperRoles::ListsRole).toStringList().isEmpty()};
    }
    followCurrent();
}

void MapView::followCurrent()
{
    const QModelIndex current = m_selection ? m_selection->currentIndex() : QModelIndex();
    m_painter.current = current.isValid() ? current.data(PaperRoles::CorpusIndexRole).toLongLong() : -1;
    update();
}

void MapView::makeCurrent(qsizetype paper)
{
    if (paper < 0 || size_t(paper) >= m_rowOf.size() || m_rowOf[size_t(paper)] < 0 || !m_selection)
        return;
    const QModelIndex index = m_model->index(m_rowOf[size_t(paper)], 0);
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    const QPointF at = viewport().toScreen(m_map->x[size_t(paper)], m_map->y[size_t(paper)]);
    if (!rect().contains(at.toPoint()))
        m_view.center = {m_map->x[size_t(paper)], m_map->y[size_t(paper)]};
    update();
}

MapPainter::Viewport MapView::viewport() const
{
    MapPainter::Viewport v = m_view;
    v.target = rect();
    return v;
}

bool MapView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_map || m_map->isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        const QString text = m_map ? m_map->emptyReason : m_progress;
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    m_painter.paint(p, *m_map, viewport(), m_papers, isDark());
    if (m_lassoing && m_lasso.size() > 1) {
        QPolygonF onScreen;
        for (const QPointF &pt : m_lasso)
            onScreen << viewport().toScreen(float(pt.x()), float(pt.y()));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.setBrush(fill);
        p.drawPolygon(onScreen);
    }
}

bool MapView::event(QEvent *event)
{
    // Tab and Shift+Tab step through clusters instead of moving the focus away.
    if (event->type() == QEvent::KeyPress && m_map && !m_map->isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            stepCluster(key->key() == Qt::Key_Tab ? 1 : -1);
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const bool pan = event->modifiers() & Qt::ControlModifier;
    const double step = kPanStep / m_view.zoom;
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Plus: case Qt::Key_Equal: zoomBy(kZoomStep); return;
    case Qt::Key_Minus: zoomBy(1 / kZoomStep); return;
    case Qt::Key_0: m_view.zoom = 1; m_view.center = {0.5, 0.5}; update(); return;
    case Qt::Key_Return: case Qt::Key_Enter: activateCluster(); return;
    case Qt::Key_Escape:
        if (m_lassoing) {
            m_lassoing = false;
            m_lasso.clear();
            update();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    case Qt::Key_Left: direction = {-1, 0}; break;
    case Qt::Key_Right: direction = {1, 0}; break;
    case Qt::Key_Up: direction = {0, -1}; break;
    case Qt::Key_Down: direction = {0, 1}; break;
    default: QWidget::keyPressEvent(event); return;
    }
    if (pan) {
        m_view.center += direction * step;
        update();
    } else {
        moveTowards(direction);
    }
}

// The nearest bright paper within 60° of the direction, distance weighted against straying sideways.
void MapView::moveTowards(QPointF direction)
{
    if (!m_map || m_map->isEmpty())
        return;
    const qsizetype from = m_painter.current;
    if (from < 0) {
        const auto first = std::find_if(m_rowOf.begin(), m_rowOf.end(), [](int r) { return r >= 0; });
        makeCurrent(first == m_rowOf.end() ? -1 : qsizetype(first - m_rowOf.begin()));
        return;
    }
    qsizetype best = -1;
    double bestCost = 0;
    for (qsizetype i = 0; i < m_map->size(); ++i) {
        if (i == from || m_rowOf[size_t(i)] < 0)
            continue;
        const QPointF d(m_map->x[size_t(i)] - m_map->x[size_t(from)], m_map->y[size_t(i)] - m_map->y[size_t(from)]);
        const double along = QPointF::dotProduct(d, direction);
        const double across = std::abs(d.x() * direction.y() - d.y() * direction.x());
        if (along <= 0 || across > along * 1.732)
            continue;
        const double cost = along + 2 * across;
        if (best < 0 || cost < bestCost)
            best = i, bestCost = cost;
    }
    makeCurrent(best);
}

void MapView::stepCluster(int step)
{
    const int level = MapPainter::levelForZoom(*m_map, m_view.zoom);
    const int count = int(m_map->levels[size_t(level)].clusters.size());
    if (count == 0)
        return;
    if (level != m_focusedLevel)
        m_painter.focusedCluster = step > 0 ? -1 : 0; // a new level starts at its largest cluster
    m_focusedLevel = level;
    m_painter.focusedCluster = ((m_painter.focusedCluster + step) % count + count) % count;
    const PaperMap::Cluster &c = m_map->levels[size_t(level)].clusters[size_t(m_painter.focusedCluster)];
    m_view.center = {c.x, c.y};
    setAccessibleDescription(c.label);
    update();
}

// The cluster Tab stepped to, else the current paper's cluster at the level in view.
void MapView::activateCluster()
{
    if (!m_map || m_map->isEmpty())
        return;
    if (m_painter.focusedCluster >= 0) {
        emit clusterActivated(m_focusedLevel, m_painter.focusedCluster);
        return;
    }
    const int level = MapPainter::levelForZoom(*m_map, m_view.zoom);
    const qsizetype paper = m_painter.current;
    if (level < 0 || paper < 0 || paper >= m_map->size())
        return;
    const int cluster = m_map->levels[size_t(level)].membership[size_t(paper)];
    if (cluster != PaperMap::kUnclustered)
        emit clusterActivated(level, cluster);
}

void MapView::finishLasso()
{
    m_lassoing = false;
    const QPolygonF region = m_lasso;
    m_lasso.clear();
    update();
    if (!m_map || region.size() < 3)
        return;
    std::vector<bool> inside(size_t(m_map->size()), false);
    int count = 0;
    const QRectF bounds = region.boundingRect();
    for (size_t i = 0; i < inside.size(); ++i) {
        const QPointF pt(m_map->x[i], m_map->y[i]);
        if (bounds.contains(pt) && region.containsPoint(pt, Qt::OddEvenFill))
            inside[i] = true, ++count;
    }
    emit regionSelected(inside, count);
}

void MapView::zoomBy(double factor)
{
    m_view.zoom = std::clamp(m_view.zoom * factor, 1.0, kMaxZoom);
    update();
}

qsizetype MapView::paperAt(QPointF screen) const
{
    if (!m_map)
        return -1;
    const MapPainter::Viewport v = viewport();
    qsizetype best = -1;
    double bestDistance = kClickRadius * kClickRadius;
    for (qsizetype i = 0; i < m_map->size(); ++i) {
        const QPointF d = v.toScreen(m_map->x[size_t(i)], m_map->y[size_t(i)]) - screen;
        const double distance = QPointF::dotProduct(d, d);
        if (distance < bestDistance && m_rowOf[size_t(i)] >= 0)
            best = i, bestDistance = distance;
    }
    return best;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(kZoomStep, event->angleDelta().y() / 120.0));
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position();
    m_dragged = false;
    m_lassoing = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) && m_map && !m_map->isEmpty();
    m_lasso.clear();
    if (m_lassoing)
        m_lasso << viewport().toMap(event->position());
    setFocus(Qt::MouseFocusReason);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const QPointF delta = event->position() - m_dragFrom;
    if (!m_dragged && delta.manhattanLength() < 4)
        return;
    m_dragged = true;
    if (m_lassoing) {
        m_lasso << viewport().toMap(event->position());
        m_dragFrom = event->position();
        update();
        return;
    }
    m_view.center -= delta / viewport().scale();
    m_dragFrom = event->position();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_lassoing) {
        if (m_dragged) {
            m_lasso << viewport().toMap(event->position());
            finishLasso();
            return;
        }
        m_lassoing = false; // a Shift+click selects like a click
    }
    if (!m_dragged)
        makeCurrent(paperAt(event->position()));
}
