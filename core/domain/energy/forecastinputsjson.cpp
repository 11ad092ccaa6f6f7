// SPDX-License-Identifier: MIT
#include "domain/energy/forecastinputsjson.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace et::domain::energy {

namespace {
constexpr double kMaxMw = 5000.0;
constexpr double kMaxPrice = 10000.0;

const EnumName<PvSite::SkyModel> kSkyModels[] = {
    {PvSite::SkyModel::Isotropic, u"isotropic"},
    {PvSite::SkyModel::HayDavies, u"hay_davies"},
};

/// One column of the outlook: a value per point, each within [min, max].
struct OutlookColumn
{
    const char16_t *key;
    double min;
    double max;
    double (*get)(const WeatherOutlook &);
    void (*set)(WeatherOutlook &, double);
};

const OutlookColumn kOutlookColumns[] = {
    {u"wind_ms", 0.0, 100.0, [](const WeatherOutlook &o) { return o.expected.windSpeedMs; },
     [](WeatherOutlook &o, double v) { o.expected.windSpeedMs = v; }},
    {u"cloud_cover", 0.0, 1.0, [](const WeatherOutlook &o) { return o.expected.cloudCover; },
     [](WeatherOutlook &o, double v) { o.expected.cloudCover = v; }},
    {u"temperature_c", -60.0, 60.0, [](const WeatherOutlook &o) { return o.expected.temperatureC; },
     [](WeatherOutlook &o, double v) { o.expected.temperatureC = v; }},
    {u"wind_log_sigma", 0.0, 5.0, [](const WeatherOutlook &o) { return o.windLogSigma; },
     [](WeatherOutlook &o, double v) { o.windLogSigma = v; }},
    {u"cloud_logit_sigma", 0.0, 10.0, [](const WeatherOutlook &o) { return o.cloudLogitSigma; },
     [](WeatherOutlook &o, double v) { o.cloudLogitSigma = v; }},
    {u"temperature_sigma_c", 0.0, 30.0, [](const WeatherOutlook &o) { return o.temperatureSigmaC; },
     [](WeatherOutlook &o, double v) { o.temperatureSigmaC = v; }},
};

struct PriceField
{
    const char16_t *key;
    double MarketPrices::*member;
};

const PriceField kPrices[] = {
    {u"import_krw_per_kwh", &MarketPrices::importKrwPerKwh},
    {u"export_krw_per_kwh", &MarketPrices::exportKrwPerKwh},
    {u"truck_absorb_krw_per_kwh", &MarketPrices::truckAbsorbKrwPerKwh},
    {u"renewable_bid_krw_per_kwh", &MarketPrices::renewableBidKrwPerKwh},
    {u"price_floor_krw_per_kwh", &MarketPrices::priceFloorKrwPerKwh},
    {u"price_cap_krw_per_kwh", &MarketPrices::priceCapKrwPerKwh},
};

/// `count` numbers in [min, max].
Result<QList<double>> numbers(const QJsonArray &a, qsizetype count, double min, double max)
{
    if (a.size() != count)
        return Error{{}, QStringLiteral("expected %1 values, got %2").arg(count).arg(a.size())};
    QList<double> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const double v = a.at(i).toDouble();
        if (!a.at(i).isDouble())
            return Error{QStringLiteral("[%1]").arg(i), QStringLiteral("expected a number, got %1").arg(jsonTypeName(a.at(i)))};
        if (!std::isfinite(v))
            return Error{QStringLiteral("[%1]").arg(i), QStringLiteral("is not a number")};
        if (v < min || v > max)
            return Error{QStringLiteral("[%1]").arg(i), QStringLiteral("%1 is outside [%2, %3]").arg(v).arg(min).arg(max)};
        out.append(v);
    }
    return out;
}

/// Each element of `array` decoded by `decode` from its own reader; the first failure as "[i].field".
template<typename T, typename Decode>
Result<QList<T>> objects(const QJsonArray &array, Decode decode)
{
    QList<T> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return Error{at, QStringLiteral("expected an object, got %1").arg(jsonTypeName(array.at(i)))};
        JsonFieldReader r(array.at(i).toObject());
        T item = decode(r);
        if (!r.ok())
            return r.error().prefixed(at);
        out.append(std::move(item));
    }
    return out;
}

