// SPDX-License-Identifier: MIT
#include "energyhistorystep.h"

#include <array>

namespace et::domain {

namespace {
constexpr qint64 kDay = 86400;
// Jeju keeps Korea Standard Time all year.
constexpr qint64 kKstOffset = 9 * 3600;

struct StepInfo
{
    HistoryStep step;
    const char16_t *name;
    qint64 seconds;
    qint64 maxRangeDays;
};

constexpr std::array<StepInfo, 5> kSteps{{
    {HistoryStep::Minute, u"1m", 60, 7},
    {HistoryStep::FiveMinutes, u"5m", 300, 31},
    {HistoryStep::QuarterHour, u"15m", 900, 90},
    {HistoryStep::Hour, u"1h", 3600, 366},
    {HistoryStep::Day, u"1d", kDay, 3653},
}};

const StepInfo &info(HistoryStep step)
{
    for (const auto &s : kSteps) {
        if (s.step == step)
            return s;
    }
    return kSteps.front();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
} // namespace

QString toString(HistoryStep step)
{
    return QString::fromUtf16(info(step).name);
}

std::optional<HistoryStep> historyStepFromString(QStringView text)
{
    for (const auto &s : kSteps) {
        if (text == QStringView(s.name))
            return s.step;
    }
    return std::nullopt;
}

QStringList historyStepNames()
{
    QStringList names;
    for (const auto &s : kSteps)
        names << QString::fromUtf16(s.name);
    return names;
}

qint64 historyStepSeconds(HistoryStep step)
{
    return info(step).seconds;
}

qint64 historyStepMaxRangeSeconds(HistoryStep step)
{
    return info(step).maxRangeDays * kDay;
}

QString historyStepMaxRangeText(HistoryStep step)
{
    return QStringLiteral("%1 days").arg(info(step).maxRangeDays);
}

qint64 historyBucketStart(qint64 secsSinceEpoch, HistoryStep step)
{
    const qint64 size = historyStepSeconds(step);
    return floorDiv(secsSinceEpoch + kKstOffset, size) * size - kKstOffset;
}

bool isHistoryBucketStart(const QDateTime &time, HistoryStep step)
{
    if (!time.isValid() || time.toMSecsSinceEpoch() % 1000 != 0)
        return false;
    const qint64 secs = time.toSecsSinceEpoch();
    return historyBucketStart(secs, step) == secs;
}

} // namespace et::domain
