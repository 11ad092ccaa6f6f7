// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"
#include "domain/hazard/fragilitycurve.h"
#include "domain/hazard/incidentimpact.h"
#include "domain/hazard/sweptoutline.h"

#include <QDateTime>
#include <QList>
#include <QPointF>

#include <optional>

namespace et::domain::hazard {

/// One shape of an incident as a map draws it, in (lon, lat).
struct HazardOutline
{
    enum class Style { Swath, Cone, Track, Wind15, Wind25, Eye, Contour, Area, Site };
    QList<QPointF> lonLat;
    Style style = Style::Area;
    bool closed = false;
    QString label;                                 ///< a contour's numeral, a storm's name
    std::optional<InspectionPriority> priority;    ///< a site's colour
    bool operator==(const HazardOutline &) const = default;
};

/// What a map shows of an incident, shared by the console's overlay (models/HazardShapes) and the
/// situation report's map: for a typhoon with a track its 25 m/s swath, its forecast cone from
/// `issuedAt`, the track and — at `at` — the storm's eye and the reach of its 15 and 25 m/s winds
/// (the best track's 30- and 50-kt radii); for an earthquake its intensity contours (MMI III and
/// up, with their numerals); for a drawn incident its polygon; and the sites its impact puts at
/// risk in their inspection colour (green first, so the worse colours lie on top).
class HazardOutlines
{
public:
    static QList<HazardOutline> of(const Disaster &disaster, const QDateTime &at, const QDateTime &issuedAt);
    static QList<HazardOutline> sitesOf(const IncidentImpact &impact);
    static HazardOutline disc(const GeoDisc &disc, HazardOutline::Style style, const QString &label = {});
    /// "swath", "cone", "track", "wind15", "wind25", "eye", "contour", "area", "site".
    static QString toString(HazardOutline::Style style);
    static std::optional<HazardOutline::Style> styleFromString(QStringView name);
};

} // namespace et::domain::hazard
