// SPDX-License-Identifier: MIT
#include "delaunayflipper.h"

#include <QHash>

#include <utility>
#include <vector>

namespace et::domain::geo {
namespace {

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Positive when d lies inside the circumcircle of the counter-clockwise triangle abc.
double inCircle(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const double ax = a.x() - d.x(), ay = a.y() - d.y();
    const double bx = b.x() - d.x(), by = b.y() - d.y();
    const double cx = c.x() - d.x(), cy = c.y() - d.y();
    return (ax * ax + ay * ay) * (bx * cy - cx * by) - (bx * bx + by * by) * (ax * cy - cx * ay)
           + (cx * cx + cy * cy) * (ax * by - bx * ay);
}

} // namespace

quint64 DelaunayFlipper::edgeKey(quint32 a, quint32 b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(a) << 32) | b;
}

int DelaunayFlipper::flip(const QList<QPointF> &vertices, QList<quint32> &indices, const QSet<quint64> &constrained)
{
    const qsizetype triangleCount = indices.size() / 3;
    // Which triangles use each edge; an edge of one triangle (or of more than two, where a ring
    // touches itself) is never flipped.
    QHash<quint64, std::vector<qsizetype>> users;
    users.reserve(triangleCount * 3);
    auto corner = [&](qsizetype t, int k) { return indices[t * 3 + k]; };
    for (qsizetype t = 0; t < triangleCount; ++t) {
        for (int k = 0; k < 3; ++k)
            users[edgeKey(corner(t, k), corner(t, (k + 1) % 3))].push_back(t);
    }
    std::vector<quint64> todo;
    todo.reserve(users.size());
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() == 2 && !constrained.contains(it.key()))
            todo.push_back(it.key());
    }
    auto replaceUser = [&](quint64 edge, qsizetype from, qsizetype to) {
        for (qsizetype &t : users[edge]) {
            if (t == from)
                t = to;
        }
    };
    // The vertex of triangle t that is not on edge (a, b), and whether t runs a→b.
    auto opposite = [&](qsizetype t, quint32 a, quint32 b, bool *forward) {
        for (int k = 0; k < 3; ++k) {
            if (corner(t, k) == a) {
                *forward = corner(t, (k + 1) % 3) == b;
                return *forward ? corner(t, (k + 2) % 3) : corner(t, (k + 1) % 3);
            }
        }
        return a;
    };
    int flips = 0;
    // Each flip makes the mesh strictly "more Delaunay", so this ends; the cap guards against
    // rounding cycling on nearly co-circular points.
    const qsizetype cap = 20 * triangleCount + 100;
    while (!todo.empty() && flips < cap) {
        const quint64 edge = todo.back();
        todo.pop_back();
        const auto found = users.constFind(edge);
        if (found == users.cend() || found.value().size() != 2)
            continue;
        const quint32 e0 = quint32(edge >> 32), e1 = quint32(edge & 0xffffffffu);
        qsizetype t1 = found.value()[0], t2 = found.value()[1];
        bool forward1 = false, forward2 = false;
        quint32 c = opposite(t1, e0, e1, &forward1);
        quint32 d = opposite(t2, e0, e1, &forward2);
        if (forward1 == forward2)
            continue; // both on one side: not a proper pair
        if (!forward1) {
            std::swap(t1, t2);
            std::swap(c, d);
        }
        // t1 = (a, b, c) and t2 = (b, a, d), both counter-clockwise; the quad is a, d, b, c.
        const quint32 a = e0, b = e1;
        const QPointF &pa = vertices[a], &pb = vertices[b], &pc = vertices[c], &pd = vertices[d];
        if (c == d || inCircle(pa, pb, pc, pd) <= 0.0)
            continue;
        if (cross(pa, pd, pb) <= 0.0 || cross(pd, pb, pc) <= 0.0 || cross(pb, pc, pa) <= 0.0
            || cross(pc, pa, pd) <= 0.0)
            continue; // not strictly convex: the other diagonal would leave the pair
        indices[t1 * 3] = a;
        indices[t1 * 3 + 1] = d;
        indices[t1 * 3 + 2] = c;
        indices[t2 * 3] = d;
        indices[t2 * 3 + 1] = b;
        indices[t2 * 3 + 2] = c;
        users.remove(edge);
        users[edgeKey(c, d)] = {t1, t2};
        replaceUser(edgeKey(a, d), t2, t1); // (a, d) moved from t2 to t1
        replaceUser(edgeKey(b, c), t1, t2); // (b, c) moved from t1 to t2
        ++flips;
        for (const quint64 outer : {edgeKey(a, d), edgeKey(d, b), edgeKey(b, c), edgeKey(c, a)}) {
            if (!constrained.contains(outer))
                todo.push_back(outer);
        }
    }
    return flips;
}

} // namespace et::domain::geo
