// SPDX-License-Identifier: MIT
// Edge flips to the constrained Delaunay triangulation. Checked with this test's own geometry:
// the circumcircle of a triangle from its circumcentre (not the flipper's determinant), the
// unique Delaunay answer of a strip of unit squares, and the real 43 Jeju polygons, whose
// triangles must stay a triangulation (tst_geotriangulation checks the coverage) and become
// locally Delaunay everywhere except across the rings.
#include "domain/geo/delaunayflipper.h"
#include "domain/geo/geojsonreader.h"
#include "domain/geo/polygontriangulator.h"

#include <QFile>
#include <QHash>
#include <QtTest>

#include <cmath>

using namespace et::domain::geo;

namespace {

double signedArea(const QPointF &a, const QPointF &b, const QPointF &c)
{
    return ((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())) / 2.0;
}

// How far inside the circumcircle of abc the point p lies, relative to the radius (> 0: inside).
double depthInCircumcircle(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &p)
{
    const double d = 2.0 * (a.x() * (b.y() - c.y()) + b.x() * (c.y() - a.y()) + c.x() * (a.y() - b.y()));
    const double a2 = a.x() * a.x() + a.y() * a.y(), b2 = b.x() * b.x() + b.y() * b.y(),
                 c2 = c.x() * c.x() + c.y() * c.y();
    const QPointF centre((a2 * (b.y() - c.y()) + b2 * (c.y() - a.y()) + c2 * (a.y() - b.y())) / d,
                         (a2 * (c.x() - b.x()) + b2 * (a.x() - c.x()) + c2 * (b.x() - a.x())) / d);
    const double r = std::hypot(a.x() - centre.x(), a.y() - centre.y());
    return (r - std::hypot(p.x() - centre.x(), p.y() - centre.y())) / r;
}

// Smallest interior angle of the mesh, in degrees.
double smallestAngle(const QList<QPointF> &v, const QList<quint32> &idx)
{
    double smallest = 180.0;
    for (qsizetype t = 0; t + 2 < idx.size(); t += 3) {
        for (int k = 0; k < 3; ++k) {
            const QPointF o = v[idx[t + k]], a = v[idx[t + (k + 1) % 3]], b = v[idx[t + (k + 2) % 3]];
            const QPointF u = a - o, w = b - o;
            const double cosine = QPointF::dotProduct(u, w) / (std::hypot(u.x(), u.y()) * std::hypot(w.x(), w.y()));
            smallest = std::min(smallest, std::acos(std::clamp(cosine, -1.0, 1.0)) * 180.0 / M_PI);
        }
    }
    return smallest;
}

// The worst violation: over every edge two triangles share and that is not a ring edge, how deep
// the far vertex of one triangle lies inside the other's circumcircle (<= 0 everywhere: Delaunay).
double worstViolation(const QList<QPointF> &v, const QList<quint32> &idx, const QSet<quint64> &ringEdges)
{
    QHash<quint64, QList<qsizetype>> users;
    for (qsizetype t = 0; t + 2 < idx.size(); t += 3) {
        for (int k = 0; k < 3; ++k)
            users[DelaunayFlipper::edgeKey(idx[t + k], idx[t + (k + 1) % 3])] << t;
    }
    double worst = -1.0;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() != 2 || ringEdges.contains(it.key()))
            continue;
        const qsizetype t1 = it.value()[0], t2 = it.value()[1];
        for (int k = 0; k < 3; ++k) {
            const quint32 far = idx[t2 + k];
            if (far == idx[t1] || far == idx[t1 + 1] || far == idx[t1 + 2])
                continue;
            if (std::abs(signedArea(v[idx[t1]], v[idx[t1 + 1]], v[idx[t1 + 2]])) < 1e-18)
                continue; // no circle through a triangle without area
            worst = std::max(worst, depthInCircumcircle(v[idx[t1]], v[idx[t1 + 1]], v[idx[t1 + 2]], v[far]));
        }
    }
    return worst;
}

QSet<quint64> ringEdgesOf(quint32 n)
{
    QSet<quint64> edges;
    for (quint32 i = 0; i < n; ++i)
        edges.insert(DelaunayFlipper::edgeKey(i, (i + 1) % n));
    return edges;
}

} // namespace

