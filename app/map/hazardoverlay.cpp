// SPDX-License-Identifier: MIT
#include "hazardoverlay.h"

#include "hazardpalette.h"
#include "jejumap.h"

#include "domain/geo/geodesy.h"

#include <QFontMetricsF>
#include <QGeoCoordinate>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace et::map {

namespace {

using domain::hazard::HazardOutline;
using domain::hazard::HazardOutlines;
using report::HazardPalette;

// A label in a rounded box beside `at`: a storm's name, the word DRAFT.
void paintBadge(QPainter *painter, const QPointF &at, const QString &label, const QColor &background)
{
    const QFontMetricsF m(painter->font());
    const QRectF box(at + QPointF(10.0, -m.height() / 2.0 - 2.0), QSizeF(m.horizontalAdvance(label) + 10.0, m.height() + 4.0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(box, 4.0, 4.0);
    painter->setPen(Qt::white);
    painter->drawText(box, Qt::AlignCenter, label);
}
} // namespace

HazardOverlay::HazardOverlay(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    // Clicks and drags go to the map underneath (drawing an incident has its own MouseArea).
    setAcceptedMouseButtons(Qt::NoButton);
}

// As RouteOverlay's: follow the map's view.
void HazardOverlay::setMap(JejuMap *map)
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

void HazardOverlay::setShapes(const QVariantList &shapes)
{
    if (m_shapes == shapes)
        return;
    m_shapes = shapes;
    update();
    emit shapesChanged();
    if (m_drawn != m_shapes.size()) {
        m_drawn = int(m_shapes.size());
        emit drawnCountChanged();
    }
}

void HazardOverlay::setDraft(const QVariantList &draft)
{
    if (m_draft == draft)
        return;
    m_draft = draft;
    update();
    emit shapesChanged();
}

void HazardOverlay::setDraftIsCircle(bool circle)
{
    if (m_draftIsCircle == circle)
        return;
    m_draftIsCircle = circle;
    update();
    emit shapesChanged();
}

void HazardOverlay::setFontFamily(const QString &family)
{
    if (m_fontFamily == family)
        return;
    m_fontFamily = family;
    update();
    emit shapesChanged();
}

QPolygonF HazardOverlay::project(const QVariantList &points) const
{
    QPolygonF out;
    out.reserve(points.size());
    for (const QVariant &v : points) {
        const QPointF p = m_map->fromCoordinate(v.value<QGeoCoordinate>());
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            out << p;
    }
    return out;
}

void HazardOverlay::paintShape(QPainter *painter, const QVariantMap &shape)
{
    const QString styleName = shape.value(QStringLiteral("style")).toString();
    const bool selected = shape.value(QStringLiteral("selected")).toBool();
    const QPolygonF points = project(shape.value(QStringLiteral("points")).toList());
    if (points.isEmpty() || !points.boundingRect().adjusted(-40, -40, 40, 40).intersects(boundingRect()))
        return;
    const QString label = shape.value(QStringLiteral("label")).toString();
    const bool draft = shape.value(QStringLiteral("draft")).toBool();
    const HazardOutline::Style style = HazardOutlines::styleFromString(styleName).value_or(HazardOutline::Style::Area);
    if (style == HazardOutline::Style::Site) {
        const auto priority = domain::hazard::FragilityCurve::priorityFromString(shape.value(QStringLiteral("priority")).toString());
        const QColor c = HazardPalette::site(priority.value_or(domain::hazard::InspectionPriority::Green));
        painter->setPen(QPen(draft ? HazardPalette::draftInk() : QColor(Qt::white), 2.0));
        painter->setBrush(c);
        painter->drawEllipse(points.first(), 6.0, 6.0);
        return;
    }
    if (style == HazardOutline::Style::Eye) {
        // The storm's centre: a ring with its name beside it.
        const QPointF c = points.first();
        painter->setPen(QPen(HazardPalette::eyeInk(), 3.0));
        painter->setBrush(Qt::white);
        painter->drawEllipse(c, 7.0, 7.0);
        if (!label.isEmpty())
            paintBadge(painter, c, label, draft ? HazardPalette::draftInk() : HazardPalette::eyeInk());
        return;
    }
    const HazardPalette s = draft ? HazardPalette::draftOf(style) : HazardPalette::of(style, selected);
    painter->setPen(QPen(s.stroke, s.width, s.pen, Qt::RoundCap, Qt::RoundJoin));
    if (shape.value(QStringLiteral("closed")).toBool()) {
        painter->setBrush(s.fill);
        painter->drawPolygon(points);
    } else {
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(points);
        if (style == HazardOutline::Style::Track) {
            painter->setBrush(s.stroke);
            for (const QPointF &p : points)
                painter->drawEllipse(p, 2.5, 2.5);
        }
    }
    if (!label.isEmpty() && style == HazardOutline::Style::Contour) {
        // The numeral sits on the contour's top, where it does not cover the epicentre.
        QPointF top = points.first();
        for (const QPointF &p : points)
            top = p.y() < top.y() ? p : top;
        painter->setPen(s.stroke);
        painter->drawText(QRectF(top.x() - 20.0, top.y(), 40.0, 16.0), Qt::AlignCenter, label);
    }
    if (const QString badge = shape.value(QStringLiteral("badge")).toString(); !badge.isEmpty()) {
        // A what-if's DRAFT at its outline's top left, outside what it covers.
        QPointF corner = points.first();
        for (const QPointF &p : points)
            corner = p.y() + p.x() < corner.y() + corner.x() ? p : corner;
        paintBadge(painter, corner - QPointF(24.0, 12.0), badge, HazardPalette::draftInk());
    }
}

void HazardOverlay::paintDraft(QPainter *painter)
{
    if (m_draft.isEmpty())
        return;
    const HazardPalette s = HazardPalette::of(HazardOutline::Style::Area, true);
    painter->setPen(QPen(s.stroke, 2.0, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(s.fill);
    if (m_draftIsCircle && m_draft.size() >= 2) {
        const auto c = m_draft.at(0).value<QGeoCoordinate>(), rim = m_draft.at(1).value<QGeoCoordinate>();
        const double km = domain::geo::Geodesy::distanceKm(c.latitude(), c.longitude(), rim.latitude(), rim.longitude());
        QVariantList ring;
        for (int i = 0; i < 72; ++i)
            ring << QVariant::fromValue(domain::geo::Geodesy::destination(c.latitude(), c.longitude(), km, i * 5.0));
        painter->drawPolygon(project(ring));
    } else {
        const QPolygonF points = project(m_draft);
        points.size() >= 3 ? painter->drawPolygon(points) : painter->drawPolyline(points);
    }
    painter->setBrush(Qt::white);
    painter->setPen(QPen(s.stroke, 2.0));
    for (const QPointF &p : project(m_draft))
        painter->drawEllipse(p, 4.0, 4.0);
}

void HazardOverlay::paint(QPainter *painter)
{
    if (m_map) {
        QFont font(m_fontFamily);
        font.setPixelSize(12);
        font.setBold(true);
        painter->setFont(font);
        // The selected incident's shapes last, on top; within one, in the order given (the
        // swath and cone under the track and the storm).
        for (const bool selectedPass : {false, true}) {
            for (const QVariant &v : std::as_const(m_shapes)) {
                const QVariantMap shape = v.toMap();
                if (shape.value(QStringLiteral("selected")).toBool() == selectedPass)
                    paintShape(painter, shape);
            }
        }
        paintDraft(painter);
    }
}

} // namespace et::map
