// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centernotice.h"
#include "domain/centers/opennow.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace et::domain::centers {

/// What a center's operator notices do to its open-now at an instant (issue 19, point 11). An
/// active temporary closure wins over the hours: the state becomes Closed with the closure's
/// reason, until the closure's end (then the hours' own next opening if it lies later, else none
/// known). A plain notice changes nothing but is shown. Pure, so the console applies it to each
/// row on its clock and a test can move the clock past the end.
struct NoticeOverride
{
    OpenState state;                     ///< what to show: `hours` untouched, or closed by `closure`
    std::optional<CenterNotice> closure; ///< the active closure that overrides (the one ending last)
    QList<CenterNotice> notices;         ///< active plain notices, newest first
    /// When the answer can next change because of a notice: the earliest end of an active one or
    /// start of a later one; invalid when none (the hours' own changes are OpenState's).
    QDateTime nextChange;

    /// `hours` is OpenNow::at(center, now); `notices` may hold other centers' and past ones:
    /// only this center's (`centerId`) active ones count.
    static NoticeOverride apply(const QString &centerId, const OpenState &hours, const QList<CenterNotice> &notices, const QDateTime &now);
};

} // namespace et::domain::centers
