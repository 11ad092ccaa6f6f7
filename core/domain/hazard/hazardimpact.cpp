// SPDX-License-Identifier: MIT
#include "domain/hazard/hazardimpact.h"

#include "domain/hazard/typhoonfootprint.h"
#include "domain/hazard/typhoonwindfield.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace et::domain::hazard {

namespace {
constexpr double kKmPerDegree = 6371.0088 * std::numbers::pi / 180.0;
// Each hour's surface wind profile, sampled this finely out to its reach and read back linearly:
// the profile is smooth, so at a few hundred metres between samples the reading is within 0.1 %
// of the equation (tst_hazardimpact holds it to 0.5 %), and an hour costs a thousand evaluations
// of Holland's power and exponential instead of one per site (bench_impact).
constexpr int kProfileSamples = 1024;

// Library code that uses 256-bit AVX (seen after Qt's hashing and sorting of strings in an
// incident's assessment, on an AMD EPYC) may leave the registers' upper halves dirty; the SSE loop
// below then ran three times slower (bench_impact: 15 ms instead of 5). Clearing them first costs
// nothing; the instruction exists only where the CPU has AVX.
void clearUpperVectorState()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

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
    // The sites' bounding box: an hour whose storm cannot reach the box is skipped whole (most
    // of a track's hours are far out at sea).
    double south = 90.0, north = -90.0, west = 180.0, east = -180.0;
    for (const ImpactSite &s : sites) {
        south = std::min(south, s.lat);
        north = std::max(north, s.lat);
        west = std::min(west, s.lon);
        east = std::max(east, s.lon);
    }
    // Each site's position and strongest wind side by side, in one cache line.
    struct Probe
    {
        double lat, lon, strongest;
    };
    std::vector<Probe> probes;
    probes.reserve(size_t(sites.size()));
    for (const ImpactSite &s : sites)
        probes.push_back({s.lat, s.lon, 0.0});
    std::vector<double> profileTable(kProfileSamples + 2);
    clearUpperVectorState();
    if (!track.points.isEmpty() && !sites.isEmpty()) {
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
            const double boxDx = (std::clamp(fix->lon, west, east) - fix->lon) * kmPerLon;
            const double boxDy = (std::clamp(fix->lat, south, north) - fix->lat) * kKmPerDegree;
            if (boxDx * boxDx + boxDy * boxDy > reach2)
                continue;
            const double step = reach / kProfileSamples;
            for (int k = 0; k < kProfileSamples + 2; ++k)
                profileTable[size_t(k)] = TyphoonWindField::kSurfaceFactor * profile.value().gradientWindMs(k * step);
            for (Probe &p : probes) {
                const double dx = (p.lon - fix->lon) * kmPerLon, dy = (p.lat - fix->lat) * kKmPerDegree;
                const double d2 = dx * dx + dy * dy;
                if (d2 > reach2)
                    continue;
                const double at = std::sqrt(d2) / step;
                const auto k = std::min(size_t(at), size_t(kProfileSamples));
                const double wind = profileTable[k] + (at - double(k)) * (profileTable[k + 1] - profileTable[k]);
                p.strongest = std::max(p.strongest, wind);
            }
        }
    }
    QList<SiteImpact> out;
    out.reserve(sites.size());
    for (qsizetype i = 0; i < sites.size(); ++i)
        out << judged(sites[i].id, probes[size_t(i)].strongest, FragilityCurve::forWind(sites[i].kind));
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
