// SPDX-License-Identifier: MIT
// Marker clustering: every point in exactly one cluster, counts (total and per kind) that add up,
// members inside one parent cell, the same clusters on every call, and zooming in only splitting.
// Cells are recomputed here from the documented rule (64-px cells at floor(zoom)), not taken
// from the code under test.
#include "domain/geo/markerclusterer.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace et::domain::geo;

namespace {

struct Scene
{
    QList<QPointF> points;
    QStringList kinds;
};

// 20,000 points over Jeju's box plus dense knots (a city, a port), with three kinds.
Scene makeScene()
{
    QRandomGenerator rng(4242);
    Scene s;
    const QStringList kindNames{QStringLiteral("truck"), QStringLiteral("solar"), QStringLiteral("wind")};
    for (int i = 0; i < 20000; ++i) {
        QPointF p(0.8504 + rng.generateDouble() * 0.0023, 0.4008 + rng.generateDouble() * 0.0017);
        if (i % 4 == 0) // a knot around Jeju City
            p = QPointF(0.85147 + (rng.generateDouble() - 0.5) * 4e-5, 0.40114 + (rng.generateDouble() - 0.5) * 4e-5);
        s.points.append(p);
        s.kinds.append(kindNames[int(rng.bounded(3))]);
    }
    return s;
}

QPoint cellOf(const QPointF &world, int zoom)
{
    const double cells = 256.0 * std::exp2(zoom) / 64.0;
    return {int(std::floor(world.x() * cells)), int(std::floor(world.y() * cells))};
}

} // namespace

class TestGeoMarkerClusterer : public QObject
{
    Q_OBJECT
private slots:
    void countsAddUp_data()
    {
        QTest::addColumn<double>("zoom");
        for (double z : {6.0, 9.0, 10.5, 12.0, 14.7, 18.0})
            QTest::newRow(qPrintable(QString::number(z))) << z;
    }
    void countsAddUp()
    {
        QFETCH(double, zoom);
        const Scene s = makeScene();
        const QList<MarkerClusterer::Cluster> clusters = MarkerClusterer::cluster(s.points, s.kinds, zoom);
        QList<int> seen(s.points.size(), 0);
        int total = 0;
        for (const MarkerClusterer::Cluster &c : clusters) {
            QCOMPARE(c.count, int(c.members.size()));
            QVERIFY(c.count > 0);
            total += c.count;
            QHash<QString, int> byKind;
            QPointF sum;
            for (int m : c.members) {
                ++seen[m];
                ++byKind[s.kinds[m]];
                sum += s.points[m];
            }
            QCOMPARE(c.countByKind, byKind);
            const QPointF centroid = sum / c.count;
            QVERIFY(std::abs(c.world.x() - centroid.x()) < 1e-12 && std::abs(c.world.y() - centroid.y()) < 1e-12);
            // The representative is a member and no member is closer to the centroid.
            QVERIFY(c.members.contains(c.representative));
            const QPointF r = s.points[c.representative] - c.world;
            for (int m : c.members) {
                const QPointF d = s.points[m] - c.world;
                QVERIFY(d.x() * d.x() + d.y() * d.y() >= r.x() * r.x() + r.y() * r.y());
            }
        }
        QCOMPARE(total, int(s.points.size()));
        QCOMPARE(seen.count(1), s.points.size()); // every point exactly once
    }

    void membersStayInOneParentCell_data() { countsAddUp_data(); }
    void membersStayInOneParentCell()
    {
        QFETCH(double, zoom);
        const int z = int(std::floor(zoom));
        const Scene s = makeScene();
        const auto clusters = MarkerClusterer::cluster(s.points, {}, zoom);
        QHash<QPoint, int> clusterOfCell;
        for (int i = 0; i < clusters.size(); ++i) {
            QVERIFY(clusters[i].countByKind.isEmpty());
            const QPoint first = cellOf(s.points[clusters[i].members.first()], z);
            for (int m : clusters[i].members) {
                const QPoint cell = cellOf(s.points[m], z);
                // Same parent cell (the 2×2 block), so at most one cell apart either way.
                QCOMPARE(QPoint(cell.x() >> 1, cell.y() >> 1), QPoint(first.x() >> 1, first.y() >> 1));
                // A cell is never split between two clusters.
                const auto it = clusterOfCell.constFind(cell);
                QVERIFY(it == clusterOfCell.constEnd() || *it == i);
                clusterOfCell.insert(cell, i);
            }
        }
    }

