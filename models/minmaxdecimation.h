// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

#include <span>

namespace et::models {

/// Reduces a time series to what a chart of `columns` pixel columns over [xFrom, xTo] can show:
/// in each column the point with the lowest and the point with the highest y, in their order, so
/// that no peak or dip between pixels is lost (a plain every-n-th sample drops them). The last
/// point before xFrom and the first after xTo are kept too, so the line runs on to the plot's
/// edges when the range cuts the series. The result holds at most 2 × columns + 2 points, each
/// one of the input's, in the input's order.
///
/// `points` must be sorted by x with finite x (EnergyChartData checks it); a point whose y is NaN
/// or infinite is a gap in the data and left out (Qt Charts ignores such points with a warning).
/// Columns without points give nothing. An empty input, columns < 1 or an empty or non-finite
/// range give an empty result.
///
/// `keep` = Highest keeps only each column's highest point (at most columns + 2 points): what a
/// filled area from zero up to the series shows in a column is filled up to its highest value,
/// so the area looks the same with half the points; Lowest is the same for an area's lower edge.
enum class ColumnExtremes { LowestAndHighest, Highest, Lowest };
QList<QPointF> decimateMinMax(std::span<const QPointF> points, double xFrom, double xTo, int columns,
                              ColumnExtremes keep = ColumnExtremes::LowestAndHighest);

/// `points` without the inner points of each run of three or more consecutive points with the same
/// y: the line from a run's first point to its last is the same horizontal line. Applied after
/// decimateMinMax(), a series that stays at one value for hours (curtailment and trucks are at
/// zero most of the day) costs a chart two points instead of one per pixel column: Qt Charts
/// builds a hit-test outline for every point of a line at each change, the biggest part of a
/// time-slider jump (bench/energy/bench_scrub). NaN values are never equal, so gaps stay.
QList<QPointF> dropFlatRuns(QList<QPointF> points);

} // namespace et::models
