// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"
#include "domain/disaster.h"
#include "domain/truck.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace et::domain::alarm {

/// A condition an alarm watches, present now.
struct Condition
{
    QString id;
    Source source = Source::Disaster;
    Priority priority = Priority::Low;
    QString subjectId;
    QString subjectName;
    QString parentId;
    QString message;
    QJsonObject facts; ///< Alarm::facts
    bool operator==(const Condition &) const = default;
};

/// What needs an operator now, from the active incidents and the fleet (the rules are stated here
/// and in docs/alarms.md):
/// - every active incident, by its severity: 5 urgent, 4 high, 3 medium, 1–2 low ("disaster:ID");
/// - every asset an active incident's impact finds likely damaged, high ("asset:ID:ASSET");
/// - every critical facility that may lose power and whose backup has run out since the
///   incident began — urgent if lives depend on it, else high ("facility:ID:FACILITY");
/// - an incident whose energy deficit is more than the trucks carry, medium ("deficit:ID");
/// - a truck below its 20 % reserve that is not charging, low ("truck:ID"), with a deadband
///   (ISA-18.2's cure for chattering alarms): raised below 19 %, cleared only from 21 %, since
///   the trucks work down to their reserve and hover there.
/// The children of an incident name it as their parent (suppression by design).
class AlarmConditions
{
public:
    static constexpr double kTruckRaiseSoc = 0.19;
    static constexpr double kTruckClearSoc = 0.21;

    /// `active` are the ids of the alarms active now (for the deadbands).
    static QList<Condition> at(const QList<Disaster> &activeIncidents, const QList<Truck> &trucks, const QDateTime &now,
                               const QSet<QString> &active = {});
    static Priority priorityOfSeverity(int severity);
};

} // namespace et::domain::alarm
