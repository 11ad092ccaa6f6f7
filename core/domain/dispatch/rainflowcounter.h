// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QList>

#include <optional>

namespace et::domain::dispatch {

/// Finds the cycles in a history of values — a battery's state of charge over time — one value at
/// a time, by the rainflow counting of ASTM E1049-85 (reapproved 2017), "Standard Practices for
/// Cycle Counting in Fatigue Analysis", §5.4.4:
///   1. read the next peak or valley (a turning point of the history);
///   2. with fewer than three points kept, go to 1; else X is the range of the newest two
///      points and Y the range of the two before it;
///   3. if X < Y go to 1;
///   4. if Y holds the starting point S go to 5, else count Y as one cycle, drop its two points
///      and go to 2;
///   5. count Y as half a cycle, drop its first point (S moves to its second) and go to 2;
///   6. at the end, count every range still kept as half a cycle.
/// The battery ages as it goes, so the history has no end: add() counts the cycles steps 1–5
/// close for good, and residualCycles() says what step 6 would count if the history ended now.
/// Between the two the counter keeps only the turning points not yet counted (their ranges
/// shrink from the oldest to the newest), never the history.
///
/// Each point carries the cell temperature at that moment, and a cycle the temperatures at its
/// two turning points, so that it can be aged by them; counting ignores them.
class RainflowCounter
{
public:
    struct Point
    {
        double value = 0.0;
        double temperatureC = 25.0;
        bool operator==(const Point &) const = default;
    };

    /// A counted cycle: its range (for a SoC history, the depth of discharge), the mean of its two
    /// turning points, whether it is a whole or half cycle, and the temperatures at its turning
    /// points in time order (a half cycle runs from the first to the second; a whole cycle is the
    /// half from the first and the half back from the second).
    struct Cycle
    {
        double range = 0.0;
        double mean = 0.0;
        double count = 1.0; ///< 1 or 0.5
        double firstTemperatureC = 25.0;
        double secondTemperatureC = 25.0;
        bool operator==(const Cycle &) const = default;
    };

    RainflowCounter() = default;

    /// Takes the next value of the history and gives the cycles it closes (often none). An error,
    /// and nothing changed, for a value or temperature that is not a finite number.
    Result<QList<Cycle>> add(Point point);
    /// The cycles the history holds besides those add() gave, were it to end now (steps 4–6 with
    /// the newest value as the last turning point).
    QList<Cycle> residualCycles() const;

    /// Counts a whole history at once: add() for each value, then residualCycles().
    static Result<QList<Cycle>> count(const QList<double> &history);

    /// The points still kept, oldest first, the newest value last: what the counter needs to go
    /// on later (and all it needs).
    QList<Point> turningPoints() const;
    /// A counter that goes on from `points` as turningPoints() gave them; an error when they are
    /// not finite, do not alternate up and down, or their ranges (all but the newest) do not
    /// shrink — no counter could have kept them.
    static Result<RainflowCounter> fromTurningPoints(const QList<Point> &points);

    /// The newest value, or nothing before the first add().
    std::optional<Point> newest() const;

private:
    /// Steps 2–5 on `kept`, appending what they count to `cycles`.
    static void countClosed(QList<Point> &kept, QList<Cycle> &cycles);
    static Cycle cycleOf(const Point &a, const Point &b, double count);

    QList<Point> m_kept;          ///< turning points not yet counted; the first is S
    std::optional<Point> m_trial; ///< the newest value: a turning point once the history turns back
};

} // namespace et::domain::dispatch
