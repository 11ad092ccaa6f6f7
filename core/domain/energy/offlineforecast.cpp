// SPDX-License-Identifier: MIT
#include "domain/energy/offlineforecast.h"

#include "domain/energy/forecastjson.h"

#include <QHash>

namespace et::domain::energy {

namespace {
/// The cached asset `id`, which must be of `kind`.
Result<const Asset *> cachedAsset(const QHash<QString, const Asset *> &byId, const QString &id, AssetKind kind)
{
    const Asset *a = byId.value(id);
    if (!a)
        return Error{QStringLiteral("asset_id"), QStringLiteral("the cache has no asset \"%1\"").arg(id)};
    if (a->kind != kind)
        return Error{QStringLiteral("asset_id"), QStringLiteral("\"%1\" is a %2 asset in the cache, not %3")
                                                      .arg(id, toString(a->kind), toString(kind))};
    return a;
}
} // namespace

QSet<QString> OfflineForecast::outOfService(const QList<Asset> &assets)
{
    QSet<QString> out;
    for (const Asset &a : assets) {
        if (a.status == AssetStatus::Offline || a.status == AssetStatus::Maintenance)
            out.insert(a.id);
    }
    return out;
}

Result<IslandModelSpec> OfflineForecast::islandModelSpec(const ForecastInputs &in, const QList<Asset> &assets)
{
    QHash<QString, const Asset *> byId;
    for (const Asset &a : assets)
        byId.insert(a.id, &a);
    IslandModelSpec spec;
    spec.grid.links = in.links;
    spec.grid.prices = in.prices;

    for (qsizetype i = 0; i < in.thermal.size(); ++i) {
        const auto &t = in.thermal.at(i);
        const QString at = QStringLiteral("thermal[%1]").arg(i);
        auto a = cachedAsset(byId, t.assetId, AssetKind::Thermal);
        if (!a.ok())
            return a.error().prefixed(at);
        if (t.minStableMw > a.value()->capacityMw)
            return Error{at + QStringLiteral(".min_stable_mw"),
                         QStringLiteral("%1 MW is above the cached capacity, %2 MW").arg(t.minStableMw).arg(a.value()->capacityMw)};
        spec.grid.thermal.append({t.assetId, a.value()->capacityMw, t.minStableMw, t.marginalCostKrwPerKwh});
        spec.thermalFuel.insert(t.assetId, t.fuel);
    }

    QHash<QString, WindTurbineModel> turbines;
    for (qsizetype i = 0; i < in.turbines.size(); ++i) {
        const auto &t = in.turbines.at(i);
        auto model = WindTurbineModel::fromCurve({t.type, {}, {}, t.nominalPowerW, 0.0, {}, {}}, t.curve);
        if (!model.ok())
            return model.error().prefixed(QStringLiteral("turbines[%1].curve").arg(i));
        turbines.insert(t.type, model.value());
    }
    for (qsizetype i = 0; i < in.wind.size(); ++i) {
        const auto &w = in.wind.at(i);
        const QString at = QStringLiteral("wind_farms[%1]").arg(i);
        if (auto a = cachedAsset(byId, w.assetId, AssetKind::Wind); !a.ok())
            return a.error().prefixed(at);
        if (!turbines.contains(w.turbineType))
            return Error{at + QStringLiteral(".turbine_type"), QStringLiteral("\"%1\" has no curve").arg(w.turbineType)};
        WindFarm f;
        f.assetId = w.assetId;
        f.turbine = turbines.value(w.turbineType);
        f.turbineCount = w.turbineCount;
        f.hubHeightM = w.hubHeightM;
        f.availability = w.availability;
        f.losses = w.losses;
        f.offshore = w.offshore;
        spec.wind.append(f);
    }

    for (qsizetype i = 0; i < in.solar.size(); ++i) {
        const auto &s = in.solar.at(i);
        const QString at = QStringLiteral("solar_sites[%1]").arg(i);
        auto a = cachedAsset(byId, s.assetId, AssetKind::Solar);
        if (!a.ok())
            return a.error().prefixed(at);
        SolarSite site = IslandModel::solarSiteFor(*a.value());
        site.site.kWp = site.site.inverterKw * s.dcAcRatio;
        site.site.tiltDeg = s.tiltDeg;
        site.site.azimuthDeg = s.azimuthDeg;
        site.site.elevationM = s.elevationM;
        site.site.albedo = in.pvModel.albedo;
        site.site.gammaPerK = in.pvModel.gammaPerK;
        site.site.faimanU0 = in.pvModel.faimanU0;
        site.site.faimanU1 = in.pvModel.faimanU1;
        site.site.inverterNominalEfficiency = in.pvModel.inverterNominalEfficiency;
        site.site.lossFraction = in.pvModel.lossFraction;
        site.site.skyModel = in.pvModel.skyModel;
        if (auto valid = site.site.validate(); !valid.ok())
            return valid.error().prefixed(at);
        spec.solar.append(site);
    }
    return spec;
}

Result<DemandShape> OfflineForecast::demandShape(const ForecastInputs::Demand &demand)
{
    KoreanHolidays holidays;
    QList<KoreanHolidays::Holiday> days;
    for (const QDate &d : demand.holidays)
        days.append({d, {}, KoreanHolidays::Kind::Regular});
    holidays.add(days);
    DemandShape shape = DemandShape::jeju(std::move(holidays));
    const QString builtIn = ForecastInputs::shapeName(shape);
    if (demand.shape != builtIn)
        return Error{QStringLiteral("demand.shape"),
                     QStringLiteral("the forecast used \"%1\"; this console has \"%2\" built in").arg(demand.shape, builtIn)};
    if (demand.annualMeanMw != shape.coefficients().annualMeanMw)
        shape = shape.scaledToAnnualMeanMw(demand.annualMeanMw);
    return shape;
}

Result<EnergyForecastResult> OfflineForecast::recompute(const ForecastInputs &inputs, const QList<Asset> &assets, const QDateTime &issued)
{
    if (!issued.isValid() || issued < inputs.outlook.issued())
        return Error{QStringLiteral("issued"), QStringLiteral("a forecast cannot be issued before its outlook (%1)")
                                                   .arg(toIsoUtc(inputs.outlook.issued()))};
    auto spec = islandModelSpec(inputs, assets);
    if (!spec.ok())
        return spec.error();
    auto demand = demandShape(inputs.demand);
    if (!demand.ok())
        return demand.error();
    // The seed drives only the weather process, which the outlook replaces here.
    const IslandModel model(std::move(spec).value(), std::move(demand).value(), 0);
    return ForecastJson::rounded(model.forecast(issued, outOfService(assets), inputs.outlook), ForecastJson::kResolution);
}

} // namespace et::domain::energy
