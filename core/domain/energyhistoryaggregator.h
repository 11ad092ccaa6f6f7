// SPDX-License-Identifier: MIT
#pragma once

#include "energyhistorypoint.h"
#include "energyhistorystep.h"

namespace et::domain {

/// Folds history points into coarser buckets, the same way on the server (the API's steps, the
/// hourly means it keeps beyond 90 days) and in the console (charts from the 1-minute cache).
/// Points are weighted by the minutes they stand for, so means of means are exact: a bucket made
/// from four 15-minute means equals the one made from their sixty minutes (for a link or asset
/// that has a value in only some of the minutes, only nearly).
///  - MW values (demand, generation, curtailment, each link and asset) are time means: a point
///    stands for its whole minute, so the energy of a bucket is mean × minutes / 60 h.
///  - SMP is weighted by demand × minutes: the mean price of the energy served, which is what a
///    bucket's cost divided by its energy gives. (All-zero demand falls back to the time mean.)
///  - A link or asset with no value in some points is the mean of those that have one; with no
///    value in any, it has none.
class EnergyHistoryAggregator
{
public:
    /// One point standing for all of `points` (the same columns), stamped `start`; nothing
    /// when `points` is empty.
    static std::optional<EnergyHistoryPoint> combine(const QList<EnergyHistoryPoint> &points, const QDateTime &start);
    /// `points` (oldest first, the same columns) grouped into the buckets of `step`: one point
    /// per bucket that holds any.
    static QList<EnergyHistoryPoint> aggregate(const QList<EnergyHistoryPoint> &points, HistoryStep step);
};

} // namespace et::domain
