// SPDX-License-Identifier: MIT
#include "polygontriangulator.h"

#include "delaunayflipper.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace et::domain::geo {
namespace {

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Inside or on the edge of the counter-clockwise triangle abc.
bool inTriangle(const QPointF &p, const QPointF &a, const QPointF &b, const QPointF &c)
{
    return cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0;
}

GeoRing cleaned(const GeoRing &ring)
{
    GeoRing out;
    out.reserve(ring.size());
    for (const QPointF &p : ring) {
        if (out.isEmpty() || out.last() != p)
            out.append(p);
    }
    while (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

/// Works on positions relative to an origin inside the polygon's box: smaller magnitudes keep the
/// cross products exact enough for lon/lat input.
class EarClipper
{
public:
    explicit EarClipper(const QList<QPointF> &points) : m_p(points) {}

    // Splices `hole` (clockwise indices) into `poly` (counter-clockwise) through a bridge from the
    // hole's rightmost vertex to a vertex of poly that it can see.
    void bridgeHole(std::vector<quint32> &poly, const std::vector<quint32> &hole) const
    {
        size_t mPos = 0;
        for (size_t i = 1; i < hole.size(); ++i) {
            if (m_p[hole[i]].x() > m_p[hole[mPos]].x())
                mPos = i;
        }
        const QPointF m = m_p[hole[mPos]];
        // Nearest crossing of the ray from m towards +x with an edge of poly.
        double bestX = std::numeric_limits<double>::infinity();
        size_t pPos = 0;
        for (size_t i = 0; i < poly.size(); ++i) {
            const QPointF a = m_p[poly[i]];
            const QPointF b = m_p[poly[(i + 1) % poly.size()]];
            if ((a.y() > m.y()) == (b.y() > m.y()) && a.y() != m.y() && b.y() != m.y())
                continue;
            if (a.y() == b.y()) {
                if (a.y() != m.y())
                    continue;
                const double x = std::min(a.x(), b.x());
                if (x >= m.x() && x < bestX) {
                    bestX = x;
                    pPos = a.x() <= b.x() ? i : (i + 1) % poly.size();
                }
                continue;
            }
            const double x = a.x() + (m.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (x >= m.x() && x < bestX) {
                bestX = x;
                // A crossing at a vertex bridges to that vertex; else to the edge's right end.
                if (a.y() == m.y())
                    pPos = i;
                else if (b.y() == m.y())
                    pPos = (i + 1) % poly.size();
                else
                    pPos = a.x() >= b.x() ? i : (i + 1) % poly.size();
            }
        }
        if (!std::isfinite(bestX)) {
            // No crossing (should not happen for a hole inside its ring): bridge to the nearest vertex.
            double best = std::numeric_limits<double>::infinity();
            for (size_t i = 0; i < poly.size(); ++i) {
                const QPointF d = m_p[poly[i]] - m;
                if (QPointF::dotProduct(d, d) < best) {
                    best = QPointF::dotProduct(d, d);
                    pPos = i;
                }
            }
        } else {
            // A reflex vertex inside triangle (m, I, P) would hide P; take the one closest in angle.
            const QPointF hit(bestX, m.y());
            const QPointF p = m_p[poly[pPos]];
            double bestTan = std::numeric_limits<double>::infinity();
            for (size_t i = 0; i < poly.size(); ++i) {
                const QPointF r = m_p[poly[i]];
                if (i == pPos || r == p || r.x() < m.x() || !isReflex(poly, i))
                    continue;
                if (!inTriangle(r, m, hit, p) && !inTriangle(r, m, p, hit))
                    continue;
                const double t = std::abs(r.y() - m.y()) / std::max(r.x() - m.x(), 1e-300);
                if (t < bestTan) {
                    bestTan = t;
                    pPos = i;
                }
            }
        }
        std::vector<quint32> out;
        out.reserve(poly.size() + hole.size() + 2);
        out.insert(out.end(), poly.begin(), poly.begin() + long(pPos) + 1);
        for (size_t k = 0; k <= hole.size(); ++k)
            out.push_back(hole[(mPos + k) % hole.size()]);
        out.push_back(poly[pPos]);
        out.insert(out.end(), poly.begin() + long(pPos) + 1, poly.end());
        poly.swap(out);
    }

    QList<quint32> clip(const std::vector<quint32> &poly) const
    {
        QList<quint32> triangles;
        const size_t n = poly.size();
        std::vector<size_t> prev(n), next(n);
        for (size_t i = 0; i < n; ++i) {
            prev[i] = (i + n - 1) % n;
            next[i] = (i + 1) % n;
        }
        size_t remaining = n;
        size_t i = 0;
        size_t stall = 0;
        auto pos = [&](size_t k) { return m_p[poly[k]]; };
        auto emitTriangle = [&](size_t k) {
            triangles << poly[prev[k]] << poly[k] << poly[next[k]];
        };
        auto remove = [&](size_t k) {
            next[prev[k]] = next[k];
            prev[next[k]] = prev[k];
            --remaining;
            stall = 0;
            return prev[k];
        };
        while (remaining > 3) {
            if (isEar(i, prev, next, pos)) {
                emitTriangle(i);
                i = remove(i);
                continue;
            }
            i = next[i];
            if (++stall < remaining)
                continue;
            // A full round without an ear: the remaining ring touches itself or has collinear
            // runs. Drop a vertex without area first; otherwise clip the first convex corner.
            size_t k = i;
            bool found = false;
            for (size_t s = 0; s < remaining && !found; ++s, k = next[k])
                found = cross(pos(prev[k]), pos(k), pos(next[k])) == 0.0;
            if (!found) {
                k = i;
                for (size_t s = 0; s < remaining && !found; ++s, k = next[k])
                    found = cross(pos(prev[k]), pos(k), pos(next[k])) > 0.0;
                if (found)
                    emitTriangle(k);
            }
            i = remove(found ? k : i);
        }
        if (cross(pos(prev[i]), pos(i), pos(next[i])) != 0.0)
            emitTriangle(i);
        return triangles;
    }

private:
    bool isReflex(const std::vector<quint32> &poly, size_t i) const
    {
        const size_t n = poly.size();
        return cross(m_p[poly[(i + n - 1) % n]], m_p[poly[i]], m_p[poly[(i + 1) % n]]) < 0.0;
    }

    template<typename Pos>
    bool isEar(size_t i, const std::vector<size_t> &prev, const std::vector<size_t> &next, Pos pos) const
    {
        const QPointF a = pos(prev[i]), b = pos(i), c = pos(next[i]);
        if (cross(a, b, c) <= 0.0)
            return false;
        for (size_t k = next[next[i]]; k != prev[i]; k = next[k]) {
            const QPointF p = pos(k);
            if (p == a || p == b || p == c)
                continue;
            // Only reflex vertices can lie inside an ear of a simple polygon.
            if (cross(pos(prev[k]), p, pos(next[k])) > 0.0)
                continue;
            if (inTriangle(p, a, b, c))
                return false;
        }
        return true;
    }

    const QList<QPointF> &m_p;
};

// Where segments ab and cd cross at a single interior point (touching ends do not count).
std::optional<QPointF> properCrossing(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    if (!(((d1 > 0) != (d2 > 0)) && d1 != 0 && d2 != 0 && ((d3 > 0) != (d4 > 0)) && d3 != 0 && d4 != 0))
        return std::nullopt;
    const double t = d1 / (d1 - d2);
    return a + (b - a) * t;
}

// Splits a self-crossing ring at its crossings into rings that do not cross themselves, so a
// bow-tie becomes its two lobes. The published KOSTAT 2018 data has one such ring (성산읍); the
// software renderer fills it even-odd, and the union of the lobes is what even-odd fills.
QList<GeoRing> splitAtCrossings(const GeoRing &ring)
{
    QList<GeoRing> done;
    QList<GeoRing> todo{ring};
    while (!todo.isEmpty()) {
        GeoRing r = todo.takeLast();
        const qsizetype n = r.size();
        bool split = false;
        for (qsizetype i = 0; i < n && !split; ++i) {
            for (qsizetype k = i + 2; k < n && !split; ++k) {
                if (i == 0 && k == n - 1)
                    continue;
                const auto x = properCrossing(r[i], r[i + 1], r[k], r[(k + 1) % n]);
                if (!x)
                    continue;
                GeoRing a(r.begin(), r.begin() + i + 1);
                a.append(*x);
                a.append(GeoRing(r.begin() + k + 1, r.end()));
                GeoRing b{*x};
                b.append(GeoRing(r.begin() + i + 1, r.begin() + k + 1));
                todo << a << b;
                split = true;
            }
        }
        if (!split && r.size() >= 3)
            done.append(r);
    }
    return done;
}

} // namespace

double PolygonTriangulator::signedArea(const GeoRing &ring)
{
    // Relative to the first vertex, so large coordinates do not swamp small areas.
    double sum = 0.0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF a = ring[i] - ring[0];
        const QPointF b = ring[(i + 1) % n] - ring[0];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2.0;
}

double PolygonTriangulator::area(const Mesh &mesh)
{
    double sum = 0.0;
    for (qsizetype t = 0; t + 2 < mesh.indices.size(); t += 3) {
        sum += std::abs(cross(mesh.vertices[mesh.indices[t]], mesh.vertices[mesh.indices[t + 1]],
                              mesh.vertices[mesh.indices[t + 2]])) / 2.0;
    }
    return sum;
}

Result<PolygonTriangulator::Mesh> PolygonTriangulator::triangulate(const GeoPolygon &polygon)
{
    if (polygon.isEmpty())
        return Error{{}, QStringLiteral("polygon has no rings")};
    if (polygon.size() == 1) {
        const QList<GeoRing> pieces = splitAtCrossings(cleaned(polygon.first()));
        if (pieces.size() > 1) {
            Mesh all;
            for (const GeoRing &piece : pieces) {
                auto part = triangulateSimple(GeoPolygon{piece});
                if (!part.ok())
                    continue; // a sliver without area between two crossings
                const quint32 base = quint32(all.vertices.size());
                all.vertices.append(part.value().vertices);
                for (quint32 index : part.value().indices)
                    all.indices.append(base + index);
            }
            return all;
        }
    }
    return triangulateSimple(polygon);
}

Result<PolygonTriangulator::Mesh> PolygonTriangulator::triangulateSimple(const GeoPolygon &polygon)
{
    Mesh mesh;
    QList<QPointF> local;
    std::vector<quint32> outer;
    std::vector<std::vector<quint32>> holes;
    QSet<quint64> ringEdges;
    QPointF origin;
    for (qsizetype r = 0; r < polygon.size(); ++r) {
        GeoRing ring = cleaned(polygon[r]);
        if (ring.size() < 3)
            return Error{QStringLiteral("[%1]").arg(r), QStringLiteral("ring has fewer than 3 distinct points")};
        const double a = signedArea(ring);
        if (a == 0.0) {
            if (r == 0)
                return Error{QStringLiteral("[0]"), QStringLiteral("outer ring has no area")};
            continue; // a hole without area removes nothing
        }
        // Outer counter-clockwise, holes clockwise: the bridge construction relies on it.
        if ((r == 0) != (a > 0.0))
            std::reverse(ring.begin(), ring.end());
        if (r == 0)
            origin = ring.first();
        std::vector<quint32> indices;
        for (const QPointF &p : ring) {
            indices.push_back(quint32(mesh.vertices.size()));
            mesh.vertices.append(p);
            local.append(p - origin);
        }
        for (size_t k = 0; k < indices.size(); ++k)
            ringEdges.insert(DelaunayFlipper::edgeKey(indices[k], indices[(k + 1) % indices.size()]));
        if (r == 0)
            outer = std::move(indices);
        else
            holes.push_back(std::move(indices));
    }
    EarClipper clipper(local);
    // Rightmost holes first, so each bridge sees only the outer ring and earlier bridges.
    std::sort(holes.begin(), holes.end(), [&](const auto &a, const auto &b) {
        auto maxX = [&](const auto &h) {
            double m = -std::numeric_limits<double>::infinity();
            for (quint32 k : h)
                m = std::max(m, local[k].x());
            return m;
        };
        return maxX(a) > maxX(b);
    });
    for (const auto &hole : holes)
        clipper.bridgeHole(outer, hole);
    mesh.indices = clipper.clip(outer);
    // Ear clipping fans long slivers across a region; the Delaunay triangles of the same polygon
    // fill it with far fewer pixels-per-tile for a software rasterizer.
    DelaunayFlipper::flip(local, mesh.indices, ringEdges);
    return mesh;
}

} // namespace et::domain::geo
