// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace et::domain {

/// The resolutions `GET /api/v1/energy/history` answers in (`step=1m|5m|15m|1h|1d`). A point of
/// step S stands for the bucket [start, start + S); buckets are counted from midnight in Jeju
/// time (KST, UTC+9, no daylight saving), so a day is a Jeju day and the shorter steps, whose
/// lengths divide an hour, fall on the same boundaries in UTC.
enum class HistoryStep { Minute, FiveMinutes, QuarterHour, Hour, Day };

/// "1m", "5m", "15m", "1h", "1d".
QString toString(HistoryStep step);
std::optional<HistoryStep> historyStepFromString(QStringView text);
/// Every wire name, finest first, for messages.
QStringList historyStepNames();

/// Length of a bucket in seconds.
qint64 historyStepSeconds(HistoryStep step);
inline int historyStepMinutes(HistoryStep step) { return int(historyStepSeconds(step) / 60); }

/// The longest `to - from` one request may ask for at this step (docs/api.md): 7 days at 1m,
/// 31 days at 5m, 90 days at 15m, 366 days at 1h, 3653 days (ten years) at 1d. Each bounds the
/// points of an answer to the same order (10,080 at 1m, 8,928 at 5m, …).
qint64 historyStepMaxRangeSeconds(HistoryStep step);
/// The limit as a person reads it: "7 days".
QString historyStepMaxRangeText(HistoryStep step);

/// Start of the bucket of `step` that holds `secsSinceEpoch` (UTC seconds), KST-aligned.
qint64 historyBucketStart(qint64 secsSinceEpoch, HistoryStep step);
/// Whether `time` is the start of a bucket of `step` (whole seconds, no milliseconds).
bool isHistoryBucketStart(const QDateTime &time, HistoryStep step);

} // namespace et::domain
