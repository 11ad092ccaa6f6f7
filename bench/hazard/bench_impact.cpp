// SPDX-License-Identifier: MIT
// The impact of a typhoon on 11,000 sites: the last 50 fixes of SOULIK (1819)'s JMA best track
// (stepped hourly over its 294 hours) against 10,000 assets and 1,000 facilities at random places
// on Jeju (a fixed seed), every kind of asset among them. Prints the median and p95 CPU time of
// 21 runs and how many sites came out orange or red. Goal: under 20 ms. Then the whole incident
// assessment the server makes on the same island (IncidentImpact::assess: the sites, the
// facilities' power from their nearest substation, the outage by eup/myeon, the priority supply
// of 20 trucks), which is what the goal is about once the facilities matter.
//
//   taskset -c 1 build/bin/bench_impact
#include "benchtiming.h"

#include "domain/hazard/hazardimpact.h"
#include "domain/hazard/incidentimpact.h"
#include "domain/hazard/jmabesttrack.h"

#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace et::domain::hazard;

int main()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    const auto tracks = JmaBestTrack::parse(f.readAll());
    if (!tracks.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(tracks.error().toString()));
        return 1;
    }
    TyphoonTrack track;
    for (const TyphoonTrack &t : tracks.value()) {
        if (t.name == u"SOULIK")
            track = t;
    }
    track.points = track.points.mid(track.points.size() - 50);
    QRandomGenerator rng(1819);
    QList<ImpactSite> sites;
    const et::domain::AssetKind kinds[] = {et::domain::AssetKind::Wind, et::domain::AssetKind::Solar, et::domain::AssetKind::Substation,
                                           et::domain::AssetKind::Thermal, et::domain::AssetKind::HvdcConverter};
    for (int i = 0; i < 11000; ++i)
        sites << ImpactSite{QStringLiteral("site-%1").arg(i), kinds[i % 5], 33.20 + 0.36 * rng.generateDouble(), 126.15 + 0.80 * rng.generateDouble()};
    std::vector<double> ms;
    int severe = 0;
    for (int run = 0; run < 21; ++run) {
        const double start = et::bench::threadCpuMs();
        const auto impact = HazardImpact::ofTyphoon(track, track.points.first().time, track.points.last().time, sites);
        ms.push_back(et::bench::threadCpuMs() - start);
        severe = 0;
        for (const SiteImpact &s : impact)
            severe += s.priority >= InspectionPriority::Orange;
    }
    const auto [median, p95] = et::bench::medianAndP95(ms);
    std::printf("typhoon impact, %lld fixes (%lld h) x %lld sites: median %.2f ms, p95 %.2f ms; %d sites orange or red\n",
                qlonglong(track.points.size()), qlonglong(track.points.first().time.secsTo(track.points.last().time) / 3600),
                qlonglong(sites.size()), median, p95, severe);

    // The same places as an island: the assets with their kinds, a load share for each
    // substation, the facilities among the kinds the file has, 20 full trucks.
    IncidentInputs in;
    const CriticalFacility::Kind facilityKinds[] = {CriticalFacility::Kind::Hospital, CriticalFacility::Kind::Water,
                                                    CriticalFacility::Kind::Telecom, CriticalFacility::Kind::Shelter,
                                                    CriticalFacility::Kind::HealthCenter};
    for (int i = 0; i < 10000; ++i) {
        et::domain::Asset a;
        a.id = sites[i].id;
        a.name = a.id;
        a.kind = sites[i].kind;
        a.lat = sites[i].lat;
        a.lon = sites[i].lon;
        a.region = QStringLiteral("region-%1").arg(i % 43);
        in.assets << a;
        if (a.kind == et::domain::AssetKind::Substation)
            in.loadShare.insert(a.id, 1.0 / 2000.0);
    }
    for (int i = 10000; i < 11000; ++i) {
        CriticalFacility f;
        f.id = sites[i].id;
        f.name = f.id;
        f.kind = facilityKinds[i % 5];
        f.lifeCritical = f.kind == CriticalFacility::Kind::Hospital || f.kind == CriticalFacility::Kind::Water;
        f.priority = 1 + i % 4;
        f.backupHours = 4.0;
        f.lat = sites[i].lat;
        f.lon = sites[i].lon;
        in.facilities << f;
    }
    for (int i = 0; i < 20; ++i) {
        et::domain::Truck t;
        t.id = QStringLiteral("truck-%1").arg(i);
        t.capacityKwh = 1000.0;
        t.soc = 0.9;
        in.trucks << t;
    }
    in.islandDemandMw = 700.0;
    in.now = track.points.first().time;
    et::domain::Disaster d;
    d.id = QStringLiteral("dis-bench");
    d.type = et::domain::DisasterType::Typhoon;
    d.severity = 4;
    d.startedAt = track.points.first().time;
    d.hazard.track = track;
    d.fitCircle();
    std::vector<double> whole;
    IncidentImpact assessed;
    for (int run = 0; run < 21; ++run) {
        const double start = et::bench::threadCpuMs();
        assessed = IncidentImpact::assess(d, in);
        whole.push_back(et::bench::threadCpuMs() - start);
    }
    const auto [wholeMedian, wholeP95] = et::bench::medianAndP95(whole);
    std::printf("incident assessment, the same track x %lld assets and %lld facilities: median %.2f ms, p95 %.2f ms; "
                "%lld sites reached, %lld facilities may lose power, %.0f MWh deficit\n",
                qlonglong(in.assets.size()), qlonglong(in.facilities.size()), wholeMedian, wholeP95, qlonglong(assessed.sites.size()),
                qlonglong(assessed.facilitiesWithoutPower.size()), assessed.deficitMwh);
    return 0;
}
