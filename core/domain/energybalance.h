// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"
#include "truckdaytotals.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace et::domain {

/// Power on one HVDC link between the mainland and Jeju. `flowMw` > 0 means import to Jeju;
/// only a reversible (VSC) link may go below zero.
struct HvdcLinkFlow
{
    QString id;
    QString name;
    QString mainlandTerminal;
    QString jejuTerminalAssetId;
    double capacityMw = 0.0;
    double flowMw = 0.0;
    bool reversible = false;

    static Result<HvdcLinkFlow> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const HvdcLinkFlow &) const = default;
};

/// Island-wide power balance at one instant: demand, generation by type, HVDC flows,
/// curtailment, renewable share and the system marginal price.
struct EnergyBalance
{
    QDateTime timestamp;
    double demandMw = 0.0;
    double thermalMw = 0.0;
    double windMw = 0.0;
    double solarMw = 0.0;
    double truckDischargeMw = 0.0; ///< energy trucks feeding back into the grid
    /// Energy trucks charging from a surplus: power that would otherwise have been curtailed.
    /// Included in demandMw.
    double truckAbsorbedMw = 0.0;
    /// Energy trucks charging as ordinary load (no surplus to take). Included in demandMw.
    double truckGridChargeMw = 0.0;
    QList<HvdcLinkFlow> hvdcLinks;
    double curtailmentMw = 0.0;    ///< renewable output ordered off because the grid cannot take it
    double renewableShare = 0.0;   ///< (wind + solar) / demand, 0..1
    double smpKrwPerKwh = 0.0;     ///< system marginal price; negative in surplus hours
    /// gCO₂eq/kWh of the electricity Jeju consumes (CarbonIntensity); 0 when not known.
    double carbonGPerKwh = 0.0;
    /// The trucks' work so far on the balance's day (KST); absent from a forecast step or an
    /// older server.
    std::optional<TruckDayTotals> truckDay;

    double hvdcImportMw() const;

    static Result<EnergyBalance> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const EnergyBalance &) const = default;
};

} // namespace et::domain
