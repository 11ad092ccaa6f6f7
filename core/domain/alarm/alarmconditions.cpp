// SPDX-License-Identifier: MIT
#include "domain/alarm/alarmconditions.h"

#include "domain/hazard/incidentimpactjson.h"

namespace et::domain::alarm {

Priority AlarmConditions::priorityOfSeverity(int severity)
{
    if (severity >= 5)
        return Priority::Urgent;
    if (severity == 4)
        return Priority::High;
    if (severity == 3)
        return Priority::Medium;
    return Priority::Low;
}

QList<Condition> AlarmConditions::at(const QList<Disaster> &incidents, const QList<Truck> &trucks, const QDateTime &now,
                                     const QSet<QString> &active)
{
    QList<Condition> out;
    for (const Disaster &d : incidents) {
        const QString name = d.title.isEmpty() ? toString(d.type) : d.title;
        out << Condition{QStringLiteral("disaster:") + d.id, Source::Disaster, priorityOfSeverity(d.severity), d.id, name, {},
                         QStringLiteral("%1, severity %2 of 5").arg(toString(d.type)).arg(d.severity),
                         QJsonObject{{QStringLiteral("type"), toString(d.type)}, {QStringLiteral("severity"), d.severity}}};
        if (d.impact.isEmpty())
            continue;
        const auto impact = hazard::IncidentImpactJson::fromJson(d.impact);
        if (!impact.ok())
            continue;
        for (const hazard::ImpactedSite &s : impact.value().sites) {
            if (s.category == hazard::ImpactedSite::Category::Asset && s.impact.state == hazard::DamageState::LikelyDamaged)
                out << Condition{QStringLiteral("asset:%1:%2").arg(d.id, s.impact.id), Source::AssetDamage, Priority::High, s.impact.id, s.name, d.id,
                                 QStringLiteral("likely damaged (%1 %)").arg(qRound(s.impact.probability * 100)),
                                 QJsonObject{{QStringLiteral("probability"), s.impact.probability}}};
        }
        const double hoursIn = double(d.startedAt.secsTo(now)) / 3600.0;
        for (const hazard::FacilityWithoutPower &f : impact.value().facilitiesWithoutPower) {
            if (f.outage.uncoveredHours > 0.0 && hoursIn > f.outage.backupHours)
                out << Condition{QStringLiteral("facility:%1:%2").arg(d.id, f.outage.facilityId), Source::FacilityBackup,
                                 f.outage.lifeCritical ? Priority::Urgent : Priority::High, f.outage.facilityId, f.name, d.id,
                                 (f.outage.backupHours > 0.0 ? QStringLiteral("past its %1 h of backup power").arg(f.outage.backupHours)
                                                             : QStringLiteral("no backup power"))
                                     + QStringLiteral("; needs %1 MWh").arg(f.outage.needMwh, 0, 'f', 2),
                                 QJsonObject{{QStringLiteral("backup_h"), f.outage.backupHours}, {QStringLiteral("need_mwh"), f.outage.needMwh}}};
        }
        if (impact.value().deficitMwh > impact.value().availableMwh)
            out << Condition{QStringLiteral("deficit:") + d.id, Source::EnergyDeficit, Priority::Medium, d.id, name, d.id,
                             QStringLiteral("deficit %1 MWh, trucks carry %2 MWh")
                                 .arg(impact.value().deficitMwh, 0, 'f', 0)
                                 .arg(impact.value().availableMwh, 0, 'f', 1),
                             QJsonObject{{QStringLiteral("deficit_mwh"), impact.value().deficitMwh},
                                         {QStringLiteral("carried_mwh"), impact.value().availableMwh}}};
    }
    for (const Truck &t : trucks) {
        const QString id = QStringLiteral("truck:") + t.id;
        const double threshold = active.contains(id) ? kTruckClearSoc : kTruckRaiseSoc;
        if (t.soc < threshold && t.status != TruckStatus::Charging)
            out << Condition{id, Source::TruckReserve, Priority::Low, t.id, t.name, {},
                             QStringLiteral("state of charge %1 %, below its reserve").arg(qRound(t.soc * 100)),
                             QJsonObject{{QStringLiteral("soc"), t.soc}}};
    }
    return out;
}

} // namespace et::domain::alarm
