// SPDX-License-Identifier: MIT
#include "truck.h"

namespace et::domain {

namespace {
constexpr EnumName<TruckStatus> kStatuses[] = {
    {TruckStatus::Idle, u"idle"},
    {TruckStatus::Driving, u"driving"},
    {TruckStatus::Charging, u"charging"},
    {TruckStatus::Discharging, u"discharging"},
    {TruckStatus::Maintenance, u"maintenance"},
};
} // namespace

QString toString(TruckStatus s) { return enumToString<TruckStatus>(s, kStatuses); }
std::optional<TruckStatus> truckStatusFromString(QStringView t) { return enumFromString<TruckStatus>(t, kStatuses); }

Result<Truck> Truck::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("truck: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Truck t;
    t.id = r.string(QStringLiteral("id"));
    t.name = r.string(QStringLiteral("name"));
    // Truck-mounted batteries are in the hundreds of kWh to a few MWh.
    t.capacityKwh = r.number(QStringLiteral("capacity_kwh"), 1.0, 100000.0);
    t.soc = r.number(QStringLiteral("soc"), 0.0, 1.0);
    t.soh = r.optionalNumber(QStringLiteral("soh"), 0.0, 1.0).value_or(1.0);
    t.lat = r.latitude(QStringLiteral("lat"));
    t.lon = r.longitude(QStringLiteral("lon"));
    t.headingDeg = r.number(QStringLiteral("heading_deg"), 0.0, 360.0);
    t.speedKmh = r.number(QStringLiteral("speed_kmh"), 0.0, 200.0);
    t.status = r.enumValue<TruckStatus>(QStringLiteral("status"), kStatuses);
    t.targetAssetId = r.optionalString(QStringLiteral("target_asset_id"));
    t.orderId = r.optionalString(QStringLiteral("order_id"));
    t.powerKw = r.optionalNumber(QStringLiteral("power_kw"), 0.0, 100000.0).value_or(0.0);
    t.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    if (!r.ok())
        return r.error();
    if (const QJsonValue route = value.toObject().value(QStringLiteral("route")); !route.isUndefined() && !route.isNull()) {
        auto decoded = TruckRoute::fromJson(route);
        if (!decoded.ok())
            return decoded.error().prefixed(QStringLiteral("route"));
        t.route = std::move(decoded).value();
    }
    return t;
}

QJsonObject Truck::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("capacity_kwh"), capacityKwh},
        {QStringLiteral("soc"), soc},
        {QStringLiteral("soh"), soh},
        {QStringLiteral("lat"), lat},
        {QStringLiteral("lon"), lon},
        {QStringLiteral("heading_deg"), headingDeg},
        {QStringLiteral("speed_kmh"), speedKmh},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("target_asset_id"), targetAssetId.isEmpty() ? QJsonValue() : QJsonValue(targetAssetId)},
        {QStringLiteral("order_id"), orderId.isEmpty() ? QJsonValue() : QJsonValue(orderId)},
        {QStringLiteral("updated_at"), toIsoUtc(updatedAt)},
    };
    if (powerKw > 0.0)
        o.insert(QStringLiteral("power_kw"), powerKw);
    if (!route.isEmpty())
        o.insert(QStringLiteral("route"), route.toJson());
    return o;
}

} // namespace et::domain
