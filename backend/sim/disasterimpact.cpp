// SPDX-License-Identifier: MIT
#include "sim/disasterimpact.h"

#include "domain/geo/geodesy.h"

#include <QJsonArray>

namespace et::backend {

using domain::AssetStatus;

namespace {
enum Harm { None = 0, Watched = 1, Tripped = 2 };

// The assets an assessed disaster harms, from its stored impact (the `sites` of
// hazard::IncidentImpactJson): likely damaged trips them, to inspect is watched.
void harmFromImpact(const QJsonObject &impact, QHash<QString, int> &worst)
{
    for (const QJsonValue &v : impact.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = v.toObject();
        if (site.value(QStringLiteral("category")).toString() != u"asset")
            continue;
        const QString state = site.value(QStringLiteral("state")).toString();
        const int harm = state == u"likely_damaged" ? Tripped : state == u"inspect" ? Watched : None;
        const QString id = site.value(QStringLiteral("id")).toString();
        if (harm > None)
            worst[id] = std::max(worst.value(id), harm);
    }
}
} // namespace

bool DisasterImpact::isActive(const domain::Disaster &d, const QDateTime &at)
{
    return d.status != domain::DisasterStatus::Resolved && d.startedAt <= at && (!d.endedAt || *d.endedAt > at);
}

QHash<QString, AssetStatus> DisasterImpact::statuses(const QList<domain::Disaster> &disasters,
                                                     const QList<domain::Asset> &assets, const QDateTime &at)
{
    QHash<QString, int> worst;
    for (const auto &d : disasters) {
        if (!isActive(d, at))
            continue;
        if (!d.impact.isEmpty()) {
            harmFromImpact(d.impact, worst);
            continue;
        }
        for (const auto &a : assets) {
            if (domain::geo::Geodesy::distanceKm(d.lat, d.lon, a.lat, a.lon) <= d.radiusKm)
                worst[a.id] = std::max(worst.value(a.id), d.severity >= 4 ? int(Tripped) : int(Watched));
        }
    }
    QHash<QString, AssetStatus> out;
    for (auto it = worst.cbegin(); it != worst.cend(); ++it)
        out.insert(it.key(), it.value() == Tripped ? AssetStatus::Offline : AssetStatus::Emergency);
    return out;
}

} // namespace et::backend
