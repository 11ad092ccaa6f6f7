// SPDX-License-Identifier: MIT
#include "domain/hazard/hazardimpact.h"

#include "domain/hazard/typhoonfootprint.h"
#include "domain/hazard/typhoonwindfield.h"

#include <cmath>
#include <numbers>

namespace et::domain::hazard {

namespace {
constexpr double kKmPerDegree = 6371.0088 * std::numbers::pi / 180.0;

SiteImpact judged(const QString &id, double intensity, const FragilityCurve &curve)
{
    return SiteImpact::of(id, intensity, curve.probability(intensity));
}
} // namespace

SiteImpact SiteImpact::of(const QString &id, double intensity, double probability)
{
    return {id, intensity, probability, FragilityCurve::stateOf(probability), FragilityCurve::priorityOf(probability)};
}

QList<SiteImpact> HazardImpact::ofTyphoon(const TyphoonTrack &track, const QDateTime &from, const QDateTime &to,
                                          const QList<ImpactSite> &sites)
{
    std::vector<double> strongest(size_t(sites.size()), 0.0);
    if (!track.points.isEmpty()) {
        for (QDateTime t = std::max(from, track.points.first().time); t <= std::min(to, track.points.last().time); t = t.addSecs(3600)) {
            const auto fix = track.at(t);
            if (!fix)
                continue;
            const auto profile = TyphoonWindField::profileOf(*fix);
            if (!profile.ok())
                continue;
            const double reach = TyphoonFootprint::radiusOfWindKm(*fix, kIgnoredWindMs);
            if (reach <= 0.0)
                continue;
            const double kmPerLon = kKmPerDegree * std::cos(fix->lat * std::numbers::pi / 180.0);
            const double reach2 = reach * reach;
            for (qsizetype i = 0; i < sites.size(); ++i) {
                const double dx = (sites[i].lon - fix->lon) * kmPerLon, dy = (sites[i].lat - fix->lat) * kKmPerDegree;
                const double d2 = dx * dx + dy * dy;
                if (d2 > reach2)
                    continue;
                const double wind = TyphoonWindField::kSurfaceFactor * profile.value().gradientWindMs(std::sqrt(d2));
                strongest[size_t(i)] = std::max(strongest[size_t(i)], wind);
            }
        }
    }
    QList<SiteImpact> out;
    out.reserve(sites.size());
    for (qsizetype i = 0; i < sites.size(); ++i)
        out << judged(sites[i].id, strongest[size_t(i)], FragilityCurve::forWind(sites[i].kind));
    return out;
}

QList<SiteImpact> HazardImpact::ofEarthquake(const EarthquakeIntensity &quake, const QList<ImpactSite> &sites)
{
    QList<SiteImpact> out;
    out.reserve(sites.size());
    for (const ImpactSite &s : sites)
        out << judged(s.id, quake.mmiAt(s.lat, s.lon), FragilityCurve::forEarthquake(s.kind));
    return out;
}

} // namespace et::domain::hazard
