// SPDX-License-Identifier: MIT
#include "domain/hazard/hazardoutlines.h"

#include "domain/hazard/earthquakeintensity.h"
#include "domain/hazard/typhoonfootprint.h"

#include <algorithm>

namespace et::domain::hazard {

namespace {
// The damaging wind whose swath the map shows, and the two radii of the replayed storm (the
// best track's 30- and 50-kt winds).
constexpr double kSwathWindMs = 25.0;
constexpr double kGaleMs = 15.0;
const char *const kRoman[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
} // namespace

HazardOutline HazardOutlines::disc(const GeoDisc &d, HazardOutline::Style style, const QString &label)
{
    return {SweptOutline::of({d}, 36), style, true, label, std::nullopt};
}

QList<HazardOutline> HazardOutlines::of(const Disaster &d, const QDateTime &at, const QDateTime &issuedAt)
{
    using Style = HazardOutline::Style;
    QList<HazardOutline> out;
    const DisasterHazard &h = d.hazard;
    if (h.track && !h.track->points.isEmpty()) {
        const TyphoonTrack &track = *h.track;
        const QDateTime issued = issuedAt.isValid() ? issuedAt : track.points.first().time;
        const auto swath = TyphoonFootprint::swath(track, kSwathWindMs, track.points.first().time, track.points.last().time);
        if (!swath.isEmpty())
            out << HazardOutline{SweptOutline::of(swath), Style::Swath, true, {}, std::nullopt};
        const auto cone = TyphoonFootprint::cone(track, issued);
        if (!cone.isEmpty())
            out << HazardOutline{SweptOutline::of(cone), Style::Cone, true, {}, std::nullopt};
        QList<QPointF> line;
        for (const TrackPoint &p : track.points)
            line << QPointF(p.lon, p.lat);
        out << HazardOutline{line, Style::Track, false, {}, std::nullopt};
        if (at.isValid()) {
            if (const auto now = track.at(at)) {
                for (const auto &[wind, style] : {std::pair{kGaleMs, Style::Wind15}, std::pair{kSwathWindMs, Style::Wind25}}) {
                    if (const auto f = TyphoonFootprint::footprint(track, wind, at))
                        out << disc(*f, style);
                }
                out << HazardOutline{{QPointF(now->lon, now->lat)}, Style::Eye, false, track.name.isEmpty() ? d.title : track.name,
                                     std::nullopt};
            }
        }
    }
    if (h.magnitude && h.depthKm) {
        const EarthquakeIntensity quake(d.lat, d.lon, *h.depthKm, *h.magnitude);
        for (const auto &[mmi, contour] : quake.contours(3))
            out << disc(contour, Style::Contour, QString::fromLatin1(kRoman[std::clamp(mmi, 0, 12)]));
    }
    if (!h.polygon.isEmpty())
        out << HazardOutline{h.polygon, Style::Area, true, {}, std::nullopt};
    return out;
}

QList<HazardOutline> HazardOutlines::sitesOf(const IncidentImpact &impact)
{
    QList<ImpactedSite> sites = impact.sites;
    std::stable_sort(sites.begin(), sites.end(), [](const ImpactedSite &a, const ImpactedSite &b) { return a.impact.priority < b.impact.priority; });
    QList<HazardOutline> out;
    for (const ImpactedSite &site : sites) {
        if (site.impact.probability > 0.0)
            out << HazardOutline{{QPointF(site.lon, site.lat)}, HazardOutline::Style::Site, false, {}, site.impact.priority};
    }
    return out;
}

QString HazardOutlines::toString(HazardOutline::Style style)
{
    switch (style) {
    case HazardOutline::Style::Swath: return QStringLiteral("swath");
    case HazardOutline::Style::Cone: return QStringLiteral("cone");
    case HazardOutline::Style::Track: return QStringLiteral("track");
    case HazardOutline::Style::Wind15: return QStringLiteral("wind15");
    case HazardOutline::Style::Wind25: return QStringLiteral("wind25");
    case HazardOutline::Style::Eye: return QStringLiteral("eye");
    case HazardOutline::Style::Contour: return QStringLiteral("contour");
    case HazardOutline::Style::Area: return QStringLiteral("area");
    case HazardOutline::Style::Site: return QStringLiteral("site");
    }
    return {};
}

} // namespace et::domain::hazard

namespace et::domain::hazard {

std::optional<HazardOutline::Style> HazardOutlines::styleFromString(QStringView name)
{
    using Style = HazardOutline::Style;
    for (const Style style : {Style::Swath, Style::Cone, Style::Track, Style::Wind15, Style::Wind25, Style::Eye, Style::Contour, Style::Area,
                              Style::Site}) {
        if (name == toString(style))
            return style;
    }
    return std::nullopt;
}

} // namespace et::domain::hazard
