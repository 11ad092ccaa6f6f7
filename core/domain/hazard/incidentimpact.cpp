// SPDX-License-Identifier: MIT
#include "domain/hazard/incidentimpact.h"

#include "domain/geo/geodesy.h"
#include "domain/hazard/areahazard.h"
#include "domain/hazard/earthquakeintensity.h"
#include "domain/hazard/hazardimpact.h"

#include <algorithm>

namespace et::domain::hazard {

namespace {
// A truck keeps this share of its pack (TruckMover's reserve) for its own way home.
constexpr double kTruckReserveSoc = 0.2;
// The old circle rule, kept for incidents without a physical model (see the class comment).
constexpr double kWatchedProbability = 0.2;
constexpr double kTrippedProbability = 0.6;
constexpr int kCircleSegments = 48;

geo::GeoRing circleRing(const Disaster &d)
{
    geo::GeoRing ring;
    for (int i = 0; i < kCircleSegments; ++i) {
        const auto p = geo::Geodesy::destination(d.lat, d.lon, d.radiusKm, 360.0 * i / kCircleSegments);
        ring << QPointF(p.longitude(), p.latitude());
    }
    return ring;
}

IncidentImpact::Model modelOf(const Disaster &d)
{
    if (d.type == DisasterType::Typhoon && d.hazard.track && !d.hazard.track->points.isEmpty())
        return IncidentImpact::Model::TyphoonWind;
    if (d.type == DisasterType::Earthquake && d.hazard.magnitude && d.hazard.depthKm)
        return IncidentImpact::Model::EarthquakeIntensity;
    if (d.type == DisasterType::Flood)
        return IncidentImpact::Model::FloodDepth;
    if (d.type == DisasterType::Outage)
        return IncidentImpact::Model::OutageArea;
    return IncidentImpact::Model::AreaBySeverity;
}

// The span of a typhoon's track the incident covers: from its start (or the first fix) to its end
// (or the last fix); the whole track when the two do not overlap.
std::pair<QDateTime, QDateTime> typhoonSpan(const Disaster &d)
{
    const QDateTime first = d.hazard.track->points.first().time, last = d.hazard.track->points.last().time;
    const QDateTime from = std::max(first, d.startedAt);
    const QDateTime to = d.endedAt ? std::min(last, *d.endedAt) : last;
    return from < to ? std::pair{from, to} : std::pair{first, last};
}

QList<SiteImpact> judge(const Disaster &d, IncidentImpact::Model model, const QList<ImpactSite> &sites,
                        const QList<geo::GeoRegion> &regions)
{
    switch (model) {
    case IncidentImpact::Model::TyphoonWind: {
        const auto [from, to] = typhoonSpan(d);
        return HazardImpact::ofTyphoon(*d.hazard.track, from, to, sites);
    }
    case IncidentImpact::Model::EarthquakeIntensity:
        return HazardImpact::ofEarthquake(EarthquakeIntensity(d.lat, d.lon, *d.hazard.depthKm, *d.hazard.magnitude), sites);
    case IncidentImpact::Model::FloodDepth:
        return AreaHazard::ofFlood(d.hazard.polygon.isEmpty() ? circleRing(d) : d.hazard.polygon, d.hazard.floodDepthM.value_or(0.5), sites);
    case IncidentImpact::Model::OutageArea:
        return AreaHazard::ofOutage(d.hazard.polygon.isEmpty() && d.hazard.regions.isEmpty() ? circleRing(d) : d.hazard.polygon,
                                    d.hazard.regions, regions, sites);
    case IncidentImpact::Model::AreaBySeverity: break;
    }
    const geo::GeoRing area = d.hazard.polygon.isEmpty() ? circleRing(d) : d.hazard.polygon;
    const double p = d.severity >= 4 ? kTrippedProbability : kWatchedProbability;
    QList<SiteImpact> out;
    for (const ImpactSite &s : sites) {
        const bool inside = AreaHazard::contains(area, s.lat, s.lon);
        out << SiteImpact::of(s.id, inside ? d.severity : 0.0, inside ? p : 0.0);
    }
    return out;
}

// The energy the trucks can share out, MWh: the reserved ones, else every truck free of an order.
double usableMwh(const Disaster &d, const QList<Truck> &trucks)
{
    double kwh = 0.0;
    for (const Truck &t : trucks) {
        const bool counts = d.reservedTruckIds.isEmpty()
                                ? t.orderId.isEmpty() && t.status != TruckStatus::Maintenance
                                : d.reservedTruckIds.contains(t.id);
        if (counts)
            kwh += t.capacityKwh * t.soh * std::max(0.0, t.soc - kTruckReserveSoc);
    }
    return kwh / 1000.0;
}

int rank(InspectionPriority p) { return int(p); }
} // namespace

QString IncidentImpact::unitOf(Model model)
{
    switch (model) {
    case Model::TyphoonWind: return QStringLiteral("m/s");
    case Model::EarthquakeIntensity: return QStringLiteral("MMI");
    case Model::FloodDepth: return QStringLiteral("m");
    case Model::OutageArea:
    case Model::AreaBySeverity: break;
    }
    return {};
}

IncidentImpact IncidentImpact::assess(const Disaster &d, const IncidentInputs &in)
{
    IncidentImpact out;
    out.computedAt = in.now;
    out.model = modelOf(d);

    // Assets, then facilities as sites of the substation's curves (the overhead feeder that
    // brings them power is what the wind or the shaking breaks).
    QList<ImpactSite> sites, substations;
    for (const Asset &a : in.assets) {
        sites << ImpactSite{a.id, a.kind, a.lat, a.lon};
        if (a.kind == AssetKind::Substation)
            substations << sites.last();
    }
    const qsizetype assetCount = sites.size();
    for (const CriticalFacility &f : in.facilities)
        sites << ImpactSite{f.id, AssetKind::Substation, f.lat, f.lon};
    const QList<SiteImpact> judged = judge(d, out.model, sites, in.regions);

    QList<SiteImpact> substationImpact;
    QHash<QString, SiteImpact> byId;
    for (const SiteImpact &s : judged)
        byId.insert(s.id, s);
    for (const ImpactSite &s : substations)
        substationImpact << byId.value(s.id);

    double strongest = 0.0;
    for (qsizetype i = 0; i < assetCount; ++i) {
        const Asset &a = in.assets[i];
        strongest = std::max(strongest, judged[i].intensity);
        if (judged[i].probability > 0.0 || judged[i].intensity > 0.0)
            out.sites << ImpactedSite{ImpactedSite::Category::Asset, a.name, domain::toString(a.kind), a.lat, a.lon, a.approximate, judged[i]};
    }

    const QList<FacilityOutage> outages = FacilityPower::assess(in.facilities, substations, substationImpact);
    QHash<QString, const FacilityOutage *> outageById;
    for (const FacilityOutage &o : outages)
        outageById.insert(o.facilityId, &o);
    QHash<QString, const CriticalFacility *> facilityById;
    for (const CriticalFacility &f : in.facilities)
        facilityById.insert(f.id, &f);
    for (qsizetype i = 0; i < in.facilities.size(); ++i) {
        const CriticalFacility &f = in.facilities[i];
        const SiteImpact &own = judged[assetCount + i];
        strongest = std::max(strongest, own.intensity);
        const FacilityOutage *outage = outageById.value(f.id);
        const double lossProbability = outage ? outage->lossProbability : 0.0;
        if (lossProbability > 0.0 || own.intensity > 0.0)
            out.sites << ImpactedSite{ImpactedSite::Category::Facility, f.name, CriticalFacility::toString(f.kind), f.lat, f.lon, f.approximate,
                                      SiteImpact::of(f.id, own.intensity, lossProbability)};
    }
    std::stable_sort(out.sites.begin(), out.sites.end(), [](const ImpactedSite &a, const ImpactedSite &b) {
        if (a.impact.priority != b.impact.priority)
            return rank(a.impact.priority) > rank(b.impact.priority);
        return a.impact.probability > b.impact.probability;
    });
    for (const FacilityOutage &o : outages) {
        if (o.lossProbability <= 0.0)
            continue;
        const CriticalFacility *f = facilityById.value(o.facilityId);
        out.facilitiesWithoutPower << FacilityWithoutPower{o, f->name, CriticalFacility::toString(f->kind), f->lat, f->lon, f->approximate};
    }

    switch (out.model) {
    case Model::TyphoonWind:
        out.hazardSeverity = HazardSeverity::ofTyphoonWind(strongest);
        out.alert = HazardSeverity::typhoonAlert(strongest);
        break;
    case Model::EarthquakeIntensity:
        out.hazardSeverity = HazardSeverity::ofEarthquakeIntensity(strongest);
        out.alert = HazardSeverity::earthquakeAlert(strongest);
        break;
    default: break;
    }

    QList<ServedArea> areas;
    for (const Asset &a : in.assets) {
        if (a.kind == AssetKind::Substation && in.loadShare.contains(a.id))
            areas << ServedArea{a.id, a.region, in.loadShare.value(a.id)};
    }
    const OutageEstimate estimate = OutageEstimate::of(substationImpact, areas, in.islandDemandMw);
    for (auto it = estimate.unservedMwByRegion.cbegin(); it != estimate.unservedMwByRegion.cend(); ++it)
        out.unservedByRegion << std::pair{it.key(), it.value()};
    std::sort(out.unservedByRegion.begin(), out.unservedByRegion.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    out.unservedMw = estimate.unservedMw;
    out.deficitMwh = estimate.deficitMwh;
    out.trucksNeeded = estimate.trucksNeeded;

    out.availableMwh = usableMwh(d, in.trucks);
    const QList<dispatch::EnergyShare> shares = dispatch::PriorityAllocation::allocate(out.availableMwh, FacilityPower::needs(outages));
    for (const dispatch::EnergyShare &s : shares) {
        const CriticalFacility *f = facilityById.value(s.id);
        if (f && s.mwh > 0.0)
            out.supply << PrioritySupply{s.id, f->name, f->lat, f->lon, s.mwh, s.rule};
    }
    return out;
}

} // namespace et::domain::hazard
