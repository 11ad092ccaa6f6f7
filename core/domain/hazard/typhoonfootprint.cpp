// SPDX-License-Identifier: MIT
#include "domain/hazard/typhoonfootprint.h"

#include "domain/hazard/typhoonwindfield.h"

namespace et::domain::hazard {

namespace {
constexpr qint64 kStepSecs = 3600;
constexpr double kFarthestKm = 1500.0;
} // namespace

double TyphoonFootprint::radiusOfWindKm(const TrackPoint &fix, double windMs)
{
    const auto profile = TyphoonWindField::profileOf(fix);
    if (!profile.ok())
        return 0.0;
    const auto surface = [&](double r) { return TyphoonWindField::kSurfaceFactor * profile.value().gradientWindMs(r); };
    // Outside Rmax the wind only falls: bisect between Rmax and far out. (With Coriolis the peak
    // lies a little inside Rmax and is a few percent stronger; a speed only reached there has no
    // radius outside it, which is what a swath is drawn from.)
    const double inner = profile.value().rmaxKm();
    if (surface(inner) < windMs)
        return 0.0;
    double lo = inner, hi = kFarthestKm;
    if (surface(hi) >= windMs)
        return hi;
    for (int i = 0; i < 50; ++i) {
        const double mid = (lo + hi) / 2.0;
        (surface(mid) >= windMs ? lo : hi) = mid;
    }
    return lo;
}

QList<GeoDisc> TyphoonFootprint::cone(const TyphoonTrack &track, const QDateTime &issued)
{
    QList<GeoDisc> discs;
    if (track.points.isEmpty())
        return discs;
    for (QDateTime t = std::max(issued, track.points.first().time); t <= track.points.last().time; t = t.addSecs(kStepSecs)) {
        const auto fix = track.at(t);
        if (fix)
            discs << GeoDisc{fix->lat, fix->lon, kConeKmPerHour * double(issued.secsTo(t)) / 3600.0};
    }
    return discs;
}

QList<GeoDisc> TyphoonFootprint::swath(const TyphoonTrack &track, double windMs, const QDateTime &from, const QDateTime &to)
{
    QList<GeoDisc> discs;
    if (track.points.isEmpty())
        return discs;
    for (QDateTime t = std::max(from, track.points.first().time); t <= std::min(to, track.points.last().time); t = t.addSecs(kStepSecs)) {
        if (const auto disc = footprint(track, windMs, t); disc && disc->radiusKm > 0.0)
            discs << *disc;
    }
    return discs;
}

std::optional<GeoDisc> TyphoonFootprint::footprint(const TyphoonTrack &track, double windMs, const QDateTime &time)
{
    const auto fix = track.at(time);
    if (!fix)
        return std::nullopt;
    return GeoDisc{fix->lat, fix->lon, radiusOfWindKm(*fix, windMs)};
}

} // namespace et::domain::hazard
