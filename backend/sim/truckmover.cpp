// SPDX-License-Identifier: MIT
#include "sim/truckmover.h"

#include "backendlogging.h"
#include "sim/simrandom.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::backend {

using domain::Truck;
using domain::TruckStatus;

namespace {
constexpr double kFull = TruckMover::kFullSoc;
constexpr double kReserve = TruckMover::kReserveSoc;
} // namespace

TruckMover::TruckMover(const QList<domain::Asset> &assets, const domain::dispatch::RoadGraph *graph)
{
    // Every asset is a site an order can send a truck to; the roles are where trucks go by themselves.
    for (const auto &a : assets) {
        const Role role = (a.kind == domain::AssetKind::Wind || a.kind == domain::AssetKind::Solar) ? Role::Charge
                          : a.kind == domain::AssetKind::Substation                                   ? Role::Discharge
                                                                                                      : Role::Other;
        m_sites.insert(a.id, Site{a.id, a.lat, a.lon, role});
    }
    if (graph)
        m_planner = std::make_unique<domain::dispatch::TruckRoutePlanner>(*graph);
}

double TruckMover::ratedKw(const Truck &t)
{
    // Charge and discharge at 0.5 C, limited to a 500 kW connection.
    return std::min(500.0, 0.5 * t.capacityKwh);
}

domain::TruckRoute TruckMover::straightTrip(const Truck &t, const Site &site, const QDateTime &now) const
{
    using domain::dispatch::RoadTravel;
    const double metres = domain::geo::Geodesy::distanceKm(t.lat, t.lon, site.lat, site.lon) * 1000.0 * RoadTravel::kDetourFactor;
    domain::TruckRoute r;
    r.departedAt = now;
    r.onRoads = false;
    r.points = {{t.lat, t.lon, 0.0}, {site.lat, site.lon, std::max(0.1, std::round(metres / (RoadTravel::kFallbackSpeedKmh / 3.6) * 10.0) / 10.0)}};
    return r;
}

bool TruckMover::depart(Truck &t, const QString &targetId, const QDateTime &now)
{
    const auto site = m_sites.constFind(targetId);
    if (site == m_sites.cend())
        return false;
    domain::TruckRoute trip;
    if (m_planner) {
        auto planned = m_planner->plan(t.lat, t.lon, site->lat, site->lon, now, kSpeedCapKmh);
        if (planned.ok())
            trip = std::move(planned).value();
        else
            qCWarning(lcSim).noquote() << t.id << "drives straight to" << targetId << ":" << planned.error().toString();
    }
    t.route = trip.isEmpty() ? straightTrip(t, *site, now) : trip;
    t.targetAssetId = targetId;
    t.status = TruckStatus::Driving;
    t.powerKw = 0.0;
    const auto start = t.route.at(0.0);
    t.headingDeg = start.headingDeg;
    t.speedKmh = start.speedKmh;
    t.updatedAt = now;
    return true;
}

TruckMover::Drive TruckMover::drive(Truck &t, const QDateTime &now, TruckLedger &ledger)
{
    const auto site = m_sites.constFind(t.targetAssetId);
    if (site == m_sites.cend())
        return Drive::NoTarget;
    // A truck sent without a trip (an order just accepted, or one from before trips were kept)
    // leaves now.
    const bool tripToSite = !t.route.isEmpty() && std::abs(t.route.points.last().lat - site->lat) < 1e-5
                            && std::abs(t.route.points.last().lon - site->lon) < 1e-5;
    if (!tripToSite) {
        depart(t, t.targetAssetId, now);
        return Drive::Moving;
    }
    const auto here = t.route.at(double(t.route.departedAt.msecsTo(now)) / 1000.0);
    const double usedKwh = domain::geo::Geodesy::distanceKm(t.lat, t.lon, here.lat, here.lon) * kKwhPerKm;
    ledger.drivenKwh += std::min(usedKwh, t.soc * t.capacityKwh);
    t.soc = std::max(0.0, t.soc - usedKwh / t.capacityKwh);
    t.updatedAt = now;
    if (here.arrived) {
        t.lat = site->lat;
        t.lon = site->lon;
        t.speedKmh = 0.0;
        t.route = {};
        return Drive::Arrived;
    }
    t.lat = here.lat;
    t.lon = here.lon;
    t.headingDeg = here.headingDeg;
    t.speedKmh = here.speedKmh;
    return Drive::Moving;
}

