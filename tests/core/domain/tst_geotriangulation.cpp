// SPDX-License-Identifier: MIT
// Ear clipping: synthetic shapes with known areas and the real 43 Jeju eup/myeon/dong polygons.
// A correct triangulation of a polygon covers it exactly: every triangle keeps the outer ring's
// orientation, every triangle's centroid lies inside the polygon, and the areas add up to the
// shoelace area (computed by this test's own code).
#include "domain/geo/geojsonreader.h"
#include "domain/geo/polygontriangulator.h"
#include "domain/geo/regionmesh.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace et::domain::geo;

namespace {

// Relative to the first vertex: with lon/lat near (126, 33) the plain products lose ~1e-13 each.
double shoelace(const GeoRing &r)
{
    double s = 0.0;
    for (qsizetype i = 0; i < r.size(); ++i) {
        const QPointF a = r[i] - r[0], b = r[(i + 1) % r.size()] - r[0];
        s += a.x() * b.y() - b.x() * a.y();
    }
    return s / 2.0;
}

double polygonArea(const GeoPolygon &p)
{
    double a = std::abs(shoelace(p.first()));
    for (qsizetype i = 1; i < p.size(); ++i)
        a -= std::abs(shoelace(p[i]));
    return a;
}

// Even-odd crossing test over all rings.
bool insidePolygon(const QPointF &pt, const GeoPolygon &p)
{
    bool in = false;
    for (const GeoRing &r : p) {
        for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            if ((r[i].y() > pt.y()) != (r[j].y() > pt.y())
                && pt.x() < (r[j].x() - r[i].x()) * (pt.y() - r[i].y()) / (r[j].y() - r[i].y()) + r[i].x())
                in = !in;
        }
    }
    return in;
}

bool ringCrossesItself(const GeoRing &r)
{
    auto side = [](QPointF o, QPointF a, QPointF b) {
        const double v = (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
        return (v > 0) - (v < 0);
    };
    const qsizetype n = r.size();
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype k = i + 2; k < n; ++k) {
            if (i == 0 && k == n - 1)
                continue;
            const QPointF a = r[i], b = r[i + 1], c = r[k], d = r[(k + 1) % n];
            if (side(c, d, a) * side(c, d, b) < 0 && side(a, b, c) * side(a, b, d) < 0)
                return true;
        }
    }
    return false;
}

// Area that an even-odd fill covers, by midpoint integration over horizontal slices.
double evenOddArea(const GeoPolygon &p, int slices)
{
    double lo = p.first().first().y(), hi = lo;
    for (const GeoRing &r : p)
        for (const QPointF &q : r)
            lo = std::min(lo, q.y()), hi = std::max(hi, q.y());
    const double dy = (hi - lo) / slices;
    double area = 0.0;
    for (int s = 0; s < slices; ++s) {
        const double y = lo + (s + 0.5) * dy;
        QList<double> xs;
        for (const GeoRing &r : p) {
            for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++) {
                if ((r[i].y() > y) != (r[j].y() > y))
                    xs << r[i].x() + (y - r[i].y()) * (r[j].x() - r[i].x()) / (r[j].y() - r[i].y());
            }
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype k = 0; k + 1 < xs.size(); k += 2)
            area += (xs[k + 1] - xs[k]) * dy;
    }
    return area;
}

// Returns an empty string when the triangulation covers the polygon, else what is wrong.
QString checkCovers(const GeoPolygon &polygon, const PolygonTriangulator::Mesh &mesh, bool checkCentroids)
{
    if (mesh.indices.size() % 3 != 0)
        return QStringLiteral("index count not a multiple of 3");
    double sum = 0.0;
    for (qsizetype t = 0; t < mesh.indices.size(); t += 3) {
        const QPointF a = mesh.vertices[mesh.indices[t]], b = mesh.vertices[mesh.indices[t + 1]],
                      c = mesh.vertices[mesh.indices[t + 2]];
        const double signedArea = ((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())) / 2.0;
        if (signedArea < -1e-15)
            return QStringLiteral("triangle %1 is flipped").arg(t / 3);
        sum += signedArea;
        if (checkCentroids && signedArea > 1e-12 && !insidePolygon((a + b + c) / 3.0, polygon))
            return QStringLiteral("triangle %1 lies outside the polygon").arg(t / 3);
    }
    const bool crossing = polygon.size() == 1 && ringCrossesItself(polygon.first());
    const double expected = crossing ? evenOddArea(polygon, 20000) : polygonArea(polygon);
    const double tolerance = crossing ? 1e-4 : 1e-9;
    if (std::abs(sum - expected) > tolerance * expected + 1e-15)
        return QStringLiteral("area %1 != shoelace %2").arg(sum, 0, 'g', 17).arg(expected, 0, 'g', 17);
    return {};
}

GeoRing square(double x, double y, double side, bool ccw)
{
    GeoRing r{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}};
    if (!ccw)
        std::reverse(r.begin(), r.end());
    return r;
}

} // namespace