    void neighbouringCellsMergeByDistance()
    {
        // At zoom 0 the world is 256 px: four 64-px cells of 0.25 world units per side, parent
        // cells of 0.5. Merge threshold: 32 px = 0.125 world units.
        const auto clusterCount = [](QList<QPointF> pts) {
            return MarkerClusterer::cluster(pts, {}, 0.0).size();
        };
        // 0.01 apart (2.56 px) across a cell border inside one parent: one cluster of two.
        const auto merged = MarkerClusterer::cluster({QPointF(0.245, 0.1), QPointF(0.255, 0.1)}, {}, 0.0);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().count, 2);
        QCOMPARE(merged.first().members, (QList<int>{0, 1}));
        // 0.3 apart (76.8 px) in neighbouring cells: two.
        QCOMPARE(clusterCount({QPointF(0.1, 0.1), QPointF(0.4, 0.1)}), 2);
        // Just under / over the threshold: 0.12 (30.72 px) merges, 0.13 (33.28 px) does not.
        QCOMPARE(clusterCount({QPointF(0.19, 0.3), QPointF(0.31, 0.3)}), 1);
        QCOMPARE(clusterCount({QPointF(0.19, 0.3), QPointF(0.32, 0.3)}), 2);
        // Across a parent-cell border (x = 0.5) cells never merge: that keeps zoom levels nested.
        QCOMPARE(clusterCount({QPointF(0.495, 0.1), QPointF(0.505, 0.1)}), 2);
        // Same cell, far apart inside it: always one cluster.
        QCOMPARE(clusterCount({QPointF(0.01, 0.01), QPointF(0.24, 0.24)}), 1);
    }

    void sameInputSameClusters()
    {
        // Panning changes nothing the clusterer sees; zooming within a level changes nothing either.
        const Scene s = makeScene();
        const auto a = MarkerClusterer::cluster(s.points, s.kinds, 11.1);
        const auto b = MarkerClusterer::cluster(s.points, s.kinds, 11.9);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].members, b[i].members);
            QCOMPARE(a[i].world, b[i].world);
            QCOMPARE(a[i].representative, b[i].representative);
        }
        // Points added far away (another part of the world) leave Jeju's clusters as they were.
        QList<QPointF> more = s.points;
        for (int i = 0; i < 500; ++i)
            more.append(QPointF(0.2 + i * 1e-4, 0.7));
        const auto c = MarkerClusterer::cluster(more, {}, 11.5);
        QList<QList<int>> jeju;
        for (const auto &cl : c)
            if (cl.members.first() < s.points.size())
                jeju.append(cl.members);
        QList<QList<int>> before;
        for (const auto &cl : a)
            before.append(cl.members);
        QCOMPARE(jeju, before);
    }

    void zoomingInOnlySplits()
    {
        const Scene s = makeScene();
        for (int z = 5; z < 17; ++z) {
            const auto coarse = MarkerClusterer::cluster(s.points, {}, z);
            const auto fine = MarkerClusterer::cluster(s.points, {}, z + 1);
            QVERIFY(fine.size() >= coarse.size());
            QList<int> coarseOf(s.points.size(), -1);
            for (int i = 0; i < coarse.size(); ++i)
                for (int m : coarse[i].members)
                    coarseOf[m] = i;
            for (const auto &f : fine)
                for (int m : f.members)
                    QVERIFY2(coarseOf[m] == coarseOf[f.members.first()],
                             qPrintable(QStringLiteral("zoom %1 → %2 regroups point %3").arg(z).arg(z + 1).arg(m)));
        }
    }

    void badInput()
    {
        const QList<QPointF> pts{QPointF(0.3, 0.3), QPointF(qQNaN(), 0.3), QPointF(0.3, qInf()), QPointF(0.31, 0.3)};
        const auto c = MarkerClusterer::cluster(pts, {QStringLiteral("a")}, 3.0); // kinds size differs
        int total = 0;
        for (const auto &cl : c) {
            total += cl.count;
            QVERIFY(cl.countByKind.isEmpty());
            QVERIFY(!cl.members.contains(1) && !cl.members.contains(2));
        }
        QCOMPARE(total, 2);
        // A NaN zoom clusters as zoom 0; a bad cell size as 64 px.
        const auto atZero = MarkerClusterer::cluster(pts, {}, 0.0);
        QCOMPARE(MarkerClusterer::cluster(pts, {}, qQNaN()).size(), atZero.size());
        QCOMPARE(MarkerClusterer::cluster(pts, {}, 0.0, -5.0).size(), atZero.size());
        QVERIFY(MarkerClusterer::cluster({}, {}, 10.0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoMarkerClusterer)
#include "tst_geomarkerclusterer.moc"
