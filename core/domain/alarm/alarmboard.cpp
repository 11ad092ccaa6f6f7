// SPDX-License-Identifier: MIT
#include "domain/alarm/alarmboard.h"

#include "domain/alarm/alarmlifecycle.h"

#include <QHash>

#include <algorithm>

namespace et::domain::alarm {

namespace {
bool worse(const Alarm &a, const Alarm &b)
{
    if (a.priority != b.priority)
        return AlarmLifecycle::higher(a.priority, b.priority);
    if (a.isUnacknowledged() != b.isUnacknowledged())
        return a.isUnacknowledged();
    return a.raisedAt > b.raisedAt;
}
} // namespace

QList<AlarmGroup> AlarmBoard::groups(const QList<Alarm> &alarms, const QDateTime &now)
{
    QList<AlarmGroup> out;
    QHash<QString, qsizetype> index;
    for (const Alarm &a : alarms) {
        if (a.state == State::Normal || a.isShelved(now))
            continue;
        // An incident's own alarm and its children share the incident's key.
        const QString key = !a.parentId.isEmpty() ? a.parentId : (a.source == Source::Disaster ? a.subjectId : a.id);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out.append(AlarmGroup{key, {}, a.priority, 0});
        }
        AlarmGroup &g = out[*it];
        g.alarms << a;
        if (AlarmLifecycle::higher(a.priority, g.worst))
            g.worst = a.priority;
        g.unacknowledged += a.isUnacknowledged() ? 1 : 0;
    }
    // Within a group the incident's own alarm heads it (suppression by design shows the children
    // under it), then the worst first.
    for (AlarmGroup &g : out)
        std::stable_sort(g.alarms.begin(), g.alarms.end(), [&g](const Alarm &a, const Alarm &b) {
            const bool headA = a.source == Source::Disaster && a.subjectId == g.key, headB = b.source == Source::Disaster && b.subjectId == g.key;
            if (headA != headB)
                return headA;
            return worse(a, b);
        });
    std::stable_sort(out.begin(), out.end(), [](const AlarmGroup &a, const AlarmGroup &b) {
        if (a.worst != b.worst)
            return AlarmLifecycle::higher(a.worst, b.worst);
        if ((a.unacknowledged > 0) != (b.unacknowledged > 0))
            return a.unacknowledged > 0;
        return a.alarms.first().raisedAt > b.alarms.first().raisedAt;
    });
    return out;
}

int AlarmBoard::floodCount(const QList<Alarm> &alarms, const QDateTime &now)
{
    const QDateTime from = now.addSecs(-kFloodWindowSecs);
    const int n = int(std::count_if(alarms.cbegin(), alarms.cend(), [&](const Alarm &a) {
        return a.state != State::Normal && a.raisedAt > from && a.raisedAt <= now;
    }));
    return n > kFloodCount ? n : 0;
}

} // namespace et::domain::alarm
