// SPDX-License-Identifier: MIT
#include "sim/truckmover.h"

#include "sim/simrandom.h"
#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::backend {

using domain::Truck;
using domain::TruckStatus;

namespace {
constexpr double kKwhPerKm = 1.0;
constexpr double kFull = TruckMover::kFullSoc;
constexpr double kReserve = TruckMover::kReserveSoc;
} // namespace

TruckMover::TruckMover(const QList<domain::Asset> &assets)
{
    // Every asset is a site an order can send a truck to; the roles are where trucks go by themselves.
    for (const auto &a : assets) {
        const Role role = (a.kind == domain::AssetKind::Wind || a.kind == domain::AssetKind::Solar) ? Role::Charge
                          : a.kind == domain::AssetKind::Substation                                   ? Role::Discharge
                                                                                                      : Role::Other;
        m_sites.insert(a.id, Site{a.id, a.lat, a.lon, role});
    }
}

double TruckMover::powerKw(const Truck &t)
{
    // Charge and discharge at 0.5 C, limited to a 500 kW connection.
    return std::min(500.0, 0.5 * t.capacityKwh);
}

TruckMover::Drive TruckMover::drive(Truck &t, double dtSec) const
{
    const auto site = m_sites.constFind(t.targetAssetId);
    if (site == m_sites.cend())
        return Drive::NoTarget;
    const double remaining = domain::geo::Geodesy::distanceKm(t.lat, t.lon, site->lat, site->lon);
    const double move = t.speedKmh * dtSec / 3600.0;
    const double used = std::min(move, remaining);
    t.soc = std::max(0.0, t.soc - used * kKwhPerKm / t.capacityKwh);
    if (remaining <= move) {
        t.lat = site->lat;
        t.lon = site->lon;
        t.speedKmh = 0.0;
        return Drive::Arrived;
    }
    t.headingDeg = domain::geo::Geodesy::bearingDeg(t.lat, t.lon, site->lat, site->lon);
    const double f = move / remaining;
    t.lat += (site->lat - t.lat) * f;
    t.lon += (site->lon - t.lon) * f;
    return Drive::Moving;
}

void TruckMover::step(QList<Truck> &trucks, double dtSec, const QDateTime &now) const
{
    for (Truck &t : trucks) {
        if (t.status == TruckStatus::Idle || t.status == TruckStatus::Maintenance || !t.orderId.isEmpty())
            continue;
        // Every step of a busy truck changes it (position, charge or status): stamp it.
        t.updatedAt = now;
        switch (t.status) {
        case TruckStatus::Driving:
            switch (drive(t, dtSec)) {
            case Drive::NoTarget:
                t.status = TruckStatus::Idle;
                t.speedKmh = 0.0;
                t.targetAssetId.clear();
                break;
            case Drive::Arrived:
                t.status = m_sites.value(t.targetAssetId).role == Role::Charge ? TruckStatus::Charging : TruckStatus::Discharging;
                break;
            case Drive::Moving:
                break;
            }
            break;
        case TruckStatus::Charging:
            t.soc = std::min(kFull, t.soc + powerKw(t) * dtSec / 3600.0 / t.capacityKwh);
            if (t.soc >= kFull) {
                t.status = TruckStatus::Idle;
                t.targetAssetId.clear();
            }
            break;
        case TruckStatus::Discharging:
            t.soc = std::max(kReserve, t.soc - powerKw(t) * dtSec / 3600.0 / t.capacityKwh);
            if (t.soc <= kReserve) {
                t.status = TruckStatus::Idle;
                t.targetAssetId.clear();
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

void TruckMover::decide(QList<Truck> &trucks, const domain::EnergyBalance &latest, SimRandom &rng, const QDateTime &now) const
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
        if (target.isEmpty())
            continue;
        t.targetAssetId = target;
        t.status = TruckStatus::Driving;
        t.speedKmh = std::round(rng.uniform(40.0, 60.0) * 10.0) / 10.0;
        t.updatedAt = now;
    }
}

double TruckMover::powerMw(const QList<Truck> &trucks, TruckStatus status)
{
    double kw = 0.0;
    for (const Truck &t : trucks) {
        if (t.status == status)
            kw += powerKw(t);
    }
    return kw / 1000.0;
}

} // namespace et::backend

