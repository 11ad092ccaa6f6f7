// SPDX-License-Identifier: MIT
#include "domain/energy/forecastjson.h"

#include "domain/energy/forecastinputsjson.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

#include <cmath>

namespace et::domain::energy {

namespace {
constexpr double kMaxMw = 5000.0;
constexpr double kMaxPrice = 10000.0;
constexpr double kMaxCarbon = 2000.0;
constexpr int kQuarterHours = 96;
constexpr int kHours = 168;

QJsonArray bandList(const QList<Band> &bands)
{
    QJsonArray a;
    for (const Band &b : bands)
        a.append(ForecastJson::bandToJson(b));
    return a;
}

Result<QList<Band>> bandListFromJson(const QJsonValue &value, qsizetype expected, double min, double max)
{
    if (!value.isArray())
        return Error{{}, QStringLiteral("expected an array of bands, got %1").arg(jsonTypeName(value))};
    const QJsonArray a = value.toArray();
    if (a.size() != expected)
        return Error{{}, QStringLiteral("expected %1 bands, got %2").arg(expected).arg(a.size())};
    QList<Band> out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto b = ForecastJson::bandFromJson(a.at(i), min, max);
        if (!b.ok())
            return b.error().prefixed(QStringLiteral("[%1]").arg(i));
        out.append(b.value());
    }
    return out;
}

struct BandField
{
    const char16_t *key;
    Band ForecastStep::*member;
    double min;
    double max;
};

const BandField kStepBands[] = {
    {u"demand_mw", &ForecastStep::demandMw, 0.0, kMaxMw},
    {u"wind_mw", &ForecastStep::windMw, 0.0, kMaxMw},
    {u"solar_mw", &ForecastStep::solarMw, 0.0, kMaxMw},
    {u"thermal_mw", &ForecastStep::thermalMw, 0.0, kMaxMw},
    {u"import_mw", &ForecastStep::importMw, 0.0, kMaxMw},
    {u"export_mw", &ForecastStep::exportMw, 0.0, kMaxMw},
    {u"curtailment_mw", &ForecastStep::curtailmentMw, 0.0, kMaxMw},
    {u"smp_krw_per_kwh", &ForecastStep::smpKrwPerKwh, -kMaxPrice, kMaxPrice},
    {u"carbon_g_per_kwh", &ForecastStep::carbonGPerKwh, 0.0, kMaxCarbon},
};

QJsonObject stepToJson(const ForecastStep &s)
{
    QJsonObject o{{QStringLiteral("time"), toIsoUtc(s.time)}};
    for (const BandField &f : kStepBands)
        o.insert(QString::fromUtf16(f.key), ForecastJson::bandToJson(s.*f.member));
    o.insert(QStringLiteral("link_flow_mw"), bandList(s.linkFlowMw));
    return o;
}

Result<ForecastStep> stepFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected a step object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    ForecastStep s;
    s.time = r.dateTime(QStringLiteral("time"));
    const QJsonArray links = r.array(QStringLiteral("link_flow_mw"));
    if (!r.ok())
        return r.error();
    for (const BandField &f : kStepBands) {
        const QString key = QString::fromUtf16(f.key);
        if (!o.contains(key))
            return Error{key, QStringLiteral("is missing")};
        auto b = ForecastJson::bandFromJson(o.value(key), f.min, f.max);
        if (!b.ok())
            return b.error().prefixed(key);
        s.*f.member = b.value();
    }
    auto flows = bandListFromJson(links, links.size(), -kMaxMw, kMaxMw);
    if (!flows.ok())
        return flows.error().prefixed(QStringLiteral("link_flow_mw"));
    s.linkFlowMw = flows.value();
    return s;
}