QJsonObject outlookToJson(const HourlyOutlook &o)
{
    QJsonObject json{{QStringLiteral("issued"), toIsoUtc(o.issued())},
                     {QStringLiteral("start"), toIsoUtc(o.start())},
                     {QStringLiteral("step_s"), double(HourlyOutlook::kStepSeconds)}};
    for (const OutlookColumn &c : kOutlookColumns) {
        QJsonArray values;
        for (const WeatherOutlook &p : o.points())
            values.append(c.get(p));
        json.insert(QString::fromUtf16(c.key), values);
    }
    return json;
}

Result<HourlyOutlook> outlookFromJson(const QJsonObject &json)
{
    JsonFieldReader r(json);
    const QDateTime issued = r.dateTime(QStringLiteral("issued"));
    const QDateTime start = r.dateTime(QStringLiteral("start"));
    r.integer(QStringLiteral("step_s"), int(HourlyOutlook::kStepSeconds), int(HourlyOutlook::kStepSeconds));
    if (!r.ok())
        return r.error();
    QList<WeatherOutlook> points(HourlyOutlook::kPoints);
    HourlyOutlook expected(issued, {});
    if (start != expected.start())
        return Error{QStringLiteral("start"), QStringLiteral("must be the issue time's hour, %1").arg(toIsoUtc(expected.start()))};
    for (const OutlookColumn &c : kOutlookColumns) {
        const QString key = QString::fromUtf16(c.key);
        const QJsonArray array = r.array(key);
        if (!r.ok())
            return r.error();
        auto values = numbers(array, HourlyOutlook::kPoints, c.min, c.max);
        if (!values.ok())
            return values.error().prefixed(key);
        for (qsizetype i = 0; i < points.size(); ++i)
            c.set(points[i], values.value().at(i));
    }
    return HourlyOutlook(issued, std::move(points));
}

ForecastInputs::Turbine turbineFromJson(JsonFieldReader &r)
{
    ForecastInputs::Turbine t;
    t.type = r.string(QStringLiteral("type"));
    t.nominalPowerW = r.number(QStringLiteral("nominal_power_w"), 1.0, 2e7);
    const QJsonArray curve = r.array(QStringLiteral("curve"));
    for (qsizetype i = 0; r.ok() && i < curve.size(); ++i) {
        const QJsonArray p = curve.at(i).toArray();
        if (p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            r.fail(QStringLiteral("curve[%1]").arg(i), QStringLiteral("a point is [wind m/s, power W]"));
        t.curve.append({p.at(0).toDouble(), p.at(1).toDouble()});
    }
    // The model's own checks: speeds increasing, finite and non-negative values, some power.
    if (r.ok()) {
        if (auto m = WindTurbineModel::fromCurve({t.type, {}, {}, t.nominalPowerW, 0.0, {}, {}}, t.curve); !m.ok())
            r.fail(QStringLiteral("curve"), m.error().message);
    }
    return t;
}

QJsonObject pvModelToJson(const ForecastInputs::PvModel &m)
{
    return {{QStringLiteral("albedo"), m.albedo},
            {QStringLiteral("gamma_per_k"), m.gammaPerK},
            {QStringLiteral("faiman_u0"), m.faimanU0},
            {QStringLiteral("faiman_u1"), m.faimanU1},
            {QStringLiteral("inverter_nominal_efficiency"), m.inverterNominalEfficiency},
            {QStringLiteral("loss_fraction"), m.lossFraction},
            {QStringLiteral("sky_model"), enumToString<PvSite::SkyModel>(m.skyModel, kSkyModels)}};
}

ForecastInputs::PvModel pvModelFromJson(JsonFieldReader &r)
{
    // PvSite::validate's ranges.
    ForecastInputs::PvModel m;
    m.albedo = r.number(QStringLiteral("albedo"), 0.0, 1.0);
    m.gammaPerK = r.number(QStringLiteral("gamma_per_k"), -0.02, 0.0);
    m.faimanU0 = r.number(QStringLiteral("faiman_u0"), 1.0, 100.0);
    m.faimanU1 = r.number(QStringLiteral("faiman_u1"), 0.0, 50.0);
    m.inverterNominalEfficiency = r.number(QStringLiteral("inverter_nominal_efficiency"), 0.5, 1.0);
    m.lossFraction = r.number(QStringLiteral("loss_fraction"), 0.0, 0.9);
    m.skyModel = r.enumValue<PvSite::SkyModel>(QStringLiteral("sky_model"), kSkyModels);
    return m;
}

Result<ForecastInputs::Demand> demandFromJson(JsonFieldReader &r)
{
    ForecastInputs::Demand d;
    d.shape = r.string(QStringLiteral("shape"));
    d.annualMeanMw = r.number(QStringLiteral("annual_mean_mw"), 1.0, kMaxMw);
    const QJsonArray holidays = r.array(QStringLiteral("holidays"));
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QDate date = QDate::fromString(holidays.at(i).toString(), Qt::ISODate);
        const QString at = QStringLiteral("holidays[%1]").arg(i);
        if (!holidays.at(i).isString() || !date.isValid())
            return Error{at, QStringLiteral("expected a date as yyyy-MM-dd")};
        if (!d.holidays.isEmpty() && date <= d.holidays.last())
            return Error{at, QStringLiteral("dates must be in order, each once")};
        d.holidays.append(date);
    }
    return d;
}

