// SPDX-License-Identifier: MIT
#include "typhoonexercise.h"

#include "domain/disaster.h"
#include "domain/geo/geodesy.h"
#include "domain/hazard/typhoontrackjson.h"
#include "jejudata/bundledhazards.h"

namespace et::models {

using namespace domain::hazard;

namespace {
// Jeju City Hall: where "nearest approach" is measured from, as the CLI's import-track does.
constexpr double kJejuCityLat = 33.4996;
constexpr double kJejuCityLon = 126.5312;

const TrackPoint *nearest(const TyphoonTrack &t)
{
    const TrackPoint *best = nullptr;
    double km = 0.0;
    for (const TrackPoint &p : t.points) {
        const double here = domain::geo::Geodesy::distanceKm(p.lat, p.lon, kJejuCityLat, kJejuCityLon);
        if (!best || here < km) {
            best = &p;
            km = here;
        }
    }
    return best;
}
} // namespace

TyphoonExercise::TyphoonExercise(QObject *parent) : QObject(parent) {}

QString TyphoonExercise::problem() const
{
    const auto &tracks = jejudata::BundledHazards::jmaTracks();
    return tracks.ok() ? QString() : tracks.error().toString();
}

QVariantList TyphoonExercise::storms() const
{
    QVariantList out;
    const auto &tracks = jejudata::BundledHazards::jmaTracks();
    if (!tracks.ok())
        return out;
    for (qsizetype i = tracks.value().size() - 1; i >= 0; --i) {
        const TyphoonTrack &t = tracks.value()[i];
        if (t.points.isEmpty())
            continue;
        out << QVariantMap{{QStringLiteral("index"), int(i)},
                           {QStringLiteral("label"), tr("%1 %2 · %3 · %4 km")
                                                         .arg(t.id, t.name, t.points.first().time.toString(QStringLiteral("yyyy-MM")))
                                                         .arg(t.closestApproachKm(kJejuCityLat, kJejuCityLon), 0, 'f', 0)}};
    }
    return out;
}

QVariantMap TyphoonExercise::bodyFor(int index, const QDateTime &now) const
{
    const auto &tracks = jejudata::BundledHazards::jmaTracks();
    if (!tracks.ok() || index < 0 || index >= tracks.value().size() || !now.isValid())
        return {};
    TyphoonTrack t = tracks.value()[index];
    const TrackPoint *closest = nearest(t);
    if (!closest)
        return {};
    const qint64 shift = closest->time.secsTo(now.addSecs(qint64(kLeadHours) * 3600));
    for (TrackPoint &p : t.points)
        p.time = p.time.addSecs(shift);
    return {{QStringLiteral("type"), QStringLiteral("typhoon")},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("started_at"), domain::toIsoUtc(t.points.first().time)},
            {QStringLiteral("title"), tr("Exercise: %1 (%2)").arg(t.name, tracks.value()[index].points.first().time.toString(QStringLiteral("yyyy")))},
            {QStringLiteral("description"), tr("JMA best track %1 moved by %2 h so its nearest approach to Jeju is %3 h from now")
                                                .arg(t.id).arg(double(shift) / 3600.0, 0, 'f', 0).arg(kLeadHours)},
            {QStringLiteral("track"), TyphoonTrackJson::toJson(t).toVariantMap()}};
}

} // namespace et::models