/// The steps of one horizon: `count` of them, `stepSeconds` apart, the first within one step after `issued`.
Result<QList<ForecastStep>> stepsFromJson(const QJsonArray &array, int count, qint64 stepSeconds, const QDateTime &issued)
{
    auto steps = decodeArray<ForecastStep>(array, &stepFromJson);
    if (!steps.ok())
        return steps.error();
    const QList<ForecastStep> &s = steps.value();
    if (s.size() != count)
        return Error{{}, QStringLiteral("expected %1 steps, got %2").arg(count).arg(s.size())};
    const qint64 first = issued.secsTo(s.first().time);
    if (first < 0 || first >= stepSeconds)
        return Error{QStringLiteral("[0].time"), QStringLiteral("the first step must start within one step after the issue time")};
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i - 1).time.secsTo(s.at(i).time) != stepSeconds)
            return Error{QStringLiteral("[%1].time").arg(i), QStringLiteral("steps must be %1 s apart").arg(stepSeconds)};
        if (s.at(i).linkFlowMw.size() != s.first().linkFlowMw.size())
            return Error{QStringLiteral("[%1].link_flow_mw").arg(i), QStringLiteral("every step must list the same links")};
    }
    return steps;
}
} // namespace

QJsonArray ForecastJson::bandToJson(const Band &band)
{
    return {band.p10, band.p50, band.p90};
}

Result<Band> ForecastJson::bandFromJson(const QJsonValue &value, double min, double max)
{
    if (!value.isArray() || value.toArray().size() != 3)
        return Error{{}, QStringLiteral("a band is [p10, p50, p90]")};
    const QJsonArray a = value.toArray();
    double v[3];
    for (int i = 0; i < 3; ++i) {
        if (!a.at(i).isDouble())
            return Error{{}, QStringLiteral("a band holds numbers, got %1").arg(jsonTypeName(a.at(i)))};
        v[i] = a.at(i).toDouble();
        if (!std::isfinite(v[i]) || v[i] < min || v[i] > max)
            return Error{{}, QStringLiteral("%1 is outside [%2, %3]").arg(v[i]).arg(min).arg(max)};
    }
    if (v[0] > v[1] + 1e-6 || v[1] > v[2] + 1e-6)
        return Error{{}, QStringLiteral("a band must be ordered p10 <= p50 <= p90, got [%1, %2, %3]").arg(v[0]).arg(v[1]).arg(v[2])};
    return Band{v[0], v[1], v[2]};
}

EnergyForecastResult ForecastJson::rounded(EnergyForecastResult f, double resolution)
{
    const auto round = [resolution](Band &b) {
        for (double *v : {&b.p10, &b.p50, &b.p90})
            *v = std::round(*v / resolution) * resolution;
    };
    for (QList<ForecastStep> *steps : {&f.quarterHours, &f.hours}) {
        for (ForecastStep &s : *steps) {
            for (Band *b : {&s.demandMw, &s.windMw, &s.solarMw, &s.thermalMw, &s.importMw, &s.exportMw, &s.curtailmentMw, &s.smpKrwPerKwh,
                            &s.carbonGPerKwh})
                round(*b);
            for (Band &b : s.linkFlowMw)
                round(b);
        }
    }
    for (AssetForecast &a : f.assets) {
        for (QList<Band> *bands : {&a.quarterHourMw, &a.hourMw}) {
            for (Band &b : *bands)
                round(b);
        }
    }
    for (CurtailmentWindow &w : f.windows) {
        round(w.energyMwh);
        w.peakMw = std::round(w.peakMw / resolution) * resolution;
    }
    return f;
}

QJsonObject ForecastJson::toJson(const EnergyForecastResult &f)
{
    QJsonArray quarters, hours, assets, windows;
    for (const ForecastStep &s : f.quarterHours)
        quarters.append(stepToJson(s));
    for (const ForecastStep &s : f.hours)
        hours.append(stepToJson(s));
    for (const AssetForecast &a : f.assets)
        assets.append(QJsonObject{{QStringLiteral("asset_id"), a.assetId},
                                  {QStringLiteral("quarter_hour_mw"), bandList(a.quarterHourMw)},
                                  {QStringLiteral("hour_mw"), bandList(a.hourMw)}});
    for (const CurtailmentWindow &w : f.windows)
        windows.append(QJsonObject{{QStringLiteral("start"), toIsoUtc(w.start)},
                                   {QStringLiteral("end"), toIsoUtc(w.end)},
                                   {QStringLiteral("energy_mwh"), bandToJson(w.energyMwh)},
                                   {QStringLiteral("peak_mw"), w.peakMw}});
    QJsonObject o{{QStringLiteral("issued"), toIsoUtc(f.issued)},
                  {QStringLiteral("quarter_hours"), quarters},
                  {QStringLiteral("hours"), hours},
                  {QStringLiteral("assets"), assets},
                  {QStringLiteral("curtailment_windows"), windows}};
    if (f.inputs)
        o.insert(QStringLiteral("inputs"), ForecastInputsJson::toJson(*f.inputs));
    return o;
}

