// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"
#include "domain/result.h"

namespace et::domain::alarm {

/// ISA-18.2's alarm lifecycle (ANSI/ISA-18.2-2016, the state diagram of its clause 5): an alarm
/// goes from normal to unacknowledged-active when its condition appears; the operator's
/// acknowledgement takes it to acknowledged-active; when the condition clears it returns to
/// normal if acknowledged, else to unacknowledged-cleared, which an acknowledgement returns to
/// normal. A condition that comes back to a cleared alarm makes it active and unacknowledged again,
/// and so does an escalation (a higher priority) of an acknowledged one: the operator is told
/// again. Shelving is the operator's time-limited hiding of an alarm, with a reason; it leaves the
/// state alone and lapses by itself.
class AlarmLifecycle
{
public:
    /// Shelving is time-limited (ISA-18.2 warns against forgotten shelves): at most a day.
    static constexpr int kMaxShelveMinutes = 24 * 60;

    /// The condition is present at `at`, with `priority`.
    static Alarm conditionPresent(Alarm alarm, Priority priority, const QDateTime &at);
    /// The condition is gone at `at`.
    static Alarm conditionGone(Alarm alarm, const QDateTime &at);
    /// An operator acknowledges it: an error when there is nothing to acknowledge.
    static Result<Alarm> acknowledge(Alarm alarm, const QString &by, const QDateTime &at);
    /// An operator shelves it for `minutes` (1 to kMaxShelveMinutes) with a reason.
    static Result<Alarm> shelve(Alarm alarm, int minutes, const QString &reason, const QString &by, const QDateTime &at);
    /// A lapsed shelf removed (the alarm shows again); unchanged otherwise.
    static Alarm unshelveIfExpired(Alarm alarm, const QDateTime &at);
    /// True when `a` outranks `b` (urgent before high before medium before low).
    static bool higher(Priority a, Priority b) { return int(a) < int(b); }
};

} // namespace et::domain::alarm
