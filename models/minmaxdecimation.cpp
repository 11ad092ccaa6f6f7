// SPDX-License-Identifier: MIT
#include "minmaxdecimation.h"

#include <algorithm>
#include <cmath>

namespace et::models {

namespace {
bool hasValue(const QPointF &p)
{
    return std::isfinite(p.y());
}
} // namespace

QList<QPointF> decimateMinMax(std::span<const QPointF> points, double xFrom, double xTo, int columns, ColumnExtremes keep)
{
    QList<QPointF> out;
    if (points.empty() || columns < 1 || !std::isfinite(xFrom) || !std::isfinite(xTo) || !(xTo > xFrom))
        return out;
    out.reserve(2 * qsizetype(columns) + 2);
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto first = std::lower_bound(points.begin(), points.end(), xFrom, byX);
    const auto end = std::upper_bound(points.begin(), points.end(), xTo, [](double x, const QPointF &p) { return x < p.x(); });

    // The line comes in from the left edge: the last point with a value before the range.
    for (auto it = first; it != points.begin();) {
        --it;
        if (hasValue(*it)) {
            out << *it;
            break;
        }
    }

    const double width = (xTo - xFrom) / columns;
    int column = -1;
    const QPointF *low = nullptr;
    const QPointF *high = nullptr;
    const auto flush = [&] {
        if (!low)
            return;
        if (keep == ColumnExtremes::Highest)
            out << *high;
        else if (keep == ColumnExtremes::Lowest)
            out << *low;
        else if (low == high)
            out << *low;
        else
            out << *std::min(low, high) << *std::max(low, high); // pointers into one array: input order
    };
    for (auto it = first; it != end; ++it) {
        if (!hasValue(*it))
            continue;
        const int c = std::min(columns - 1, int((it->x() - xFrom) / width));
        if (c != column) {
            flush();
            column = c;
            low = high = &*it;
        } else if (it->y() < low->y()) {
            low = &*it;
        } else if (it->y() > high->y()) {
            high = &*it;
        }
    }
    flush();

    // And goes out at the right edge: the first point with a value after the range.
    const auto after = std::find_if(end, points.end(), hasValue);
    if (after != points.end())
        out << *after;
    return out;
}

QList<QPointF> dropFlatRuns(QList<QPointF> points)
{
    if (points.size() < 3)
        return points;
    qsizetype kept = 1; // points[0, kept) is the result so far
    for (qsizetype i = 1; i < points.size(); ++i) {
        const bool inner = i + 1 < points.size() && points[kept - 1].y() == points[i].y() && points[i + 1].y() == points[i].y();
        if (!inner)
            points[kept++] = points[i];
    }
    points.resize(kept);
    return points;
}

} // namespace et::models
