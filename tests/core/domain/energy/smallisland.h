// SPDX-License-Identifier: MIT
#pragma once
// A small island for the forecast-input tests, built the way the server builds Jeju's
// (SeedData::islandModelSpec): a thermal unit, an LCC and a VSC link, two wind farms of real
// turbine types from the bundled library, two solar sites (IslandModel::solarSiteFor) and Jeju's
// demand shape with the bundled holidays. Its renewables (~95 MW) never exceed what demand leaves
// above must-run, so nothing is ever curtailed and each asset's output is what it could make.

#include "energytestdata.h"

#include "domain/asset.h"
#include "domain/energy/demandshape.h"
#include "domain/energy/forecastjson.h"
#include "domain/energy/islandmodel.h"

namespace et::test {

struct SmallIsland
{
    QList<domain::Asset> assets;
    domain::energy::IslandModelSpec spec;
    domain::energy::DemandShape demand = domain::energy::DemandShape::jeju(bundledHolidays(2025, 2026));
    quint64 seed = 11;

    static domain::Asset asset(const QString &id, domain::AssetKind kind, double lat, double lon, double capacityMw)
    {
        domain::Asset a;
        a.id = id;
        a.kind = kind;
        a.name = id;
        a.lat = lat;
        a.lon = lon;
        a.capacityMw = capacityMw;
        return a;
    }

    static domain::energy::WindFarm farm(const QString &id, const QString &type, int count, double hubM)
    {
        domain::energy::WindFarm f;
        f.assetId = id;
        f.turbine = bundledTurbineLibrary().model(type).value();
        f.turbineCount = count;
        f.hubHeightM = hubM;
        f.availability = 0.95;
        f.losses = 0.08;
        return f;
    }

    SmallIsland()
    {
        using domain::AssetKind;
        using namespace domain::energy;
        assets = {asset(QStringLiteral("thermal-a"), AssetKind::Thermal, 33.52, 126.59, 300),
                  asset(QStringLiteral("conv-1"), AssetKind::HvdcConverter, 33.51, 126.58, 300),
                  asset(QStringLiteral("conv-3"), AssetKind::HvdcConverter, 33.52, 126.60, 200),
                  asset(QStringLiteral("wind-a"), AssetKind::Wind, 33.36, 126.18, 20),
                  asset(QStringLiteral("wind-b"), AssetKind::Wind, 33.45, 126.90, 10),
                  asset(QStringLiteral("solar-a"), AssetKind::Solar, 33.30, 126.30, 40),
                  asset(QStringLiteral("solar-b"), AssetKind::Solar, 33.46, 126.85, 25),
                  asset(QStringLiteral("sub-1"), AssetKind::Substation, 33.49, 126.49, 0)};
        spec.grid.thermal = {{QStringLiteral("thermal-a"), 300, 90, 150}};
        spec.grid.links = {{QStringLiteral("hvdc-1"), QStringLiteral("HVDC #1"), QStringLiteral("Haenam"), QStringLiteral("conv-1"), 300, 30, 150, false},
                           {QStringLiteral("hvdc-3"), QStringLiteral("HVDC #3"), QStringLiteral("Wando"), QStringLiteral("conv-3"), 200, -150, 200, true}};
        spec.grid.loadShare = {{QStringLiteral("sub-1"), 1.0}};
        spec.thermalFuel = {{QStringLiteral("thermal-a"), Fuel::Lng}};
        spec.wind = {farm(QStringLiteral("wind-a"), QStringLiteral("V80/2000"), 10, 78), farm(QStringLiteral("wind-b"), QStringLiteral("E-70/2000"), 5, 64)};
        spec.solar = {IslandModel::solarSiteFor(assets.at(5)), IslandModel::solarSiteFor(assets.at(6))};
    }

    domain::energy::IslandModel model() const { return domain::energy::IslandModel(spec, demand, seed); }

    /// The forecast the server would issue for this island at `issued`: from the hourly outlook,
    /// rounded to tenths, with its inputs.
    domain::energy::EnergyForecastResult issuedForecast(const QDateTime &issued) const
    {
        using namespace domain::energy;
        const IslandModel m = model();
        const HourlyOutlook outlook = HourlyOutlook::issue(m.weather(), issued);
        EnergyForecastResult f = ForecastJson::rounded(m.forecast(issued, {}, outlook), ForecastJson::kResolution);
        auto in = ForecastInputs::describe(spec, demand, outlook);
        if (!in)
            qFatal("describe: %s", qPrintable(in.error().toString()));
        f.inputs = in.value();
        return f;
    }
};

} // namespace et::test