void TruckMover::step(QList<Truck> &trucks, double dtSec, const QDateTime &now, TruckLedger &ledger)
{
    for (Truck &t : trucks) {
        if (t.status == TruckStatus::Idle || t.status == TruckStatus::Maintenance || !t.orderId.isEmpty())
            continue;
        switch (t.status) {
        case TruckStatus::Driving:
            switch (drive(t, now, ledger)) {
            case Drive::NoTarget:
                t.status = TruckStatus::Idle;
                t.speedKmh = 0.0;
                t.targetAssetId.clear();
                t.route = {};
                t.updatedAt = now;
                break;
            case Drive::Arrived:
                // It charges or discharges from the next minute on, at the power that minute's balance sets.
                t.status = m_sites.value(t.targetAssetId).role == Role::Charge ? TruckStatus::Charging : TruckStatus::Discharging;
                break;
            case Drive::Moving:
                break;
            }
            break;
        case TruckStatus::Charging:
            if (t.powerKw > 0.0) {
                const double kwh = std::min(t.powerKw * dtSec / 3600.0, std::max(0.0, (kFull - t.soc) * t.capacityKwh));
                t.soc += kwh / t.capacityKwh;
                ledger.chargedKwh += kwh;
                t.updatedAt = now;
            }
            break;
        case TruckStatus::Discharging:
            if (t.powerKw > 0.0) {
                const double kwh = std::min(t.powerKw * dtSec / 3600.0, std::max(0.0, (t.soc - kReserve) * t.capacityKwh));
                t.soc -= kwh / t.capacityKwh;
                ledger.deliveredKwh += kwh;
                t.updatedAt = now;
            }
            break;
        case TruckStatus::Idle:
        case TruckStatus::Maintenance:
            break;
        }
    }
}

QString TruckMover::pickNear(const Truck &t, bool charges, int among, SimRandom &rng) const
{
    QList<QPair<double, QString>> candidates;
    const Role wanted = charges ? Role::Charge : Role::Discharge;
    for (const Site &s : m_sites) {
        if (s.role == wanted)
            candidates.append({domain::geo::Geodesy::distanceKm(t.lat, t.lon, s.lat, s.lon), s.id});
    }
    if (candidates.isEmpty())
        return {};
    // Sorting by (distance, id) keeps the choice independent of hash order.
    std::sort(candidates.begin(), candidates.end());
    return candidates.at(rng.below(int(std::min<qsizetype>(among, candidates.size())))).second;
}

void TruckMover::decide(QList<Truck> &trucks, const domain::EnergyBalance &latest, SimRandom &rng, const QDateTime &now)
{
    const bool curtailing = latest.curtailmentMw > 0.0;
    // Price bands of our SMP model: below 110 KRW/kWh thermal idles at its minimum (nights,
    // exporting middays); from 115 it runs above minimum or the residual load is high (evenings).
    const bool cheap = curtailing || latest.smpKrwPerKwh < 110.0;
    const bool expensive = !curtailing && latest.smpKrwPerKwh >= 115.0;
    for (Truck &t : trucks) {
        if (!t.orderId.isEmpty())
            continue; // the operator decides for this one
        if (t.status == TruckStatus::Charging && !cheap) {
            t.status = TruckStatus::Idle;
            t.targetAssetId.clear();
            t.powerKw = 0.0;
            t.updatedAt = now;
        }
        if (t.status != TruckStatus::Idle)
            continue;
        // Soak up curtailed energy whenever there is some; top up low trucks when power is cheap.
        const bool charge = (curtailing && t.soc < 0.8) || (cheap && t.soc < 0.35);
        const bool discharge = expensive && t.soc > 0.6;
        // Otherwise a charged truck now and then takes a peer-to-peer delivery to a customer
        // near a substation (about one job an hour per idle truck).
        const bool deliver = !charge && !discharge && t.soc > 0.5 && rng.uniform() < 1.0 / 60.0;
        if (!charge && !discharge && !deliver)
            continue;
        const QString target = pickNear(t, charge, 3, rng);
        if (!target.isEmpty())
            depart(t, target, now);
    }
}

} // namespace et::backend
