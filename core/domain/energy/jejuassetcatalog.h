// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/islandbalance.h"
#include "domain/energy/pvsite.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace et::domain::energy {

/// A PV plant (or one eup/myeon's plants taken together) with its PV-chain parameters.
struct SolarPlant
{
    QString id;
    PvSite site;
};

/// An HVDC link with the month it entered service ("in_service": "2024-11"), so a study of past
/// years can leave out the links not yet built.
struct DatedHvdcLink
{
    HvdcLink link;
    QDate inService; ///< the first day of the month of entry into service
};

/// What the island balance and the solar fleet need from resources/data/jeju-assets.json: the
/// solar rows as PV plants, the thermal units, the HVDC links with their dates, and each
/// substation's share of the load. Pure: bytes in.
///
/// The solar rows give a position and a capacity per eup/myeon; every other PV-chain parameter
/// is `solarPrototype`'s (PvSite's stated defaults when none is given). The province counts
/// capacity in module (DC) kW; the plant's inverter is rated at the same kW, so the 14 % DC
/// losses keep it below its rating. Thermal units get `thermalCostKrwPerKwh` as their marginal
/// cost (the file has none).
class JejuAssetCatalog
{
public:
    struct Assets
    {
        QList<SolarPlant> solar;
        QList<ThermalUnit> thermal;
        QList<DatedHvdcLink> links;
        QHash<QString, double> loadShare;

        /// The grid of a day: thermal units, the links in service on `day`, the load shares.
        IslandBalance::Config gridOn(QDate day) const;
        double solarMw() const;
    };

    static Result<Assets> read(const QByteArray &json, const PvSite &solarPrototype = {}, double thermalCostKrwPerKwh = 150.0);
};

} // namespace et::domain::energy
