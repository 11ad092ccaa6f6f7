// SPDX-License-Identifier: MIT
#include "chartaxes.h"

#include "jejutime.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace et::models {

namespace {
constexpr double kHour = 3600.0 * 1000.0;
constexpr double kDay = 24 * kHour;
constexpr double kSteps[] = {kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay, 7 * kDay};
} // namespace

ChartTimeAxis ChartTimeAxis::forRange(double fromMs, double toMs, int maxTicks)
{
    ChartTimeAxis axis;
    if (!std::isfinite(fromMs) || !std::isfinite(toMs) || !(toMs > fromMs) || maxTicks < 1)
        return axis;
    const double span = toMs - fromMs;
    axis.intervalMs = kSteps[std::size(kSteps) - 1];
    for (double step : kSteps) {
        if (span / step <= maxTicks) {
            axis.intervalMs = step;
            break;
        }
    }
    // Jeju has had no daylight saving since 1988: one offset places every midnight of the range.
    const auto from = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(fromMs)), Qt::UTC);
    const double offset = JejuTime::zone().offsetFromUtc(from) * 1000.0;
    axis.anchorMs = std::floor((fromMs + offset) / kDay) * kDay - offset;
    for (double t = axis.anchorMs + std::ceil((fromMs - axis.anchorMs) / axis.intervalMs) * axis.intervalMs; t <= toMs;
         t += axis.intervalMs) {
        const auto time = QDateTime::fromMSecsSinceEpoch(qint64(t), Qt::UTC);
        const bool midnight = std::fmod(t - axis.anchorMs, kDay) == 0.0;
        axis.ticks.append({t, JejuTime::format(time, midnight ? QStringLiteral("M/d") : QStringLiteral("HH:mm"))});
    }
    return axis;
}

ChartValueAxis ChartValueAxis::forRange(double low, double high, int maxIntervals)
{
    maxIntervals = std::max(1, maxIntervals);
    if (!std::isfinite(low) || !std::isfinite(high) || low > high)
        return {};
    if (low >= 0.0)
        low = 0.0;
    if (high == low)
        high = low + 1.0; // a flat line still gets an axis around it
    // The smallest nice step whose grid, from the multiple of the step at or below `low`, reaches
    // `high` within maxIntervals steps.
    for (double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / maxIntervals)));; magnitude *= 10.0) {
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            const double step = m * magnitude;
            const double min = std::floor(low / step) * step;
            const int needed = std::max(1, int(std::ceil((high - min) / step - 1e-9)));
            if (needed <= maxIntervals)
                return {min, min + needed * step, needed};
        }
    }
}

} // namespace et::models
