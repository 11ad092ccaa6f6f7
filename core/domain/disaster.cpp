// SPDX-License-Identifier: MIT
#include "disaster.h"

namespace et::domain {

namespace {
constexpr EnumName<DisasterType> kTypes[] = {
    {DisasterType::Typhoon, u"typhoon"}, {DisasterType::Earthquake, u"earthquake"},
    {DisasterType::Flood, u"flood"},     {DisasterType::Outage, u"outage"},
    {DisasterType::Wildfire, u"wildfire"}, {DisasterType::HeavySnow, u"heavy_snow"},
};
constexpr EnumName<DisasterStatus> kStatuses[] = {
    {DisasterStatus::Active, u"active"},
    {DisasterStatus::Monitoring, u"monitoring"},
    {DisasterStatus::Resolved, u"resolved"},
};

// A typhoon's damaging-wind radius can pass 500 km; anything larger is a unit error.
constexpr double kMaxRadiusKm = 1000.0;

// Reads the fields shared by a stored disaster and a registration request.
void readCommon(JsonFieldReader &r, Disaster &d)
{
    d.type = r.enumValue<DisasterType>(QStringLiteral("type"), kTypes);
    d.severity = r.integer(QStringLiteral("severity"), 1, 5);
    d.lat = r.latitude(QStringLiteral("lat"));
    d.lon = r.longitude(QStringLiteral("lon"));
    d.radiusKm = r.number(QStringLiteral("radius_km"), 0.0, kMaxRadiusKm);
    d.startedAt = r.dateTime(QStringLiteral("started_at"));
    d.endedAt = r.optionalDateTime(QStringLiteral("ended_at"));
    d.status = r.enumValue<DisasterStatus>(QStringLiteral("status"), kStatuses);
    d.title = r.optionalString(QStringLiteral("title"));
    d.description = r.optionalString(QStringLiteral("description"));
    if (r.ok() && d.radiusKm <= 0.0)
        r.fail(QStringLiteral("radius_km"), QStringLiteral("must be greater than 0"));
    if (r.ok() && d.endedAt && *d.endedAt < d.startedAt)
        r.fail(QStringLiteral("ended_at"), QStringLiteral("is before started_at"));
}
} // namespace

QString toString(DisasterType t) { return enumToString<DisasterType>(t, kTypes); }
QString toString(DisasterStatus s) { return enumToString<DisasterStatus>(s, kStatuses); }
std::optional<DisasterType> disasterTypeFromString(QStringView t) { return enumFromString<DisasterType>(t, kTypes); }
std::optional<DisasterStatus> disasterStatusFromString(QStringView t) { return enumFromString<DisasterStatus>(t, kStatuses); }

Result<Disaster> Disaster::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("disaster: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Disaster d;
    d.id = r.string(QStringLiteral("id"));
    readCommon(r, d);
    d.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    d.acknowledgedAt = r.optionalDateTime(QStringLiteral("acknowledged_at"));
    if (!r.ok())
        return r.error();
    return d;
}

Result<Disaster> Disaster::fromRegistrationJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("disaster: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Disaster d;
    readCommon(r, d);
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject Disaster::toRegistrationJson() const
{
    return {
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("lat"), lat},
        {QStringLiteral("lon"), lon},
        {QStringLiteral("radius_km"), radiusKm},
        {QStringLiteral("started_at"), toIsoUtc(startedAt)},
        {QStringLiteral("ended_at"), endedAt ? QJsonValue(toIsoUtc(*endedAt)) : QJsonValue()},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
    };
}

QJsonObject Disaster::toJson() const
{
    QJsonObject o = toRegistrationJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    o.insert(QStringLiteral("acknowledged_at"), acknowledgedAt ? QJsonValue(toIsoUtc(*acknowledgedAt)) : QJsonValue());
    return o;
}

} // namespace et::domain
