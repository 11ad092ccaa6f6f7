// SPDX-License-Identifier: MIT
#include "domain/dispatch/rainflowcounter.h"

#include <cmath>

namespace et::domain::dispatch {

namespace {
int direction(double from, double to)
{
    return to > from ? 1 : (to < from ? -1 : 0);
}

std::optional<Error> notFinite(const RainflowCounter::Point &p, const QString &where)
{
    if (!std::isfinite(p.value))
        return Error{where.isEmpty() ? QStringLiteral("value") : where + QStringLiteral(".value"), QStringLiteral("is not a number")};
    if (!std::isfinite(p.temperatureC))
        return Error{where.isEmpty() ? QStringLiteral("temperatureC") : where + QStringLiteral(".temperatureC"),
                     QStringLiteral("is not a number")};
    return std::nullopt;
}
} // namespace

RainflowCounter::Cycle RainflowCounter::cycleOf(const Point &a, const Point &b, double count)
{
    return {std::abs(b.value - a.value), (a.value + b.value) / 2.0, count, a.temperatureC, b.temperatureC};
}

void RainflowCounter::countClosed(QList<Point> &kept, QList<Cycle> &cycles)
{
    while (kept.size() >= 3) {
        const qsizetype n = kept.size();
        const double x = std::abs(kept[n - 1].value - kept[n - 2].value);
        const double y = std::abs(kept[n - 2].value - kept[n - 3].value);
        if (x < y)
            return; // step 3: wait for the next turning point
        if (n == 3) {
            // Step 5: Y starts at S, whose history before it is unknown — half a cycle.
            cycles.append(cycleOf(kept[0], kept[1], 0.5));
            kept.removeFirst();
        } else {
            // Step 4: the history went out over Y and back across it, a closed loop.
            cycles.append(cycleOf(kept[n - 3], kept[n - 2], 1.0));
            kept.remove(n - 3, 2);
        }
    }
}

Result<QList<RainflowCounter::Cycle>> RainflowCounter::add(Point point)
{
    if (const auto e = notFinite(point, {}))
        return *e;
    if (m_kept.isEmpty()) {
        m_kept.append(point); // S, the start of the history
        return QList<Cycle>{};
    }
    const Point &newest = m_trial ? *m_trial : m_kept.back();
    const int step = direction(newest.value, point.value);
    if (step == 0)
        return QList<Cycle>{}; // a plateau: the turning point is where the value first got there
    if (!m_trial) {
        m_trial = point;
        return QList<Cycle>{};
    }
    if (step == direction(m_kept.back().value, m_trial->value)) {
        m_trial = point; // still going the same way: the turning point lies further on
        return QList<Cycle>{};
    }
    // The history turned back, so the previous value was a peak or valley (step 1).
    m_kept.append(*m_trial);
    m_trial = point;
    QList<Cycle> cycles;
    countClosed(m_kept, cycles);
    return cycles;
}

QList<RainflowCounter::Cycle> RainflowCounter::residualCycles() const
{
    QList<Point> kept = m_kept;
    if (m_trial)
        kept.append(*m_trial); // the end of the history is its last turning point
    QList<Cycle> cycles;
    countClosed(kept, cycles);
    for (qsizetype i = 1; i < kept.size(); ++i)
        cycles.append(cycleOf(kept[i - 1], kept[i], 0.5)); // step 6
    return cycles;
}

Result<QList<RainflowCounter::Cycle>> RainflowCounter::count(const QList<double> &history)
{
    RainflowCounter counter;
    QList<Cycle> cycles;
    for (qsizetype i = 0; i < history.size(); ++i) {
        auto closed = counter.add({history[i]});
        if (!closed.ok())
            return closed.error().prefixed(QStringLiteral("[%1]").arg(i));
        cycles.append(closed.value());
    }
    cycles.append(counter.residualCycles());
    return cycles;
}

QList<RainflowCounter::Point> RainflowCounter::turningPoints() const
{
    QList<Point> points = m_kept;
    if (m_trial)
        points.append(*m_trial);
    return points;
}

std::optional<RainflowCounter::Point> RainflowCounter::newest() const
{
    if (m_trial)
        return m_trial;
    if (!m_kept.isEmpty())
        return m_kept.back();
    return std::nullopt;
}

Result<RainflowCounter> RainflowCounter::fromTurningPoints(const QList<Point> &points)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (const auto e = notFinite(points[i], where))
            return *e;
        if (i >= 1 && points[i].value == points[i - 1].value)
            return Error{where, QStringLiteral("repeats the value before it; turning points go up and down")};
        if (i >= 2 && direction(points[i - 2].value, points[i - 1].value) == direction(points[i - 1].value, points[i].value))
            return Error{where, QStringLiteral("goes on the same way as the point before it; turning points go up and down")};
        // Every range but the newest has been compared with the one before it and found smaller.
        if (i >= 2 && i < points.size() - 1
            && std::abs(points[i].value - points[i - 1].value) >= std::abs(points[i - 1].value - points[i - 2].value))
            return Error{where, QStringLiteral("closes the range before it, which would have been counted")};
    }
    RainflowCounter counter;
    counter.m_kept = points;
    if (points.size() >= 2)
        counter.m_trial = counter.m_kept.takeLast();
    return counter;
}

} // namespace et::domain::dispatch