class TestGeoTriangulation : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data()
    {
        QTest::addColumn<GeoPolygon>("polygon");
        QTest::addColumn<int>("triangles");
        QTest::newRow("square ccw") << GeoPolygon{square(0, 0, 10, true)} << 2;
        QTest::newRow("square cw") << GeoPolygon{square(0, 0, 10, false)} << 2;
        QTest::newRow("L shape") << GeoPolygon{{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}}} << 4;
        QTest::newRow("comb") << GeoPolygon{{{0, 0}, {5, 0}, {5, 3}, {4, 3}, {4, 1}, {3, 1}, {3, 3}, {2, 3}, {2, 1},
                                             {1, 1}, {1, 3}, {0, 3}}}
                              << 10;
        QTest::newRow("collinear run") << GeoPolygon{{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 3}, {0, 3}}} << -1;
        QTest::newRow("square with hole") << GeoPolygon{square(0, 0, 10, true), square(4, 4, 2, true)} << -1;
        QTest::newRow("two holes") << GeoPolygon{square(0, 0, 10, false), square(1, 1, 2, true), square(6, 5, 3, false)}
                                   << -1;
        QTest::newRow("bow-tie") << GeoPolygon{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}} << 2;
        QTest::newRow("hole on the ray to a vertex")
            << GeoPolygon{{{0, 0}, {10, 0}, {10, 5}, {8, 5}, {8, 7}, {10, 7}, {10, 10}, {0, 10}}, square(2, 4, 2, true)}
            << -1;
    }
    void shapes()
    {
        QFETCH(GeoPolygon, polygon);
        QFETCH(int, triangles);
        auto mesh = PolygonTriangulator::triangulate(polygon);
        QVERIFY2(mesh.ok(), qPrintable(mesh.ok() ? QString() : mesh.error().toString()));
        const QString problem = checkCovers(polygon, mesh.value(), true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (triangles >= 0)
            QCOMPARE(mesh.value().indices.size(), triangles * 3);
    }

    void rejectsDegenerateRings()
    {
        auto tooFew = PolygonTriangulator::triangulate(GeoPolygon{{{0, 0}, {1, 1}, {1, 1}}});
        QVERIFY(!tooFew.ok());
        QVERIFY(tooFew.error().toString().contains(QLatin1String("fewer than 3")));
        auto flat = PolygonTriangulator::triangulate(GeoPolygon{{{0, 0}, {1, 1}, {2, 2}}});
        QVERIFY(!flat.ok());
        QVERIFY(flat.error().toString().contains(QLatin1String("no area")));
        QVERIFY(!PolygonTriangulator::triangulate(GeoPolygon{}).ok());
    }

    void realJejuPolygonsAreCovered()
    {
        QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/geo/jeju-emd-2018.geojson"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto regions = GeoJsonReader::read(file.readAll());
        QVERIFY2(regions.ok(), qPrintable(regions.ok() ? QString() : regions.error().toString()));
        QCOMPARE(regions.value().size(), 43);
        int polygons = 0;
        int crossingRings = 0;
        for (const GeoRegion &region : regions.value()) {
            for (const GeoPolygon &polygon : region.polygons) {
                auto mesh = PolygonTriangulator::triangulate(polygon);
                QVERIFY2(mesh.ok(), qPrintable(region.name));
                const QString problem = checkCovers(polygon, mesh.value(), true);
                QVERIFY2(problem.isEmpty(), qPrintable(region.name + QStringLiteral(": ") + problem));
                ++polygons;
                crossingRings += ringCrossesItself(polygon.first()) ? 1 : 0;
            }
        }
        QVERIFY(polygons >= 43);
        QVERIFY(crossingRings >= 1); // 성산읍 has one ring that crosses itself

        // The projected mesh keeps the same coverage, now in world units.
        auto mesh = RegionMesh::build(regions.value());
        QVERIFY(mesh.ok());
        double expected = 0.0;
        for (const GeoRing &r : mesh.value().worldRings) // no holes in this data set
            expected += ringCrossesItself(r) ? evenOddArea(GeoPolygon{r}, 20000) : std::abs(shoelace(r));
        QVERIFY(std::abs(mesh.value().triangleArea() - expected) < 1e-7 * expected);
        QCOMPARE(mesh.value().labels.size(), 43);
        QCOMPARE(mesh.value().regionCount, 43);
        // 12 eup/myeon on Jeju (Hallim, Aewol, Gujwa, Jocheon, Hangyeong, Chuja, Udo, Daejeong,
        // Namwon, Seongsan, Andeok, Pyoseon); the rest are dongs.
        int major = 0;
        for (const RegionLabel &l : mesh.value().labels)
            major += l.major ? 1 : 0;
        QCOMPARE(major, 12);
        QVERIFY(mesh.value().bounds.south() > 33.1 && mesh.value().bounds.north() < 34.02);
    }
};

QTEST_GUILESS_MAIN(TestGeoTriangulation)
#include "tst_geotriangulation.moc"
