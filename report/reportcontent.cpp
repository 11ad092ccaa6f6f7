// SPDX-License-Identifier: MIT
#include "reportcontent.h"

#include "client/store.h"
#include "domain/hazard/incidentimpactjson.h"
#include "reportlogging.h"

#include <QCoreApplication>
#include <QSet>

namespace et::report {

domain::Result<ReportContent> ReportContent::fromCache(const client::Store &store, const QString &disasterId, const QDateTime &madeAt)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("et::report::ReportContent", text); };
    if (!store.isOpen())
        return domain::Error{{}, tr("the offline cache is not open")};
    ReportContent c;
    c.madeAt = madeAt;
    c.syncedAt = store.lastSyncedAt();
    bool found = false;
    for (const domain::Disaster &d : store.disasters()) {
        if (d.id == disasterId) {
            c.disaster = d;
            found = true;
        }
    }
    if (!found)
        return domain::Error{disasterId, tr("no such incident in the offline cache (sync first, or check the id)")};
    if (!c.disaster.impact.isEmpty()) {
        auto impact = domain::hazard::IncidentImpactJson::fromJson(c.disaster.impact);
        if (impact.ok())
            c.impact = impact.value();
        else
            qCWarning(lcReport).noquote() << "the cached impact of" << disasterId << "does not read:" << impact.error().toString();
    }
    if (c.impact) {
        QSet<QString> facilities;
        for (const auto &s : c.impact->supply)
            facilities.insert(s.facilityId);
        if (const auto plan = store.dispatchPlan()) {
            for (const auto &s : plan->suggestions) {
                if (s.task.rule != domain::dispatch::PlanTask::Rule::BestValue && facilities.contains(s.task.siteId))
                    c.trucks << s;
            }
        }
    }
    for (const domain::alarm::Alarm &a : store.alarms()) {
        if (a.subjectId == disasterId || a.parentId == disasterId)
            c.alarms << a;
    }
    std::stable_sort(c.alarms.begin(), c.alarms.end(), [&](const domain::alarm::Alarm &a, const domain::alarm::Alarm &b) {
        const bool aOwn = a.subjectId == disasterId, bOwn = b.subjectId == disasterId;
        return aOwn != bOwn ? aOwn : a.raisedAt < b.raisedAt;
    });
    return c;
}

} // namespace et::report
