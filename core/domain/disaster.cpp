// SPDX-License-Identifier: MIT
#include "disaster.h"

#include "domain/geo/geodesy.h"
#include "domain/hazard/typhoonfootprint.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

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
// Where a track is measured from: the middle of the island (Hallasan).
constexpr double kJejuLat = 33.36;
constexpr double kJejuLon = 126.53;

const QString kLat = QStringLiteral("lat");
const QString kLon = QStringLiteral("lon");
const QString kRadius = QStringLiteral("radius_km");
const QString kSeverity = QStringLiteral("severity");
const QString kReserved = QStringLiteral("reserved_truck_ids");
const QString kImpact = QStringLiteral("impact");
constexpr int kMaxReservedTrucks = 100;

QStringList readReserved(const QJsonObject &o, JsonFieldReader &r)
{
    QStringList ids;
    const QJsonArray array = DisasterHazard::has(o, kReserved) ? r.array(kReserved) : QJsonArray();
    if (r.ok() && array.size() > kMaxReservedTrucks)
        r.fail(kReserved, QStringLiteral("at most %1 trucks, has %2").arg(kMaxReservedTrucks).arg(array.size()));
    for (qsizetype i = 0; r.ok() && i < array.size(); ++i) {
        const QString id = array.at(i).toString();
        if (!array.at(i).isString() || id.isEmpty())
            r.fail(QStringLiteral("%1[%2]").arg(kReserved).arg(i), QStringLiteral("expected a truck id, got %1").arg(jsonTypeName(array.at(i))));
        else if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// Reads the fields shared by a stored disaster and a registration request. A registration may
// leave out what its hazard gives (the circle, the severity); a stored disaster has them all.
void readCommon(const QJsonObject &o, JsonFieldReader &r, Disaster &d, bool registration)
{
    d.type = r.enumValue<DisasterType>(QStringLiteral("type"), kTypes);
    d.hazard = DisasterHazard::read(o, r);
    const bool hazardGivesCircle = registration && (!d.hazard.polygon.isEmpty() || d.hazard.track);
    const bool hazardGivesSeverity = registration && (d.hazard.track || d.hazard.magnitude);
    if (hazardGivesSeverity)
        d.severity = r.optionalNumber(kSeverity, 1, 5).value_or(0);
    else
        d.severity = r.integer(kSeverity, 1, 5);
    if (r.ok() && d.severity != std::floor(d.severity))
        r.fail(kSeverity, QStringLiteral("must be a whole number"));
    if (hazardGivesCircle) {
        const auto lat = r.optionalNumber(kLat, -90.0, 90.0);
        const auto lon = r.optionalNumber(kLon, -180.0, 180.0);
        const auto radius = r.optionalNumber(kRadius, 0.0, kMaxRadiusKm);
        if (r.ok() && lat && lon && radius) {
            d.lat = *lat;
            d.lon = *lon;
            d.radiusKm = *radius;
        } else if (r.ok() && (lat || lon || radius)) {
            r.fail(lat && lon ? kRadius : (lat ? kLon : kLat), QStringLiteral("give lat, lon and radius_km together, or none of them"));
        } else {
            d.fitCircle();
        }
    } else {
        d.lat = r.latitude(kLat);
        d.lon = r.longitude(kLon);
        d.radiusKm = r.number(kRadius, 0.0, kMaxRadiusKm);
    }
    d.startedAt = r.dateTime(QStringLiteral("started_at"));
    d.endedAt = r.optionalDateTime(QStringLiteral("ended_at"));
    d.status = r.enumValue<DisasterStatus>(QStringLiteral("status"), kStatuses);
    d.title = r.optionalString(QStringLiteral("title"));
    d.description = r.optionalString(QStringLiteral("description"));
    d.reservedTruckIds = readReserved(o, r);
    if (r.ok() && d.radiusKm <= 0.0)
        r.fail(kRadius, QStringLiteral("must be greater than 0"));
    if (r.ok() && d.endedAt && *d.endedAt < d.startedAt)
        r.fail(QStringLiteral("ended_at"), QStringLiteral("is before started_at"));
    if (r.ok() && d.hazard.track && d.type != DisasterType::Typhoon)
        r.fail(QStringLiteral("track"), QStringLiteral("only a typhoon has a track"));
    if (r.ok() && d.hazard.magnitude && d.type != DisasterType::Earthquake)
        r.fail(QStringLiteral("magnitude"), QStringLiteral("only an earthquake has a magnitude"));
    if (r.ok() && d.hazard.floodDepthM && d.type != DisasterType::Flood)
        r.fail(QStringLiteral("depth_m"), QStringLiteral("only a flood has a water depth"));
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
    readCommon(value.toObject(), r, d, false);
    d.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    d.acknowledgedAt = r.optionalDateTime(QStringLiteral("acknowledged_at"));
    d.impact = DisasterHazard::has(value.toObject(), kImpact) ? r.object(kImpact) : QJsonObject();
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
    // Any id reads (a stored disaster is a registration too); the server takes only client ids
    // (isValidClientId) from a client.
    d.id = r.optionalString(QStringLiteral("id"));
    readCommon(value.toObject(), r, d, true);
    if (!r.ok())
        return r.error();
    return d;
}

bool Disaster::isValidClientId(QStringView id)
{
    if (!id.startsWith(u"dis-") || id.size() < 5 || id.size() > 64)
        return false;
    return std::all_of(id.begin() + 4, id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

void Disaster::fitCircle()
{
    if (!hazard.polygon.isEmpty()) {
        const auto [centre, radius] = hazard.polygonCircle();
        lat = centre.y();
        lon = centre.x();
        radiusKm = std::clamp(radius, 0.1, kMaxRadiusKm);
        return;
    }
    if (!hazard.track || hazard.track->points.isEmpty())
        return;
    const hazard::TrackPoint *nearest = nullptr;
    double best = 0.0;
    for (const hazard::TrackPoint &p : hazard.track->points) {
        const double km = geo::Geodesy::distanceKm(p.lat, p.lon, kJejuLat, kJejuLon);
        if (!nearest || km < best) {
            nearest = &p;
            best = km;
        }
    }
    lat = nearest->lat;
    lon = nearest->lon;
    const double reach = hazard::TyphoonFootprint::radiusOfWindKm(*nearest, 15.0);
    radiusKm = std::clamp(reach > 0.0 ? reach : 100.0, 1.0, kMaxRadiusKm);
}

QJsonObject Disaster::toRegistrationJson() const
{
    QJsonObject o{
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("lat"), lat},
        {QStringLiteral("lon"), lon},
        {QStringLiteral("radius_km"), radiusKm},
        {QStringLiteral("started_at"), toIsoUtc(startedAt)},
        {QStringLiteral("ended_at"), endedAt ? QJsonValue(toIsoUtc(*endedAt)) : QJsonValue()},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
    };
    if (severity >= 1)
        o.insert(kSeverity, severity);
    if (!reservedTruckIds.isEmpty())
        o.insert(kReserved, QJsonArray::fromStringList(reservedTruckIds));
    hazard.writeTo(o);
    return o;
}

QJsonObject Disaster::toJson() const
{
    QJsonObject o = toRegistrationJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    o.insert(QStringLiteral("acknowledged_at"), acknowledgedAt ? QJsonValue(toIsoUtc(*acknowledgedAt)) : QJsonValue());
    if (!impact.isEmpty())
        o.insert(kImpact, impact);
    return o;
}

} // namespace et::domain
