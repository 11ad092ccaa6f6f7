// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/energy/islandmodel.h"
#include "domain/energy/koreanholidays.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

namespace et::backend {

/// An HVDC link with its ratings and the operating band the balance keeps to.
using HvdcLinkSpec = domain::energy::HvdcLink;

/// A town where energy trucks are based when the fleet is first generated.
struct TruckDepot
{
    QString name;
    double lat = 0.0;
    double lon = 0.0;
};

/// Everything the server seeds a fresh database with and simulates, read from the bundled
/// resources (`:/seed/jeju-assets.json`, `:/seed/health-centers-standard-cp949.csv`, and the
/// energy model's `:/seed/jeju-wind-farms.json`, `:/seed/wind-power-curves/`, `:/seed/holidays/`).
struct SeedData
{
    QList<domain::Asset> assets;
    QList<HvdcLinkSpec> links;
    QList<TruckDepot> depots;
    QHash<QString, double> minStableMw; ///< thermal asset id -> minimum stable output
    QHash<QString, double> loadShare;   ///< substation asset id -> share of island demand
    QHash<QString, domain::energy::Fuel> thermalFuel;  ///< thermal asset id -> fuel
    QHash<QString, double> marginalCostKrwPerKwh;      ///< thermal asset id -> marginal cost
    QList<domain::energy::WindFarm> windFarms;         ///< the turbines behind each wind asset
    domain::energy::KoreanHolidays holidays;           ///< 2018-2027, with Jeju's 4·3
    QList<domain::Center> centers;      ///< the Jeju rows of the health-center standard data
    QStringList centerWarnings;

    /// Reads the assets file; `updatedAt` stamps every asset.
    static domain::Result<SeedData> fromAssetsJson(const QByteArray &json, const QDateTime &updatedAt);
    /// The island's energy model built from these assets: thermal units, links, load shares,
    /// solar sites (IslandModel::solarSiteFor) and the wind farms.
    domain::energy::IslandModelSpec islandModelSpec() const;

    /// Assets plus the Jeju centers from the resources compiled into the binary.
    static domain::Result<SeedData> loadBundled(const QDateTime &updatedAt);
};

} // namespace et::backend
