// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/generationmix.h"
#include "domain/energy/hourlyoutlook.h"
#include "domain/energy/islandbalance.h"
#include "domain/energy/pvsite.h"
#include "domain/energy/windturbinemodel.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace et::domain::energy {

class DemandShape;
struct IslandModelSpec;

/// What a forecast was computed from that a console cannot know from its cache, so that it can
/// build the same IslandModel and compute the forecast again offline (OfflineForecast):
/// - the hourly weather outlook (HourlyOutlook; the weather process's seed is then not needed);
/// - the grid: each thermal unit's must-run level, marginal cost and fuel (its capacity is the
///   cached asset's), the HVDC links (not assets), the market's prices;
/// - each wind farm's turbines (type, count, hub height, availability, losses, offshore) and the
///   power curve of each turbine type named;
/// - each solar site's geometry (DC/AC ratio, tilt, azimuth, elevation; its place and AC rating
///   are the cached asset's) and the PV chain's coefficients, one set for every site;
/// - the demand shape by name (one the console has built in, e.g. "jeju-kpx-2025"), its annual
///   mean, and the holidays that make a day a Sunday for it.
/// The substations' shares of demand are left out: a forecast does not place load.
struct ForecastInputs
{
    struct Thermal
    {
        QString assetId;
        double minStableMw = 0.0;
        double marginalCostKrwPerKwh = 0.0;
        Fuel fuel = Fuel::Lng;

        bool operator==(const Thermal &) const = default;
    };
    struct Turbine
    {
        QString type;
        double nominalPowerW = 0.0;
        QList<WindTurbineModel::CurvePoint> curve; ///< as published (WindTurbineModel::publishedPoints)

        bool operator==(const Turbine &) const = default;
    };
    struct Wind
    {
        QString assetId;
        QString turbineType;
        int turbineCount = 0;
        double hubHeightM = 0.0;
        double availability = 1.0;
        double losses = 0.0;
        bool offshore = false;

        bool operator==(const Wind &) const = default;
    };
    struct Solar
    {
        QString assetId;
        double dcAcRatio = 1.0; ///< DC kWp per AC kW, to 1e-6
        double tiltDeg = 0.0;
        double azimuthDeg = 180.0;
        double elevationM = 0.0;

        bool operator==(const Solar &) const = default;
    };
    /// The PV chain's coefficients (PvSite's, apart from where a site is and how it faces).
    struct PvModel
    {
        double albedo = 0.2;
        double gammaPerK = -0.0037;
        double faimanU0 = 25.0;
        double faimanU1 = 6.84;
        double inverterNominalEfficiency = 0.96;
        double lossFraction = 0.14;
        PvSite::SkyModel skyModel = PvSite::SkyModel::HayDavies;

        bool operator==(const PvModel &) const = default;
    };
    struct Demand
    {
        QString shape;            ///< "jeju-kpx-<calibration year>"
        double annualMeanMw = 0.0;
        QList<QDate> holidays;    ///< national holidays (KST dates), sorted

        bool operator==(const Demand &) const = default;
    };

    HourlyOutlook outlook;
    QList<Thermal> thermal;
    QList<HvdcLink> links;
    MarketPrices prices;
    QList<Turbine> turbines;
    QList<Wind> wind;
    PvModel pvModel;
    QList<Solar> solar;
    Demand demand;

    bool operator==(const ForecastInputs &) const = default;

    /// The inputs of a forecast of `spec` and `demand` from `outlook`: the holidays of the
    /// outlook's issue year and the next (KST), so a console offline into the next year still
    /// has them. Fails when two solar sites differ in the PV chain's coefficients, or two wind
    /// farms name one turbine type with different curves (the inputs carry one of each).
    static Result<ForecastInputs> describe(const IslandModelSpec &spec, const DemandShape &demand, HourlyOutlook outlook);
    /// "jeju-kpx-2025" for the shape calibrated to KPX's 2025 series.
    static QString shapeName(const DemandShape &demand);
};

} // namespace et::domain::energy
