// SPDX-License-Identifier: MIT
#include "domain/alarm/alarmlifecycle.h"

namespace et::domain::alarm {

Alarm AlarmLifecycle::conditionPresent(Alarm a, Priority priority, const QDateTime &at)
{
    const bool escalated = a.state == State::AcknowledgedActive && higher(priority, a.priority);
    if (a.state == State::Normal || a.state == State::UnacknowledgedCleared || escalated) {
        a.state = State::UnacknowledgedActive;
        a.raisedAt = at;
        a.clearedAt.reset();
        a.acknowledgedAt.reset();
        a.acknowledgedBy.clear();
        a.note(at, escalated ? QStringLiteral("escalated") : QStringLiteral("raised"), {}, toString(priority));
        a.priority = priority;
        a.updatedAt = at;
        return a;
    }
    if (a.priority != priority) {
        a.priority = priority;
        a.updatedAt = at;
    }
    return a;
}

Alarm AlarmLifecycle::conditionGone(Alarm a, const QDateTime &at)
{
    if (a.state == State::UnacknowledgedActive)
        a.state = State::UnacknowledgedCleared;
    else if (a.state == State::AcknowledgedActive)
        a.state = State::Normal;
    else
        return a;
    a.clearedAt = at;
    a.updatedAt = at;
    a.note(at, QStringLiteral("cleared"));
    return a;
}

Result<Alarm> AlarmLifecycle::acknowledge(Alarm a, const QString &by, const QDateTime &at)
{
    if (a.state == State::UnacknowledgedActive)
        a.state = State::AcknowledgedActive;
    else if (a.state == State::UnacknowledgedCleared)
        a.state = State::Normal;
    else
        return Error{QStringLiteral("state"), QStringLiteral("alarm %1 is %2: there is nothing to acknowledge").arg(a.id, toString(a.state)),
                     QStringLiteral("conflict")};
    a.acknowledgedAt = at;
    a.acknowledgedBy = by;
    a.updatedAt = at;
    a.note(at, QStringLiteral("acknowledged"), by);
    return a;
}

Result<Alarm> AlarmLifecycle::shelve(Alarm a, int minutes, const QString &reason, const QString &by, const QDateTime &at)
{
    if (minutes < 1 || minutes > kMaxShelveMinutes)
        return Error{QStringLiteral("minutes"), QStringLiteral("must be 1 to %1, not %2").arg(kMaxShelveMinutes).arg(minutes)};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("reason"), QStringLiteral("a shelved alarm needs a reason")};
    if (a.state == State::Normal)
        return Error{QStringLiteral("state"), QStringLiteral("alarm %1 is normal: there is nothing to shelve").arg(a.id), QStringLiteral("conflict")};
    a.shelvedUntil = at.addSecs(qint64(minutes) * 60);
    a.shelveReason = reason.trimmed();
    a.shelvedBy = by;
    a.updatedAt = at;
    a.note(at, QStringLiteral("shelved"), by, QStringLiteral("%1 min: %2").arg(minutes).arg(a.shelveReason));
    return a;
}

Alarm AlarmLifecycle::unshelveIfExpired(Alarm a, const QDateTime &at)
{
    if (!a.shelvedUntil || *a.shelvedUntil > at)
        return a;
    a.shelvedUntil.reset();
    a.shelveReason.clear();
    a.shelvedBy.clear();
    a.updatedAt = at;
    a.note(at, QStringLiteral("unshelved"));
    return a;
}

} // namespace et::domain::alarm
