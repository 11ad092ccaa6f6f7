// SPDX-License-Identifier: MIT
#include "domain/dispatch/dispatchplanjson.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

#include <array>

namespace et::domain::dispatch {

namespace {
constexpr double kMaxKwh = 1e7;
constexpr double kMaxKrw = 1e13;
constexpr double kMaxMetres = 1e7;
constexpr double kMaxPrice = 1e6;
constexpr std::array<EnumName<PlanTask::Kind>, 2> kKinds{{{PlanTask::Kind::Charge, u"charge"}, {PlanTask::Kind::Deliver, u"deliver"}}};
constexpr std::array<EnumName<PlanTask::Rule>, 3> kRules{{{PlanTask::Rule::BestValue, u"best_value"},
                                                          {PlanTask::Rule::LifeCritical, u"life_critical"},
                                                          {PlanTask::Rule::FairShare, u"fair_share"}}};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject taskJson(const PlanTask &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("kind"), t.kind == PlanTask::Kind::Charge ? QStringLiteral("charge") : QStringLiteral("deliver")},
            {QStringLiteral("site_id"), t.siteId},
            {QStringLiteral("site_name"), t.siteName},
            {QStringLiteral("lat"), t.lat},
            {QStringLiteral("lon"), t.lon},
            {QStringLiteral("window_start"), iso(t.windowStart)},
            {QStringLiteral("window_end"), iso(t.windowEnd)},
            {QStringLiteral("energy_kwh"), t.energyKwh},
            {QStringLiteral("power_limit_kw"), t.powerLimitKw},
            {QStringLiteral("price_krw_per_kwh"), t.priceKrwPerKwh},
            {QStringLiteral("critical"), t.critical},
            {QStringLiteral("rule"), enumToString<PlanTask::Rule>(t.rule, kRules)}};
}

QJsonObject pairingJson(const Pairing &p)
{
    return {{QStringLiteral("arrival"), iso(p.arrival)},
            {QStringLiteral("arrival_p10"), iso(p.arrivalP10)},
            {QStringLiteral("arrival_p90"), iso(p.arrivalP90)},
            {QStringLiteral("travel_m"), p.travelMetres},
            {QStringLiteral("on_roads"), p.onRoads},
            {QStringLiteral("energy_kwh"), p.parts.energyKwh},
            {QStringLiteral("energy_value_krw"), p.parts.energyValueKrw},
            {QStringLiteral("energy_cost_krw"), p.parts.energyCostKrw},
            {QStringLiteral("wear_krw"), p.parts.wearKrw},
            {QStringLiteral("travel_krw"), p.parts.travelKrw},
            {QStringLiteral("lateness_krw"), p.parts.latenessKrw},
            {QStringLiteral("value_krw"), p.parts.valueKrw()}};
}

Result<PlanTask> taskFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    PlanTask t;
    t.id = r.string(QStringLiteral("id"));
    t.kind = r.enumValue<PlanTask::Kind>(QStringLiteral("kind"), kKinds);
    t.siteId = r.string(QStringLiteral("site_id"));
    t.siteName = r.optionalString(QStringLiteral("site_name"));
    t.lat = r.latitude(QStringLiteral("lat"));
    t.lon = r.longitude(QStringLiteral("lon"));
    t.windowStart = r.dateTime(QStringLiteral("window_start"));
    t.windowEnd = r.dateTime(QStringLiteral("window_end"));
    t.energyKwh = r.number(QStringLiteral("energy_kwh"), 0.0, kMaxKwh);
    t.powerLimitKw = r.number(QStringLiteral("power_limit_kw"), 0.0, kMaxKwh);
    t.priceKrwPerKwh = r.number(QStringLiteral("price_krw_per_kwh"), -kMaxPrice, kMaxPrice);
    t.critical = r.boolean(QStringLiteral("critical"));
    // Plans cached before rules were named have none: they were all the round's best value.
    if (r.ok() && value.toObject().contains(QStringLiteral("rule")))
        t.rule = r.enumValue<PlanTask::Rule>(QStringLiteral("rule"), kRules);
    if (r.ok() && t.windowEnd < t.windowStart)
        r.fail(QStringLiteral("window_end"), QStringLiteral("is before window_start"));
    if (!r.ok())
        return r.error();
    return t;
}

Result<Pairing> pairingFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Pairing p;
    p.feasible = true;
    p.arrival = r.dateTime(QStringLiteral("arrival"));
    p.arrivalP10 = r.dateTime(QStringLiteral("arrival_p10"));
    p.arrivalP90 = r.dateTime(QStringLiteral("arrival_p90"));
    p.travelMetres = r.number(QStringLiteral("travel_m"), 0.0, kMaxMetres);
    p.onRoads = r.boolean(QStringLiteral("on_roads"));
    p.parts.energyKwh = r.number(QStringLiteral("energy_kwh"), 0.0, kMaxKwh);
    p.parts.energyValueKrw = r.number(QStringLiteral("energy_value_krw"), -kMaxKrw, kMaxKrw);
    p.parts.energyCostKrw = r.number(QStringLiteral("energy_cost_krw"), -kMaxKrw, kMaxKrw);
    p.parts.wearKrw = r.number(QStringLiteral("wear_krw"), 0.0, kMaxKrw);
    p.parts.travelKrw = r.number(QStringLiteral("travel_krw"), 0.0, kMaxKrw);
    p.parts.latenessKrw = r.number(QStringLiteral("lateness_krw"), 0.0, kMaxKrw);
    if (!r.ok())
        return r.error();
    return p;
}

