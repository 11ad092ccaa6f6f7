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

const QString kStaff = QStringLiteral("staff");
// The staff object's keys, in the order of the standard's columns.
struct StaffCount
{
    const char16_t *key;
    std::optional<int> Center::*member;
};
constexpr StaffCount kStaffCounts[] = {{u"doctors", &Center::doctors},
                                       {u"nurses", &Center::nurses},
                                       {u"social_workers", &Center::socialWorkers},
                                       {u"nutritionists", &Center::nutritionists}};
const QString kOtherStaff = QStringLiteral("other");

/// "staff": {"doctors": 1, "nurses": 4, "social_workers": null, "nutritionists": 0, "other": "..."}.
/// Absent (centers cached before staff was carried) or null means every figure is unknown.
Status readStaff(const QJsonObject &o, Center &c)
{
    const QJsonValue v = o.value(kStaff);
    if (v.isUndefined() || v.isNull())
        return Ok{};
    if (!v.isObject())
        return Error{kStaff, QStringLiteral("expected an object, got %1").arg(jsonTypeName(v))};
    const QJsonObject staff = v.toObject();
    JsonFieldReader r(staff);
    for (const StaffCount &s : kStaffCounts) {
        const QString key = QString::fromUtf16(s.key);
        const QJsonValue count = staff.value(key);
        if (!count.isUndefined() && !count.isNull())
            c.*s.member = r.integer(key, 0, Center::kMaxStaffCount);
    }
    c.otherStaff = r.optionalString(kOtherStaff);
    if (r.ok() && c.otherStaff.size() > Center::kMaxOtherStaffLength)
        r.fail(kOtherStaff, QStringLiteral("is %1 characters long, at most %2").arg(c.otherStaff.size()).arg(Center::kMaxOtherStaffLength));
    if (!r.ok())
        return r.error().prefixed(kStaff);
    return Ok{};
}
} // namespace

bool Center::hasStaff() const
{
    return doctors || nurses || socialWorkers || nutritionists || !otherStaff.isEmpty();
}

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
    if (auto staff = readStaff(o, c); !staff.ok())
        return staff.error();
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
    if (hasStaff()) {
        QJsonObject staff{{kOtherStaff, otherStaff}};
        for (const StaffCount &s : kStaffCounts) {
            const std::optional<int> &count = this->*s.member;
            staff.insert(QString::fromUtf16(s.key), count ? QJsonValue(*count) : QJsonValue());
        }
        o.insert(kStaff, staff);
    }
    if (distanceKm)
        o.insert(QStringLiteral("distance_km"), *distanceKm);
    return o;
}

} // namespace et::domain
