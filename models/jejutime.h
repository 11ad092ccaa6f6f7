// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace et::models {

/// Formats instants in Jeju's own time (Asia/Seoul, KST, UTC+9, no daylight saving) for display.
/// The grid, the simulation's day and the operators all run on KST, while a field laptop may be
/// set to any zone; showing the machine's local time would put noon solar output at "04:00".
class JejuTime
{
public:
    /// The zone used for display (IANA "Asia/Seoul"; a fixed UTC+9 if the system lacks tz data).
    static QTimeZone zone();
    /// `time` in Jeju time with a Qt date-time pattern; empty for an invalid time.
    static QString format(const QDateTime &time, const QString &pattern);
};

} // namespace et::models
