// SPDX-License-Identifier: MIT
#include "routeoverlay.h"

#include "jejumap.h"
#include "routelayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace et::map {

RouteOverlay::RouteOverlay(QQuickItem *parent) : QQuickPaintedItem(parent), m_layer(new RouteLayer(this))
{
    setAntialiasing(true);
    // Clicks and drags go to the map underneath.
    setAcceptedMouseButtons(Qt::NoButton);
    connect(m_layer, &ModelLayer::changed, this, [this] {
        update();
        if (drawnCount() != m_lastDrawn) {
            m_lastDrawn = drawnCount();
            emit drawnCountChanged();
        }
    });
}

void RouteOverlay::setMap(JejuMap *map)
{
    if (m_map == map)
        return;
    disconnect(m_viewConnection);
    m_map = map;
    if (m_map)
        m_viewConnection = connect(m_map, &JejuMap::viewChanged, this, [this] { update(); });
    update();
    emit mapChanged();
}

QAbstractItemModel *RouteOverlay::model() const
{
    return m_layer->model();
}

void RouteOverlay::setModel(QAbstractItemModel *model)
{
    if (m_layer->model() == model)
        return;
    m_layer->setModel(model);
    emit modelChanged();
}

template<typename T>
void RouteOverlay::restyle(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    update();
    emit colorChanged();
}

void RouteOverlay::setColor(const QColor &c)
{
    restyle(m_color, c);
}

void RouteOverlay::setLabelColor(const QColor &c)
{
    restyle(m_labelColor, c);
}

void RouteOverlay::setLabelBackground(const QColor &c)
{
    restyle(m_labelBackground, c);
}

void RouteOverlay::setFontFamily(const QString &family)
{
    restyle(m_fontFamily, family);
}

int RouteOverlay::drawnCount() const
{
    int n = 0;
    for (const MapRoute &r : m_layer->routes())
        n += !r.path.isEmpty();
    return n;
}

void RouteOverlay::paint(QPainter *painter)
{
    if (!m_map)
        return;
    QFont font(m_fontFamily);
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF bounds = boundingRect().adjusted(-50, -50, 50, 50);
    // The selected truck's trip last, so it lies on top.
    QList<const MapRoute *> order;
    for (const MapRoute &r : m_layer->routes()) {
        if (!r.path.isEmpty())
            (r.selected ? order.append(&r) : order.prepend(&r));
    }
    for (const MapRoute *r : std::as_const(order)) {
        QPainterPath path;
        bool started = false;
        for (const QGeoCoordinate &c : r->path) {
            const QPointF p = m_map->fromCoordinate(c);
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            started ? path.lineTo(p) : path.moveTo(p);
            started = true;
        }
        if (!started || !path.boundingRect().intersects(bounds))
            continue;
        // A light casing under the line keeps it readable over the tiles and the boundaries.
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(255, 255, 255, 200), r->selected ? 7.0 : 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        QPen pen(m_color, r->selected ? 4.0 : 2.5, r->onRoads ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->drawPath(path);
        if (r->label.isEmpty())
            continue;
        const QPointF end = path.currentPosition();
        const QSizeF size(metrics.horizontalAdvance(r->label) + 10.0, metrics.height() + 4.0);
        const QRectF box(end + QPointF(6.0, -size.height() - 4.0), size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_labelBackground);
        painter->drawRoundedRect(box, 4.0, 4.0);
        painter->setBrush(m_color);
        painter->drawEllipse(end, 4.0, 4.0);
        painter->setPen(m_labelColor);
        painter->drawText(box, Qt::AlignCenter, r->label);
    }
}

} // namespace et::map
