// SPDX-License-Identifier: MIT
#include "asset.h"

namespace et::domain {

namespace {
constexpr EnumName<AssetKind> kKinds[] = {
    {AssetKind::HvdcConverter, u"hvdc_converter"}, {AssetKind::Thermal, u"thermal"},
    {AssetKind::Wind, u"wind"},                    {AssetKind::Solar, u"solar"},
    {AssetKind::Substation, u"substation"},
};
constexpr EnumName<AssetStatus> kStatuses[] = {
    {AssetStatus::Online, u"online"},
    {AssetStatus::Offline, u"offline"},
    {AssetStatus::Maintenance, u"maintenance"},
    {AssetStatus::Emergency, u"emergency"},
};
// The largest single thing on Jeju is a 400 MW HVDC link; 5 GW leaves room for growth while
// still catching unit mistakes (kW sent as MW).
constexpr double kMaxMw = 5000.0;
} // namespace

QString toString(AssetKind kind) { return enumToString<AssetKind>(kind, kKinds); }
QString toString(AssetStatus status) { return enumToString<AssetStatus>(status, kStatuses); }
std::optional<AssetKind> assetKindFromString(QStringView t) { return enumFromString<AssetKind>(t, kKinds); }
std::optional<AssetStatus> assetStatusFromString(QStringView t) { return enumFromString<AssetStatus>(t, kStatuses); }

Result<Asset> Asset::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("asset: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Asset a;
    a.id = r.string(QStringLiteral("id"));
    a.kind = r.enumValue<AssetKind>(QStringLiteral("kind"), kKinds);
    a.name = r.string(QStringLiteral("name"));
    a.nameEn = r.optionalString(QStringLiteral("name_en"));
    a.lat = r.latitude(QStringLiteral("lat"));
    a.lon = r.longitude(QStringLiteral("lon"));
    a.capacityMw = r.number(QStringLiteral("capacity_mw"), 0.0, kMaxMw);
    a.outputMw = r.number(QStringLiteral("output_mw"), -kMaxMw, kMaxMw);
    a.status = r.enumValue<AssetStatus>(QStringLiteral("status"), kStatuses);
    a.approximate = r.boolean(QStringLiteral("approximate"));
    a.region = r.optionalString(QStringLiteral("region"));
    a.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    if (!r.ok())
        return r.error();
    return a;
}

QJsonObject Asset::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("lat"), lat},
        {QStringLiteral("lon"), lon},
        {QStringLiteral("capacity_mw"), capacityMw},
        {QStringLiteral("output_mw"), outputMw},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("approximate"), approximate},
        {QStringLiteral("region"), region},
        {QStringLiteral("updated_at"), toIsoUtc(updatedAt)},
    };
}

} // namespace et::domain