Result<EnergyForecastResult> ForecastJson::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("forecast: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    EnergyForecastResult f;
    f.issued = r.dateTime(QStringLiteral("issued"));
    const QJsonArray quarters = r.array(QStringLiteral("quarter_hours"));
    const QJsonArray hours = r.array(QStringLiteral("hours"));
    const QJsonArray assets = r.array(QStringLiteral("assets"));
    const QJsonArray windows = r.array(QStringLiteral("curtailment_windows"));
    if (!r.ok())
        return r.error();
    auto q = stepsFromJson(quarters, kQuarterHours, 900, f.issued);
    if (!q.ok())
        return q.error().prefixed(QStringLiteral("quarter_hours"));
    auto h = stepsFromJson(hours, kHours, 3600, f.issued);
    if (!h.ok())
        return h.error().prefixed(QStringLiteral("hours"));
    f.quarterHours = q.value();
    f.hours = h.value();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString at = QStringLiteral("assets[%1]").arg(i);
        if (!assets.at(i).isObject())
            return Error{at, QStringLiteral("expected an object")};
        JsonFieldReader a(assets.at(i).toObject());
        AssetForecast af;
        af.assetId = a.string(QStringLiteral("asset_id"));
        const QJsonArray qh = a.array(QStringLiteral("quarter_hour_mw"));
        const QJsonArray hh = a.array(QStringLiteral("hour_mw"));
        if (!a.ok())
            return a.error().prefixed(at);
        auto qb = bandListFromJson(qh, kQuarterHours, 0.0, kMaxMw);
        if (!qb.ok())
            return qb.error().prefixed(at + QStringLiteral(".quarter_hour_mw"));
        auto hb = bandListFromJson(hh, kHours, 0.0, kMaxMw);
        if (!hb.ok())
            return hb.error().prefixed(at + QStringLiteral(".hour_mw"));
        af.quarterHourMw = qb.value();
        af.hourMw = hb.value();
        f.assets.append(std::move(af));
    }
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QString at = QStringLiteral("curtailment_windows[%1]").arg(i);
        if (!windows.at(i).isObject())
            return Error{at, QStringLiteral("expected an object")};
        const QJsonObject o = windows.at(i).toObject();
        JsonFieldReader w(o);
        CurtailmentWindow cw;
        cw.start = w.dateTime(QStringLiteral("start"));
        cw.end = w.dateTime(QStringLiteral("end"));
        cw.peakMw = w.number(QStringLiteral("peak_mw"), 0.0, kMaxMw);
        if (w.ok() && cw.end <= cw.start)
            w.fail(QStringLiteral("end"), QStringLiteral("must be after start"));
        if (!w.ok())
            return w.error().prefixed(at);
        auto e = bandFromJson(o.value(QStringLiteral("energy_mwh")), 0.0, kMaxMw * 24.0);
        if (!e.ok())
            return e.error().prefixed(at + QStringLiteral(".energy_mwh"));
        cw.energyMwh = e.value();
        f.windows.append(cw);
    }
    // Optional: older servers send none. Inputs that are there must decode whole and belong to
    // this forecast.
    const QJsonValue inputs = value.toObject().value(QStringLiteral("inputs"));
    if (!inputs.isUndefined() && !inputs.isNull()) {
        auto in = ForecastInputsJson::fromJson(inputs);
        if (!in.ok())
            return in.error().prefixed(QStringLiteral("inputs"));
        if (in.value().outlook.issued() != f.issued)
            return Error{QStringLiteral("inputs.outlook.issued"), QStringLiteral("must be the forecast's issue time")};
        f.inputs = std::move(in).value();
    }
    return f;
}

} // namespace et::domain::energy