/// Every asset id of the inputs once: a duplicate would make two models of one asset.
Status uniqueIds(const ForecastInputs &in)
{
    QSet<QString> seen;
    const auto check = [&seen](const QString &id, const QString &at) -> Status {
        if (seen.contains(id))
            return Error{at, QStringLiteral("\"%1\" is named twice").arg(id)};
        seen.insert(id);
        return Ok{};
    };
    for (qsizetype i = 0; i < in.thermal.size(); ++i)
        if (auto s = check(in.thermal[i].assetId, QStringLiteral("thermal[%1].asset_id").arg(i)); !s.ok())
            return s;
    for (qsizetype i = 0; i < in.wind.size(); ++i)
        if (auto s = check(in.wind[i].assetId, QStringLiteral("wind_farms[%1].asset_id").arg(i)); !s.ok())
            return s;
    for (qsizetype i = 0; i < in.solar.size(); ++i)
        if (auto s = check(in.solar[i].assetId, QStringLiteral("solar_sites[%1].asset_id").arg(i)); !s.ok())
            return s;
    seen.clear();
    for (qsizetype i = 0; i < in.links.size(); ++i)
        if (auto s = check(in.links[i].id, QStringLiteral("hvdc_links[%1].id").arg(i)); !s.ok())
            return s;
    seen.clear();
    for (qsizetype i = 0; i < in.turbines.size(); ++i)
        if (auto s = check(in.turbines[i].type, QStringLiteral("turbines[%1].type").arg(i)); !s.ok())
            return s;
    for (qsizetype i = 0; i < in.wind.size(); ++i) {
        if (!seen.contains(in.wind[i].turbineType))
            return Error{QStringLiteral("wind_farms[%1].turbine_type").arg(i),
                         QStringLiteral("\"%1\" has no curve in turbines").arg(in.wind[i].turbineType)};
    }
    return Ok{};
}
} // namespace

QJsonObject ForecastInputsJson::linkToJson(const HvdcLink &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("mainland_terminal"), l.mainlandTerminal},
            {QStringLiteral("jeju_terminal_asset_id"), l.jejuAssetId},
            {QStringLiteral("capacity_mw"), l.capacityMw},
            {QStringLiteral("reversible"), l.reversible},
            {QStringLiteral("min_mw"), l.minMw},
            {QStringLiteral("max_operating_mw"), l.maxOperatingMw}};
}

Result<HvdcLink> ForecastInputsJson::linkFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    HvdcLink l;
    l.id = r.string(QStringLiteral("id"));
    l.name = r.string(QStringLiteral("name"));
    l.mainlandTerminal = r.string(QStringLiteral("mainland_terminal"));
    l.jejuAssetId = r.string(QStringLiteral("jeju_terminal_asset_id"));
    l.capacityMw = r.number(QStringLiteral("capacity_mw"), 0.0, kMaxMw);
    l.reversible = r.boolean(QStringLiteral("reversible"));
    l.minMw = r.number(QStringLiteral("min_mw"), -l.capacityMw, l.capacityMw);
    l.maxOperatingMw = r.number(QStringLiteral("max_operating_mw"), l.minMw, l.capacityMw);
    if (r.ok() && !l.reversible && l.minMw < 0.0)
        r.fail(QStringLiteral("min_mw"), QStringLiteral("a non-reversible link cannot export"));
    if (!r.ok())
        return r.error();
    return l;
}

