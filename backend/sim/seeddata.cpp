// SPDX-License-Identifier: MIT
#include "sim/seeddata.h"

#include "jejudata/bundledholidays.h"

#include "domain/centercsvimporter.h"
#include "domain/energy/forecastinputsjson.h"
#include "domain/energy/windfarmcatalog.h"
#include "domain/energy/windturbinelibrary.h"

#include <QDir>

#include <QFile>
#include <QJsonArray>

namespace et::backend {

using domain::Error;
using domain::JsonFieldReader;
using domain::Result;

namespace {
Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("bundled resource is missing: %1").arg(f.errorString())};
    return f.readAll();
}

// A thermal plant's fuel and marginal cost; absent gives LNG at 150 KRW/kWh (older files).
domain::Status readThermalFacts(const QJsonObject &o, const QString &id, SeedData &out)
{
    JsonFieldReader r(o);
    const QString fuel = r.optionalString(QStringLiteral("fuel"));
    const double cost = r.optionalNumber(QStringLiteral("marginal_cost_krw_per_kwh"), -1000.0, 10000.0).value_or(150.0);
    if (!r.ok())
        return r.error();
    const auto f = fuel.isEmpty() ? std::optional(domain::energy::Fuel::Lng) : domain::energy::fuelFromName(fuel);
    if (!f)
        return Error{QStringLiteral("fuel"), QStringLiteral("unknown fuel \"%1\"").arg(fuel)};
    out.thermalFuel.insert(id, *f);
    out.marginalCostKrwPerKwh.insert(id, cost);
    return domain::Ok{};
}

// The wind farms behind the wind assets, and Korea's holidays for the demand shape.
domain::Status loadEnergyModel(SeedData &out)
{
    const auto curves = readResource(QStringLiteral(":/seed/wind-power-curves/power_curves.csv"));
    const auto turbines = readResource(QStringLiteral(":/seed/wind-power-curves/turbine_data.csv"));
    const auto farmsJson = readResource(QStringLiteral(":/seed/jeju-wind-farms.json"));
    for (const auto *r : {&curves, &turbines, &farmsJson}) {
        if (!r->ok())
            return r->error();
    }
    const auto library = domain::energy::WindTurbineLibrary::parse(curves.value(), turbines.value());
    if (!library.ok())
        return library.error().prefixed(QStringLiteral("wind-power-curves"));
    const auto farms = domain::energy::WindFarmCatalog::read(farmsJson.value(), library.value());
    if (!farms.ok())
        return farms.error().prefixed(QStringLiteral("jeju-wind-farms.json"));
    QSet<QString> windAssets;
    for (const auto &a : std::as_const(out.assets)) {
        if (a.kind == domain::AssetKind::Wind)
            windAssets.insert(a.id);
    }
    for (const auto &f : farms.value()) {
        if (windAssets.contains(f.assetId))
            out.windFarms << f;
    }
    const auto &holidays = jejudata::BundledHolidays::calendar();
    if (!holidays.ok())
        return holidays.error();
    out.holidays = holidays.value();
    return domain::Ok{};
}

Result<TruckDepot> readDepot(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    TruckDepot d{r.string(QStringLiteral("name")), r.latitude(QStringLiteral("lat")), r.longitude(QStringLiteral("lon"))};
    if (!r.ok())
        return r.error();
    return d;
}
} // namespace

Result<SeedData> SeedData::fromAssetsJson(const QByteArray &json, const QDateTime &updatedAt)
{
    auto doc = domain::parseJsonObject(json);
    if (!doc.ok())
        return doc.error();
    JsonFieldReader r(doc.value());
    const QJsonArray assets = r.array(QStringLiteral("assets"));
    const QJsonArray links = r.array(QStringLiteral("hvdc_links"));
    const QJsonArray depots = r.array(QStringLiteral("truck_depots"));
    if (!r.ok())
        return r.error();

    SeedData out;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        // The file holds facts only; the live fields start from a neutral state.
        QJsonObject o = assets.at(i).toObject();
        o.insert(QStringLiteral("output_mw"), 0.0);
        o.insert(QStringLiteral("status"), QStringLiteral("online"));
        o.insert(QStringLiteral("updated_at"), domain::toIsoUtc(updatedAt));
        auto a = domain::Asset::fromJson(o);
        if (!a.ok())
            return a.error().prefixed(QStringLiteral("assets[%1]").arg(i));
        if (a.value().kind == domain::AssetKind::Thermal) {
            out.minStableMw.insert(a.value().id, o.value(QStringLiteral("min_stable_mw")).toDouble());
            if (const auto s = readThermalFacts(o, a.value().id, out); !s.ok())
                return s.error().prefixed(QStringLiteral("assets[%1]").arg(i));
        }
        if (a.value().kind == domain::AssetKind::Substation)
            out.loadShare.insert(a.value().id, o.value(QStringLiteral("load_share")).toDouble());
        out.assets << a.value();
    }
    // The same reading as a forecast's inputs (the links are not assets: the inputs carry them).
    auto l = domain::decodeArray<HvdcLinkSpec>(links, &domain::energy::ForecastInputsJson::linkFromJson);
    if (!l.ok())
        return l.error().prefixed(QStringLiteral("hvdc_links"));
    out.links = l.value();
    auto d = domain::decodeArray<TruckDepot>(depots, &readDepot);
    if (!d.ok())
        return d.error().prefixed(QStringLiteral("truck_depots"));
    out.depots = d.value();
    if (out.depots.isEmpty())
        return Error{QStringLiteral("truck_depots"), QStringLiteral("must name at least one town")};
    if (const auto s = loadEnergyModel(out); !s.ok())
        return s.error();
    return out;
}

domain::energy::IslandModelSpec SeedData::islandModelSpec() const
{
    domain::energy::IslandModelSpec spec;
    spec.grid.links = links;
    spec.grid.loadShare = loadShare;
    spec.thermalFuel = thermalFuel;
    spec.wind = windFarms;
    for (const auto &a : assets) {
        if (a.kind == domain::AssetKind::Thermal)
            spec.grid.thermal.append({a.id, a.capacityMw, minStableMw.value(a.id), marginalCostKrwPerKwh.value(a.id, 150.0)});
        else if (a.kind == domain::AssetKind::Solar)
            spec.solar.append(domain::energy::IslandModel::solarSiteFor(a));
    }
    return spec;
}

Result<SeedData> SeedData::loadBundled(const QDateTime &updatedAt)
{
    auto json = readResource(QStringLiteral(":/seed/jeju-assets.json"));
    if (!json.ok())
        return json.error();
    auto seed = fromAssetsJson(json.value(), updatedAt);
    if (!seed.ok())
        return seed.error().prefixed(QStringLiteral("jeju-assets.json"));
    auto csv = readResource(QStringLiteral(":/seed/health-centers-standard-cp949.csv"));
    if (!csv.ok())
        return csv.error();
    auto centers = domain::CenterCsvImporter::import(csv.value(), domain::CenterCsvImporter::Region::JejuOnly);
    if (!centers.ok())
        return centers.error().prefixed(QStringLiteral("health-centers-standard-cp949.csv"));
    seed.value().centers = centers.value().centers;
    seed.value().centerWarnings = centers.value().warnings;
    return seed;
}

} // namespace et::backend
