// SPDX-License-Identifier: MIT
#include "disasterupdate.h"

namespace et::domain {

const QStringList &DisasterUpdate::fields()
{
    static const QStringList names{
        QStringLiteral("severity"), QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("radius_km"),
        QStringLiteral("status"), QStringLiteral("ended_at"), QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("track"), QStringLiteral("magnitude"), QStringLiteral("depth_km"), QStringLiteral("polygon"),
        QStringLiteral("depth_m"), QStringLiteral("regions"), QStringLiteral("reserved_truck_ids"),
    };
    return names;
}

Result<Disaster> DisasterUpdate::apply(const Disaster &stored, const QJsonObject &changes)
{
    if (changes.isEmpty())
        return Error{{}, QStringLiteral("an update needs at least one of: %1").arg(fields().join(u", "))};
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!fields().contains(it.key()))
            return Error{it.key(), QStringLiteral("cannot be changed (an update may change: %1)").arg(fields().join(u", "))};
    }
    const auto given = [&](const char *key) { return changes.contains(QLatin1String(key)) && !changes.value(QLatin1String(key)).isNull(); };
    QJsonObject merged = stored.toRegistrationJson();
    if ((given("polygon") || given("track")) && !given("lat") && !given("lon") && !given("radius_km")) {
        merged.remove(QStringLiteral("lat"));
        merged.remove(QStringLiteral("lon"));
        merged.remove(QStringLiteral("radius_km"));
    }
    if ((given("track") || given("magnitude") || given("depth_km")) && !given("severity"))
        merged.remove(QStringLiteral("severity"));
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    auto updated = Disaster::fromRegistrationJson(merged);
    if (!updated.ok())
        return updated.error();
    Disaster d = updated.value();
    d.id = stored.id;
    d.updatedAt = stored.updatedAt;
    d.acknowledgedAt = stored.acknowledgedAt;
    d.impact = stored.impact;
    return d;
}

} // namespace et::domain