/// `value` read by `read`, or its error under `field`.
template<typename T, typename Read>
bool readInto(T &out, const QJsonValue &value, Read read, const QString &field, std::optional<Error> &error)
{
    auto result = read(value);
    if (!result.ok()) {
        error = result.error().prefixed(field);
        return false;
    }
    out = std::move(result).value();
    return true;
}

Result<DispatchSuggestion> suggestionFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    DispatchSuggestion s;
    s.id = r.string(QStringLiteral("id"));
    s.truckId = r.string(QStringLiteral("truck_id"));
    s.truckName = r.optionalString(QStringLiteral("truck_name"));
    const QJsonArray route = r.array(QStringLiteral("route"));
    if (!r.ok())
        return r.error();
    std::optional<Error> error;
    if (!readInto(s.task, o.value(QStringLiteral("task")), taskFrom, QStringLiteral("task"), error)
        || !readInto(s.pairing, o.value(QStringLiteral("pairing")), pairingFrom, QStringLiteral("pairing"), error))
        return *error;
    const QJsonValue alternative = o.value(QStringLiteral("alternative"));
    if (!alternative.isNull() && !alternative.isUndefined()) {
        if (!alternative.isObject())
            return Error{QStringLiteral("alternative"), QStringLiteral("expected an object or null, got %1").arg(jsonTypeName(alternative))};
        JsonFieldReader a(alternative.toObject());
        Alternative alt;
        alt.truckId = a.string(QStringLiteral("truck_id"));
        alt.truckName = a.optionalString(QStringLiteral("truck_name"));
        if (!a.ok())
            return a.error().prefixed(QStringLiteral("alternative"));
        if (!readInto(alt.pairing, alternative.toObject().value(QStringLiteral("pairing")), pairingFrom, QStringLiteral("alternative.pairing"), error))
            return *error;
        s.alternative = alt;
    }
    for (qsizetype i = 0; i < route.size(); ++i) {
        const QJsonArray point = route[i].toArray();
        const double lat = point.at(0).toDouble(qQNaN()), lon = point.at(1).toDouble(qQNaN());
        if (!route[i].isArray() || point.size() != 2 || !(std::abs(lat) <= 90.0) || !(std::abs(lon) <= 180.0))
            return Error{QStringLiteral("route[%1]").arg(i), QStringLiteral("expected [lat, lon] on the Earth")};
        s.route << QGeoCoordinate(lat, lon);
    }
    return s;
}
} // namespace

QString DispatchPlanJson::toString(PlanTask::Rule rule)
{
    return enumToString<PlanTask::Rule>(rule, kRules);
}

QJsonObject DispatchPlanJson::toJson(const DispatchPlan &plan)
{
    QJsonArray suggestions;
    for (const DispatchSuggestion &s : plan.suggestions) {
        QJsonArray route;
        for (const QGeoCoordinate &c : s.route)
            route.append(QJsonArray{c.latitude(), c.longitude()});
        QJsonValue alternative = QJsonValue::Null;
        if (s.alternative) {
            alternative = QJsonObject{{QStringLiteral("truck_id"), s.alternative->truckId},
                                      {QStringLiteral("truck_name"), s.alternative->truckName},
                                      {QStringLiteral("pairing"), pairingJson(s.alternative->pairing)}};
        }
        suggestions.append(QJsonObject{{QStringLiteral("id"), s.id},
                                       {QStringLiteral("truck_id"), s.truckId},
                                       {QStringLiteral("truck_name"), s.truckName},
                                       {QStringLiteral("task"), taskJson(s.task)},
                                       {QStringLiteral("pairing"), pairingJson(s.pairing)},
                                       {QStringLiteral("alternative"), alternative},
                                       {QStringLiteral("route"), route}});
    }
    return {{QStringLiteral("computed_at"), iso(plan.computedAt)},
            {QStringLiteral("total_value_krw"), plan.totalValueKrw},
            {QStringLiteral("charge_kwh"), plan.chargeKwh},
            {QStringLiteral("deliver_kwh"), plan.deliverKwh},
            {QStringLiteral("delivered_value_krw_per_kwh"), plan.deliveredValueKrwPerKwh},
            {QStringLiteral("trucks_considered"), plan.trucksConsidered},
            {QStringLiteral("tasks_considered"), plan.tasksConsidered},
            {QStringLiteral("suggestions"), suggestions}};
}

Result<DispatchPlan> DispatchPlanJson::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("dispatch plan: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    DispatchPlan plan;
    plan.computedAt = r.dateTime(QStringLiteral("computed_at"));
    plan.totalValueKrw = r.number(QStringLiteral("total_value_krw"), -kMaxKrw, kMaxKrw);
    plan.chargeKwh = r.number(QStringLiteral("charge_kwh"), 0.0, kMaxKwh);
    plan.deliverKwh = r.number(QStringLiteral("deliver_kwh"), 0.0, kMaxKwh);
    plan.deliveredValueKrwPerKwh = r.number(QStringLiteral("delivered_value_krw_per_kwh"), -kMaxPrice, kMaxPrice);
    plan.trucksConsidered = r.integer(QStringLiteral("trucks_considered"), 0, 1000000);
    plan.tasksConsidered = r.integer(QStringLiteral("tasks_considered"), 0, 1000000);
    const QJsonArray suggestions = r.array(QStringLiteral("suggestions"));
    if (!r.ok())
        return r.error();
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        auto s = suggestionFrom(suggestions[i]);
        if (!s.ok())
            return s.error().prefixed(QStringLiteral("suggestions[%1]").arg(i));
        plan.suggestions << std::move(s).value();
    }
    return plan;
}

} // namespace et::domain::dispatch
