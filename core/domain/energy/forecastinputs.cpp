// SPDX-License-Identifier: MIT
#include "domain/energy/forecastinputs.h"

#include "domain/energy/demandshape.h"
#include "domain/energy/islandmodel.h"

#include <algorithm>
#include <cmath>

namespace et::domain::energy {

namespace {
ForecastInputs::PvModel pvModelOf(const PvSite &s)
{
    return {s.albedo, s.gammaPerK, s.faimanU0, s.faimanU1, s.inverterNominalEfficiency, s.lossFraction, s.skyModel};
}
} // namespace

QString ForecastInputs::shapeName(const DemandShape &demand)
{
    return QStringLiteral("jeju-kpx-%1").arg(demand.coefficients().year);
}

Result<ForecastInputs> ForecastInputs::describe(const IslandModelSpec &spec, const DemandShape &demand, HourlyOutlook outlook)
{
    ForecastInputs in;
    for (const ThermalUnit &u : spec.grid.thermal)
        in.thermal.append({u.id, u.minStableMw, u.marginalCostKrwPerKwh, spec.thermalFuel.value(u.id, Fuel::Lng)});
    in.links = spec.grid.links;
    in.prices = spec.grid.prices;

    for (qsizetype i = 0; i < spec.wind.size(); ++i) {
        const WindFarm &f = spec.wind.at(i);
        const Turbine turbine{f.turbine.type(), f.turbine.nominalPowerW(), f.turbine.publishedPoints()};
        const auto known = std::find_if(in.turbines.cbegin(), in.turbines.cend(), [&](const Turbine &t) { return t.type == turbine.type; });
        if (known == in.turbines.cend())
            in.turbines.append(turbine);
        else if (!(*known == turbine))
            return Error{QStringLiteral("wind[%1].turbine").arg(i),
                         QStringLiteral("another farm names type \"%1\" with a different curve").arg(turbine.type)};
        in.wind.append({f.assetId, f.turbine.type(), f.turbineCount, f.hubHeightM, f.availability, f.losses, f.offshore});
    }

    for (qsizetype i = 0; i < spec.solar.size(); ++i) {
        const PvSite &s = spec.solar.at(i).site;
        if (i == 0)
            in.pvModel = pvModelOf(s);
        else if (!(pvModelOf(s) == in.pvModel))
            return Error{QStringLiteral("solar[%1]").arg(i), QStringLiteral("its PV chain's coefficients differ from the first site's")};
        // The console multiplies its cached AC rating by this ratio: to 1e-6, the same double
        // as the rating × 1.2 the server used.
        const double ratio = s.inverterKw > 0.0 ? std::round(s.kWp / s.inverterKw * 1e6) / 1e6 : 0.0;
        in.solar.append({spec.solar.at(i).assetId, ratio, s.tiltDeg, s.azimuthDeg, s.elevationM});
    }

    in.demand.shape = shapeName(demand);
    in.demand.annualMeanMw = demand.coefficients().annualMeanMw * demand.scale();
    const int year = outlook.issued().addSecs(9 * 3600).date().year(); // KST
    for (int y = year; y <= year + 1; ++y) {
        for (const KoreanHolidays::Holiday &h : demand.holidays().inYear(y))
            in.demand.holidays.append(h.date);
    }
    in.outlook = std::move(outlook);
    return in;
}

} // namespace et::domain::energy
