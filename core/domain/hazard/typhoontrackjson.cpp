// SPDX-License-Identifier: MIT
#include "domain/hazard/typhoontrackjson.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

namespace et::domain::hazard {

namespace {
constexpr qsizetype kMaxPoints = 2000;

QJsonArray radiiJson(const WindRadii &r)
{
    return QJsonArray{r.km[0], r.km[1], r.km[2], r.km[3]};
}

Result<WindRadii> radiiFrom(const QJsonValue &v, const QString &field)
{
    WindRadii r;
    if (v.isUndefined() || v.isNull())
        return r;
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 4)
        return Error{field, QStringLiteral("expected four radii (NE, SE, SW, NW) in km")};
    for (qsizetype q = 0; q < 4; ++q) {
        const double km = a.at(q).toDouble(-1.0);
        if (!a.at(q).isDouble() || km < 0.0 || km > 2000.0)
            return Error{field, QStringLiteral("radius %1 is not 0–2000 km").arg(q)};
        r.km[size_t(q)] = km;
    }
    r.known = true;
    return r;
}
} // namespace

Result<TyphoonTrack> TyphoonTrackJson::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("track: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    TyphoonTrack track;
    track.id = r.optionalString(QStringLiteral("id"));
    track.name = r.optionalString(QStringLiteral("name"));
    track.source = r.optionalString(QStringLiteral("source"));
    const QJsonArray points = r.array(QStringLiteral("points"));
    if (!r.ok())
        return r.error();
    if (points.isEmpty() || points.size() > kMaxPoints)
        return Error{QStringLiteral("points"), QStringLiteral("a track has 1 to %1 points, not %2").arg(kMaxPoints).arg(points.size())};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString field = QStringLiteral("points[%1]").arg(i);
        if (!points.at(i).isObject())
            return Error{field, QStringLiteral("expected an object, got %1").arg(jsonTypeName(points.at(i)))};
        const QJsonObject po = points.at(i).toObject();
        JsonFieldReader p(po);
        TrackPoint fix;
        fix.time = p.dateTime(QStringLiteral("time"));
        fix.lat = p.latitude(QStringLiteral("lat"));
        fix.lon = p.longitude(QStringLiteral("lon"));
        fix.pressureHpa = p.optionalNumber(QStringLiteral("pressure_hpa"), 850.0, 1100.0);
        fix.maxWindMs = p.optionalNumber(QStringLiteral("max_wind_ms"), 0.0, 120.0);
        if (!p.ok())
            return p.error().prefixed(field);
        auto r15 = radiiFrom(po.value(QStringLiteral("r15_km")), field + QStringLiteral(".r15_km"));
        auto r25 = radiiFrom(po.value(QStringLiteral("r25_km")), field + QStringLiteral(".r25_km"));
        if (!r15.ok())
            return r15.error();
        if (!r25.ok())
            return r25.error();
        fix.r15 = r15.value();
        fix.r25 = r25.value();
        if (!track.points.isEmpty() && fix.time <= track.points.last().time)
            return Error{field + QStringLiteral(".time"), QStringLiteral("%1 is not after the point before it").arg(toIsoUtc(fix.time))};
        track.points << fix;
    }
    return track;
}

QJsonObject TyphoonTrackJson::toJson(const TyphoonTrack &track)
{
    QJsonArray points;
    for (const TrackPoint &p : track.points) {
        QJsonObject o{{QStringLiteral("time"), toIsoUtc(p.time)}, {QStringLiteral("lat"), p.lat}, {QStringLiteral("lon"), p.lon}};
        if (p.pressureHpa)
            o.insert(QStringLiteral("pressure_hpa"), *p.pressureHpa);
        if (p.maxWindMs)
            o.insert(QStringLiteral("max_wind_ms"), *p.maxWindMs);
        if (p.r15.known)
            o.insert(QStringLiteral("r15_km"), radiiJson(p.r15));
        if (p.r25.known)
            o.insert(QStringLiteral("r25_km"), radiiJson(p.r25));
        points.append(o);
    }
    QJsonObject o{{QStringLiteral("points"), points}};
    if (!track.id.isEmpty())
        o.insert(QStringLiteral("id"), track.id);
    if (!track.name.isEmpty())
        o.insert(QStringLiteral("name"), track.name);
    if (!track.source.isEmpty())
        o.insert(QStringLiteral("source"), track.source);
    return o;
}

} // namespace et::domain::hazard
