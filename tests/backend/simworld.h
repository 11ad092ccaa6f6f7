// SPDX-License-Identifier: MIT
#pragma once
// A store seeded as the server seeds it and a simulation on it, in process, for the simulation's
// tests.
#include "api/ordersapi.h"
#include "sim/fleetgenerator.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/store.h"
#include "testfixtures.h"

#include <QFile>

namespace et::test {

using namespace et::backend;
using et::domain::Change;
using et::domain::EntityKind;

inline const QDateTime kSpringSaturday(QDate(2024, 4, 13), QTime(0, 0), Qt::UTC); // 09:00 KST

/// The bundled Jeju assets as the server seeds them, for a start at kSpringSaturday.
inline std::optional<SeedData> springSeed()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto seed = SeedData::fromAssetsJson(f.readAll(), kSpringSaturday);
    if (!seed.ok())
        return std::nullopt;
    return seed.value();
}

/// A store seeded like the server does, plus a simulation on it; records committed changes.
struct World
{
    std::unique_ptr<Store> store = std::make_unique<Store>();
    std::unique_ptr<Simulation> sim;
    QList<Change> changes;
    QList<QList<Change>> commits;

    bool open(const QString &path, const SeedData &seed, quint64 rngSeed)
    {
        if (!store->open(path).ok())
            return false;
        QObject::connect(store.get(), &Store::committed, [this](const QList<Change> &c) {
            changes += c;
            commits << c;
        });
        QList<EntityWrite> writes;
        for (const auto &a : seed.assets)
            writes.append({EntityKind::Asset, a.id, a.toJson()});
        for (const auto &t : FleetGenerator::generate(rngSeed, seed.depots, 20, kSpringSaturday))
            writes.append({EntityKind::Truck, t.id, t.toJson()});
        if (!store->write(writes).ok())
            return false;
        sim = std::make_unique<Simulation>(*store, seed, rngSeed);
        return sim->initialize(kSpringSaturday).ok();
    }

    // Places an order the way the API does: plan it, then commit what the plan writes.
    bool order(const et::domain::DispatchOrder &request)
    {
        const auto d = sim->planOrder(request);
        if (d.refusal) {
            qWarning() << "refused:" << d.refusal->error.toString();
            return false;
        }
        return store->write(OrdersApi::writesOf(d)).ok();
    }

    std::optional<et::domain::DispatchOrder> storedOrder(const QString &id) const
    {
        const auto row = store->read(EntityKind::Order, id);
        if (!row.ok() || !row.value())
            return std::nullopt;
        return et::domain::DispatchOrder::fromJson(*row.value()).value();
    }

    QList<et::domain::EnergyBalance> balances() const
    {
        QList<et::domain::EnergyBalance> out;
        for (const auto &c : changes) {
            if (c.entity != EntityKind::Balance)
                continue;
            auto b = et::domain::EnergyBalance::fromJson(c.data);
            if (!b.ok()) {
                qWarning() << "balance does not decode:" << b.error().toString() << c.data;
                return {};
            }
            out << b.value();
        }
        return out;
    }
};
} // namespace et::test
