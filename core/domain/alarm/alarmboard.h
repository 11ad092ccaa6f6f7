// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"

#include <QList>

namespace et::domain::alarm {

/// An incident's alarms together (ISA-18.2's suppression by design: the children of an incident
/// are shown under it, not one by one), or a single alarm of its own.
struct AlarmGroup
{
    QString key;            ///< the incident's id, or the alarm's own id
    QList<Alarm> alarms;    ///< the incident's own alarm first, then the worst first
    Priority worst = Priority::Low;
    int unacknowledged = 0;
    bool operator==(const AlarmGroup &) const = default;
};

/// What the operator's alarm bar shows: the alarms that are not normal and not shelved, grouped
/// by incident, the worst group first; and flood detection — more than kFloodCount alarms raised
/// in the kFloodWindowSecs up to now is a flood, shown as one grouped banner (ISA-18.2's alarm
/// flood: 10 alarms in 10 minutes per operator).
class AlarmBoard
{
public:
    static constexpr int kFloodCount = 10;
    static constexpr qint64 kFloodWindowSecs = 600;

    static QList<AlarmGroup> groups(const QList<Alarm> &alarms, const QDateTime &now);
    /// How many alarms were raised in the flood window up to `now` when there are more than
    /// kFloodCount of them, else 0.
    static int floodCount(const QList<Alarm> &alarms, const QDateTime &now);
};

} // namespace et::domain::alarm
