// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

namespace et::backend {

/// An HVDC link as the grid model needs it: ratings plus the operating band the model keeps to.
struct HvdcLinkSpec
{
    QString id;
    QString name;
    QString mainlandTerminal;
    QString jejuAssetId;
    double capacityMw = 0.0;
    double minMw = 0.0;          ///< LCC links cannot run at zero; the VSC link may go negative
    double maxOperatingMw = 0.0; ///< LCC links run below design rating (e2news)
    bool reversible = false;
};

/// A town where energy trucks are based when the fleet is first generated.
struct TruckDepot
{
    QString name;
    double lat = 0.0;
    double lon = 0.0;
};

/// Everything the server seeds a fresh database with, read from the bundled resources
/// (`:/seed/jeju-assets.json`, `:/seed/health-centers-standard-cp949.csv`).
struct SeedData
{
    QList<domain::Asset> assets;
    QList<HvdcLinkSpec> links;
    QList<TruckDepot> depots;
    QHash<QString, double> minStableMw; ///< thermal asset id -> minimum stable output
    QHash<QString, double> loadShare;   ///< substation asset id -> share of island demand
    QList<domain::Center> centers;      ///< the Jeju rows of the health-center standard data
    QStringList centerWarnings;

    /// Reads the assets file; `updatedAt` stamps every asset.
    static domain::Result<SeedData> fromAssetsJson(const QByteArray &json, const QDateTime &updatedAt);
    /// Assets plus the Jeju centers from the resources compiled into the binary.
    static domain::Result<SeedData> loadBundled(const QDateTime &updatedAt);
};

} // namespace et::backend