class TestGeoDelaunay : public QObject
{
    Q_OBJECT
private slots:
    // Ten unit squares in a row, fanned from one corner into slivers: the Delaunay triangles of
    // such a strip each span one square (both diagonals of a square are Delaunay).
    void aFannedStripBecomesOneSquareWide()
    {
        QList<QPointF> v;
        for (int x = 0; x <= 10; ++x)
            v << QPointF(x, 0);
        for (int x = 10; x >= 0; --x)
            v << QPointF(x, 1);
        const quint32 n = quint32(v.size());
        auto top = [](quint32 x) { return 21 - x; }; // index of (x, 1)
        QList<quint32> idx;
        for (quint32 x = 0; x < 10; ++x)
            idx << 0 << top(x + 1) << top(x); // a fan from (0, 0) over the top row
        for (quint32 x = 0; x < 10; ++x)
            idx << top(10) << x << x + 1;     // and one from (10, 1) over the bottom row
        const QSet<quint64> ring = ringEdgesOf(n);
        const double before = smallestAngle(v, idx);
        const int triangles = int(idx.size() / 3);
        QCOMPARE(triangles, 20);
        QVERIFY(DelaunayFlipper::flip(v, idx, ring) > 0);
        QCOMPARE(int(idx.size() / 3), triangles);
        double area = 0.0;
        for (qsizetype t = 0; t < idx.size(); t += 3) {
            const QPointF a = v[idx[t]], b = v[idx[t + 1]], c = v[idx[t + 2]];
            QVERIFY2(signedArea(a, b, c) > 0, "every triangle stays counter-clockwise");
            area += signedArea(a, b, c);
            const double span = std::max({a.x(), b.x(), c.x()}) - std::min({a.x(), b.x(), c.x()});
            QVERIFY2(span <= 1.0 + 1e-12, qPrintable(QStringLiteral("triangle %1 spans %2").arg(t / 3).arg(span)));
        }
        QCOMPARE(area, 10.0);
        QVERIFY(smallestAngle(v, idx) > before);
        QCOMPARE(smallestAngle(v, idx), 45.0);
        QVERIFY(worstViolation(v, idx, ring) <= 1e-12);
    }

    // A U whose slot is narrower than the arms: the Delaunay diagonal across the slot's mouth
    // would leave the polygon, so the ring edges must stay even where a flip looks better.
    void ringEdgesStay()
    {
        const GeoPolygon u{{{0, 0}, {5, 0}, {5, 4}, {3, 4}, {3, 1}, {2, 1}, {2, 4}, {0, 4}}};
        auto mesh = PolygonTriangulator::triangulate(u);
        QVERIFY(mesh.ok());
        const auto &m = mesh.value();
        QSet<quint64> present;
        for (qsizetype t = 0; t < m.indices.size(); t += 3) {
            for (int k = 0; k < 3; ++k)
                present.insert(DelaunayFlipper::edgeKey(m.indices[t + k], m.indices[t + (k + 1) % 3]));
        }
        for (const quint64 edge : ringEdgesOf(quint32(m.vertices.size())))
            QVERIFY2(present.contains(edge), "a ring edge was flipped away");
        double area = 0.0;
        for (qsizetype t = 0; t < m.indices.size(); t += 3)
            area += signedArea(m.vertices[m.indices[t]], m.vertices[m.indices[t + 1]], m.vertices[m.indices[t + 2]]);
        QCOMPARE(area, 20.0 - 3.0);
    }

    // Every triangulated Jeju polygon is locally Delaunay across every inner edge, and no
    // triangle of it is as thin as ear clipping left them.
    void realJejuMeshesAreDelaunay()
    {
        QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/geo/jeju-emd-2018.geojson"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto regions = GeoJsonReader::read(file.readAll());
        QVERIFY(regions.ok());
        int checked = 0;
        for (const GeoRegion &region : regions.value()) {
            for (const GeoPolygon &polygon : region.polygons) {
                if (polygon.size() != 1)
                    continue; // (no holes in this data set)
                auto mesh = PolygonTriangulator::triangulate(polygon);
                QVERIFY(mesh.ok());
                const auto &m = mesh.value();
                if (m.vertices.size() != polygon.first().size())
                    continue; // split at a crossing or cleaned: ring edges are not 0..n-1 there
                const double worst = worstViolation(m.vertices, m.indices, ringEdgesOf(quint32(m.vertices.size())));
                QVERIFY2(worst <= 1e-9, qPrintable(QStringLiteral("%1: a vertex %2 of the radius inside a circumcircle")
                                                       .arg(region.name).arg(worst)));
                ++checked;
            }
        }
        QVERIFY(checked >= 40);
    }
};

QTEST_GUILESS_MAIN(TestGeoDelaunay)
#include "tst_geodelaunay.moc"
