// SPDX-License-Identifier: MIT
#include "fleetbatteries.h"

#include "simrandom.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cmath>

namespace et::backend {

using domain::dispatch::BatteryHealth;

void FleetBatteries::ensure(const QList<domain::Truck> &trucks, quint64 seed)
{
    for (const domain::Truck &t : trucks) {
        if (m_packs.contains(t.id))
            continue;
        auto pack = BatteryHealth::create(t.capacityKwh);
        if (!pack.ok())
            continue; // a capacity out of range: the truck's JSON would have been refused first
        const QByteArray idHash = QCryptographicHash::hash(t.id.toUtf8(), QCryptographicHash::Sha1);
        SimRandom rng(SimRandom::mix(seed, qFromBigEndian<quint64>(idHash.constData())));
        const int days = 365 + int(rng.uniform(0.0, 730.0));
        for (int d = 0; d < days; ++d) {
            // Charged to 95 % by the evening, used down to the 20 % reserve by the next.
            (void)pack.value().addSample(12 * 3600.0, 0.95, kCellTemperatureC);
            (void)pack.value().addSample(12 * 3600.0, 0.2, kCellTemperatureC);
        }
        m_packs.insert(t.id, std::move(pack).value());
    }
}

domain::Status FleetBatteries::sample(QList<domain::Truck> &trucks, double seconds, const QDateTime &now)
{
    for (domain::Truck &t : trucks) {
        auto pack = m_packs.find(t.id);
        if (pack == m_packs.end())
            continue;
        if (auto s = pack->addSample(seconds, t.soc, kCellTemperatureC); !s.ok())
            return s.error().prefixed(t.id);
        const double soh = std::round(pack->stateOfHealth() * 1e4) / 1e4;
        if (soh != t.soh) {
            t.soh = soh;
            t.updatedAt = now;
        }
    }
    return domain::Ok{};
}

double FleetBatteries::wearKrwPerKwh(const QString &truckId) const
{
    const auto pack = m_packs.constFind(truckId);
    if (pack == m_packs.cend())
        return 0.0;
    const auto wear = pack->wearCostKrwPerKwh(kQuotedDepth, kQuotedMeanSoc, kCellTemperatureC);
    return wear.ok() ? wear.value() : 0.0;
}

QJsonObject FleetBatteries::toJson() const
{
    QJsonObject o;
    for (auto it = m_packs.cbegin(); it != m_packs.cend(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

domain::Status FleetBatteries::load(const QJsonObject &json)
{
    QHash<QString, BatteryHealth> packs;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        auto pack = BatteryHealth::fromJson(it.value());
        if (!pack.ok())
            return pack.error().prefixed(it.key());
        packs.insert(it.key(), std::move(pack).value());
    }
    m_packs = std::move(packs);
    return domain::Ok{};
}

} // namespace et::backend
