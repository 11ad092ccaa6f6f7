// SPDX-License-Identifier: MIT
#include "noticeoverride.h"

namespace et::domain::centers {

NoticeOverride NoticeOverride::apply(const QString &centerId, const OpenState &hours, const QList<CenterNotice> &notices, const QDateTime &now)
{
    NoticeOverride out;
    out.state = hours;
    auto sooner = [&out](const QDateTime &t) {
        if (!out.nextChange.isValid() || t < out.nextChange)
            out.nextChange = t;
    };
    for (const CenterNotice &n : notices) {
        if (n.centerId != centerId || n.endsAt <= now)
            continue;
        if (n.startsAt > now) {
            sooner(n.startsAt);
            continue;
        }
        sooner(n.endsAt);
        if (n.kind == CenterNotice::Kind::Closure) {
            if (!out.closure || n.endsAt > out.closure->endsAt)
                out.closure = n;
        } else {
            out.notices << n;
        }
    }
    std::sort(out.notices.begin(), out.notices.end(), [](const CenterNotice &a, const CenterNotice &b) {
        return a.startsAt != b.startsAt ? a.startsAt > b.startsAt : a.id < b.id;
    });
    if (out.closure) {
        OpenState closed;
        closed.kind = OpenState::Kind::Closed;
        closed.reason = out.closure->reason;
        // The hours' next opening still holds if it comes after the closure; one inside it does
        // not, and the opening after that is not known here (ask the hours again at the end).
        if (hours.opensAt.isValid() && hours.opensAt >= out.closure->endsAt)
            closed.opensAt = hours.opensAt;
        out.state = closed;
    }
    return out;
}

} // namespace et::domain::centers