QJsonObject ForecastInputsJson::toJson(const ForecastInputs &in)
{
    QJsonArray thermal, links, turbines, farms, sites, holidays;
    for (const auto &t : in.thermal)
        thermal.append(QJsonObject{{QStringLiteral("asset_id"), t.assetId},
                                   {QStringLiteral("min_stable_mw"), t.minStableMw},
                                   {QStringLiteral("marginal_cost_krw_per_kwh"), t.marginalCostKrwPerKwh},
                                   {QStringLiteral("fuel"), fuelName(t.fuel)}});
    for (const HvdcLink &l : in.links)
        links.append(linkToJson(l));
    for (const auto &t : in.turbines) {
        QJsonArray curve;
        for (const auto &p : t.curve)
            curve.append(QJsonArray{p.speedMs, p.powerW});
        turbines.append(QJsonObject{{QStringLiteral("type"), t.type},
                                    {QStringLiteral("nominal_power_w"), t.nominalPowerW},
                                    {QStringLiteral("curve"), curve}});
    }
    for (const auto &f : in.wind)
        farms.append(QJsonObject{{QStringLiteral("asset_id"), f.assetId},
                                 {QStringLiteral("turbine_type"), f.turbineType},
                                 {QStringLiteral("turbine_count"), f.turbineCount},
                                 {QStringLiteral("hub_height_m"), f.hubHeightM},
                                 {QStringLiteral("availability"), f.availability},
                                 {QStringLiteral("losses"), f.losses},
                                 {QStringLiteral("offshore"), f.offshore}});
    for (const auto &s : in.solar)
        sites.append(QJsonObject{{QStringLiteral("asset_id"), s.assetId},
                                 {QStringLiteral("dc_ac_ratio"), s.dcAcRatio},
                                 {QStringLiteral("tilt_deg"), s.tiltDeg},
                                 {QStringLiteral("azimuth_deg"), s.azimuthDeg},
                                 {QStringLiteral("elevation_m"), s.elevationM}});
    for (const QDate &d : in.demand.holidays)
        holidays.append(d.toString(Qt::ISODate));
    QJsonObject prices;
    for (const PriceField &p : kPrices)
        prices.insert(QString::fromUtf16(p.key), in.prices.*p.member);
    return {{QStringLiteral("outlook"), outlookToJson(in.outlook)},
            {QStringLiteral("thermal"), thermal},
            {QStringLiteral("hvdc_links"), links},
            {QStringLiteral("prices"), prices},
            {QStringLiteral("turbines"), turbines},
            {QStringLiteral("wind_farms"), farms},
            {QStringLiteral("pv_model"), pvModelToJson(in.pvModel)},
            {QStringLiteral("solar_sites"), sites},
            {QStringLiteral("demand"), QJsonObject{{QStringLiteral("shape"), in.demand.shape},
                                                   {QStringLiteral("annual_mean_mw"), in.demand.annualMeanMw},
                                                   {QStringLiteral("holidays"), holidays}}}};
}

