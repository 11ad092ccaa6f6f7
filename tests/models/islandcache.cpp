// SPDX-License-Identifier: MIT
#include "islandcache.h"

#include "smallisland.h"

#include "domain/energy/forecastjson.h"

namespace et::test {

QString IslandCache::open(StoreFixture &fixture, const QDateTime &issued, bool withInputs)
{
    const QString opened = fixture.openWithSnapshot();
    if (!opened.isEmpty())
        return opened;
    for (domain::Asset a : SmallIsland().assets) {
        a.updatedAt = snapshotBalanceAt();
        if (const auto put = fixture.upsert(QStringLiteral("asset"), a.toJson()); !put.ok())
            return put.error().toString();
    }
    domain::energy::EnergyForecastResult f = SmallIsland().issuedForecast(issued);
    if (!withInputs)
        f.inputs.reset();
    const auto put = putForecast(fixture, f);
    return put.ok() ? QString() : put.error().toString();
}

domain::Status IslandCache::putForecast(StoreFixture &fixture, const domain::energy::EnergyForecastResult &forecast)
{
    QJsonObject json = domain::energy::ForecastJson::toJson(forecast);
    json.insert(QStringLiteral("id"), QStringLiteral("current"));
    return fixture.upsert(QStringLiteral("forecast"), json);
}

} // namespace et::test
