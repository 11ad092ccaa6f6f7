// SPDX-License-Identifier: MIT
#include "center.h"

namespace et::domain {

namespace {
QJsonValue timeToJson(const QTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QTime optionalTime(JsonFieldReader &r, const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return r.timeOfDay(key);
}
} // namespace

Result<Center> Center::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("center: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    Center c;
    c.id = r.string(QStringLiteral("id"));
    c.name = r.string(QStringLiteral("name"));
    c.category = r.string(QStringLiteral("category"));
    c.roadAddress = r.optionalString(QStringLiteral("road_address"));
    c.lotAddress = r.optionalString(QStringLiteral("lot_address"));
    c.lat = r.latitude(QStringLiteral("lat"));
    c.lon = r.longitude(QStringLiteral("lon"));
    c.services = r.optionalString(QStringLiteral("services"));
    c.opensAt = optionalTime(r, o, QStringLiteral("opens_at"));
    c.closesAt = optionalTime(r, o, QStringLiteral("closes_at"));
    c.closedDays = r.optionalString(QStringLiteral("closed_days"));
    c.phone = r.optionalString(QStringLiteral("phone"));
    c.operatorName = r.optionalString(QStringLiteral("operator"));
    c.dataDate = r.optionalString(QStringLiteral("data_date"));
    c.distanceKm = r.optionalNumber(QStringLiteral("distance_km"), 0.0, 40000.0);
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject Center::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("category"), category},
        {QStringLiteral("road_address"), roadAddress},
        {QStringLiteral("lot_address"), lotAddress},
        {QStringLiteral("lat"), lat},
        {QStringLiteral("lon"), lon},
        {QStringLiteral("services"), services},
        {QStringLiteral("opens_at"), timeToJson(opensAt)},
        {QStringLiteral("closes_at"), timeToJson(closesAt)},
        {QStringLiteral("closed_days"), closedDays},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("data_date"), dataDate},
    };
    if (distanceKm)
        o.insert(QStringLiteral("distance_km"), *distanceKm);
    return o;
}

} // namespace et::domain