Result<ForecastInputs> ForecastInputsJson::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    const QJsonObject outlook = r.object(QStringLiteral("outlook"));
    const QJsonArray thermal = r.array(QStringLiteral("thermal"));
    const QJsonArray links = r.array(QStringLiteral("hvdc_links"));
    const QJsonObject prices = r.object(QStringLiteral("prices"));
    const QJsonArray turbines = r.array(QStringLiteral("turbines"));
    const QJsonArray farms = r.array(QStringLiteral("wind_farms"));
    const QJsonObject pvModel = r.object(QStringLiteral("pv_model"));
    const QJsonArray sites = r.array(QStringLiteral("solar_sites"));
    const QJsonObject demand = r.object(QStringLiteral("demand"));
    if (!r.ok())
        return r.error();

    ForecastInputs in;
    auto o = outlookFromJson(outlook);
    if (!o.ok())
        return o.error().prefixed(QStringLiteral("outlook"));
    in.outlook = std::move(o).value();

    auto t = objects<ForecastInputs::Thermal>(thermal, [](JsonFieldReader &u) {
        ForecastInputs::Thermal t;
        t.assetId = u.string(QStringLiteral("asset_id"));
        t.minStableMw = u.number(QStringLiteral("min_stable_mw"), 0.0, kMaxMw);
        t.marginalCostKrwPerKwh = u.number(QStringLiteral("marginal_cost_krw_per_kwh"), -1000.0, kMaxPrice);
        const QString fuel = u.string(QStringLiteral("fuel"));
        const auto f = fuelFromName(fuel);
        if (u.ok() && (!f || !isDispatchable(*f)))
            u.fail(QStringLiteral("fuel"), QStringLiteral("\"%1\" is not a thermal fuel").arg(fuel));
        t.fuel = f.value_or(Fuel::Lng);
        return t;
    });
    if (!t.ok())
        return t.error().prefixed(QStringLiteral("thermal"));
    in.thermal = t.value();

    auto l = decodeArray<HvdcLink>(links, &ForecastInputsJson::linkFromJson);
    if (!l.ok())
        return l.error().prefixed(QStringLiteral("hvdc_links"));
    in.links = l.value();

    JsonFieldReader p(prices);
    for (const PriceField &f : kPrices)
        in.prices.*f.member = p.number(QString::fromUtf16(f.key), -kMaxPrice, kMaxPrice);
    if (p.ok() && in.prices.priceFloorKrwPerKwh > in.prices.priceCapKrwPerKwh)
        p.fail(QStringLiteral("price_floor_krw_per_kwh"), QStringLiteral("must not be above the cap"));
    if (!p.ok())
        return p.error().prefixed(QStringLiteral("prices"));

    auto tt = objects<ForecastInputs::Turbine>(turbines, &turbineFromJson);
    if (!tt.ok())
        return tt.error().prefixed(QStringLiteral("turbines"));
    in.turbines = tt.value();

    auto w = objects<ForecastInputs::Wind>(farms, [](JsonFieldReader &f) {
        ForecastInputs::Wind w;
        w.assetId = f.string(QStringLiteral("asset_id"));
        w.turbineType = f.string(QStringLiteral("turbine_type"));
        w.turbineCount = f.integer(QStringLiteral("turbine_count"), 1, 10000);
        w.hubHeightM = f.number(QStringLiteral("hub_height_m"), 1.0, 300.0);
        w.availability = f.number(QStringLiteral("availability"), 0.0, 1.0);
        w.losses = f.number(QStringLiteral("losses"), 0.0, 0.99);
        w.offshore = f.boolean(QStringLiteral("offshore"));
        return w;
    });
    if (!w.ok())
        return w.error().prefixed(QStringLiteral("wind_farms"));
    in.wind = w.value();

    JsonFieldReader pv(pvModel);
    in.pvModel = pvModelFromJson(pv);
    if (!pv.ok())
        return pv.error().prefixed(QStringLiteral("pv_model"));

    auto s = objects<ForecastInputs::Solar>(sites, [](JsonFieldReader &f) {
        ForecastInputs::Solar s;
        s.assetId = f.string(QStringLiteral("asset_id"));
        s.dcAcRatio = f.number(QStringLiteral("dc_ac_ratio"), 0.5, 3.0);
        s.tiltDeg = f.number(QStringLiteral("tilt_deg"), 0.0, 180.0);
        s.azimuthDeg = f.number(QStringLiteral("azimuth_deg"), 0.0, 360.0);
        s.elevationM = f.number(QStringLiteral("elevation_m"), -500.0, 9000.0);
        return s;
    });
    if (!s.ok())
        return s.error().prefixed(QStringLiteral("solar_sites"));
    in.solar = s.value();

    JsonFieldReader dr(demand);
    auto d = demandFromJson(dr);
    if (!d.ok())
        return d.error().prefixed(QStringLiteral("demand"));
    in.demand = d.value();

    if (auto unique = uniqueIds(in); !unique.ok())
        return unique.error();
    return in;
}

} // namespace et::domain::energy
