// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"
#include "domain/disaster.h"
#include "domain/truck.h"

#include <QList>

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
    bool operator==(const Condition &) const = default;
};

/// What needs an operator now, from the active incidents and the fleet (the rules are stated here
/// and in docs/alarms.md):
/// - every active incident, by its severity: 5 urgent, 4 high, 3 medium, 1–2 low ("disaster:ID");
/// - every asset an active incident's impact finds likely damaged, high ("asset:ID:ASSET");
/// - every critical facility that may lose power and whose backup has run out since the
///   incident began — urgent if lives depend on it, else high ("facility:ID:FACILITY");
/// - an incident whose energy deficit is more than the trucks carry, medium ("deficit:ID");
/// - a truck below its 20 % reserve that is not charging, low ("truck:ID").
/// The children of an incident name it as their parent (suppression by design).
class AlarmConditions
{
public:
    static constexpr double kTruckReserveSoc = 0.2;

    static QList<Condition> at(const QList<Disaster> &activeIncidents, const QList<Truck> &trucks, const QDateTime &now);
    static Priority priorityOfSeverity(int severity);
};

} // namespace et::domain::alarm
