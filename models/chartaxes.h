// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace et::models {

/// Where a chart's time axis puts its grid lines and labels: on round Jeju hours (KST, whatever
/// zone the machine is in), every 1, 2, 3, 6 or 12 hours or every 1, 2 or 7 days, the finest
/// step that gives at most `maxTicks` lines over [fromMs, toMs] (ms since the epoch). A label is
/// "HH:mm", or the date "M/d" at midnight, where one day ends and the next begins.
struct ChartTimeAxis
{
    struct Tick
    {
        double ms = 0;
        QString label;
    };

    double anchorMs = 0;   ///< a Jeju midnight: every grid line is anchorMs + k × intervalMs
    double intervalMs = 0; ///< 0 when the range is empty
    QList<Tick> ticks;     ///< the lines inside [fromMs, toMs], in order

    static ChartTimeAxis forRange(double fromMs, double toMs, int maxTicks);
};

/// A value axis with round ends: the tightest [min, max] holding [low, high] in at most
/// `maxIntervals` equal steps of 1, 2, 2.5 or 5 × 10ⁿ, its ends multiples of the step, with zero
/// in it when low ≥ 0 (a power axis starts at 0) — e.g. 0–1,000 MW in 4 steps of 250 for a peak
/// of 912 MW, −50–200 ₩/kWh in 5 steps of 50 for prices from −20 to 180. Nothing to show (low >
/// high, non-finite) gives 0–1 in one step.
struct ChartValueAxis
{
    double min = 0;
    double max = 1;
    int intervals = 1; ///< the axis' tickCount is one more

    static ChartValueAxis forRange(double low, double high, int maxIntervals);
};

} // namespace et::models
