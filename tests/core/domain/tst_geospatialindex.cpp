// SPDX-License-Identifier: MIT
// The spatial index against a brute-force scan of the same points: 100,000 random points around
// Jeju (fixed seed), 1,000 random queries, before and after moves, removals and insertions.
#include "domain/geo/spatialindex.h"

#include <QRandomGenerator>
#include <QtTest>

#include <limits>

using namespace et::domain::geo;

namespace {

// Jeju island's box in world coordinates (126.15–126.97 E, 33.1–33.6 N, rounded outwards).
constexpr double kX0 = 0.8504, kX1 = 0.8527;
constexpr double kY0 = 0.4008, kY1 = 0.4025;

QPointF randomPoint(QRandomGenerator &rng)
{
    return {kX0 + rng.generateDouble() * (kX1 - kX0), kY0 + rng.generateDouble() * (kY1 - kY0)};
}

int bruteNearest(const QList<QPointF> &pts, const QList<bool> &alive, const QPointF &q, double maxD)
{
    int best = -1;
    double bestD2 = maxD * maxD;
    for (int i = 0; i < pts.size(); ++i) {
        if (!alive[i])
            continue;
        const double dx = pts[i].x() - q.x(), dy = pts[i].y() - q.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 < bestD2 || (d2 == bestD2 && best < 0)) {
            bestD2 = d2;
            best = i;
        }
    }
    return best;
}

QList<int> bruteWithin(const QList<QPointF> &pts, const QList<bool> &alive, const QRectF &r)
{
    QList<int> ids;
    for (int i = 0; i < pts.size(); ++i)
        if (alive[i] && pts[i].x() >= r.left() && pts[i].x() <= r.right() && pts[i].y() >= r.top()
            && pts[i].y() <= r.bottom())
            ids.append(i);
    return ids;
}

} // namespace

class TestGeoSpatialIndex : public QObject
{
    Q_OBJECT

    QList<QPointF> m_points;
    QList<bool> m_alive;
    SpatialIndex m_index;

    void compareQueries(quint32 seed)
    {
        QRandomGenerator rng(seed);
        for (int q = 0; q < 1000; ++q) {
            const QPointF p = randomPoint(rng);
            // Radii from a few pixels at z16 (1e-7) to the whole island, plus unbounded.
            const double radius = q % 10 == 9 ? std::numeric_limits<double>::infinity()
                                              : std::pow(10.0, -7.5 + 4.0 * rng.generateDouble());
            QCOMPARE(m_index.nearest(p, radius), bruteNearest(m_points, m_alive, p, radius));
            const double w = rng.generateDouble() * 2e-5, h = rng.generateDouble() * 2e-5;
            const QRectF r(p, QSizeF(w, h));
            QCOMPARE(m_index.within(r), bruteWithin(m_points, m_alive, r));
        }
        QCOMPARE(m_index.size(), int(m_alive.count(true)));
    }

private slots:
    void init()
    {
        QRandomGenerator rng(20261123);
        m_points.clear();
        for (int i = 0; i < 100000; ++i)
            m_points.append(randomPoint(rng));
        m_alive = QList<bool>(m_points.size(), true);
        m_index.rebuild(m_points);
    }

    void equalsBruteForce()
    {
        QCOMPARE(m_index.size(), 100000);
        compareQueries(7);
    }

    void equalsBruteForceAfterEdits()
    {
        QRandomGenerator rng(99);
        // Trucks drive: 5,000 small moves and 500 long ones, some far off the island.
        for (int k = 0; k < 5500; ++k) {
            const int id = int(rng.bounded(100000));
            const QPointF to = k < 5000 ? m_points[id] + QPointF((rng.generateDouble() - 0.5) * 2e-6,
                                                                 (rng.generateDouble() - 0.5) * 2e-6)
                                        : QPointF(rng.generateDouble(), rng.generateDouble());
            m_points[id] = to;
            m_index.move(id, to);
        }
        for (int k = 0; k < 3000; ++k) {
            const int id = int(rng.bounded(100000));
            m_alive[id] = false;
            m_index.remove(id);
        }
        for (int k = 0; k < 1000; ++k) {
            const QPointF p = randomPoint(rng);
            const int id = int(rng.bounded(100000));
            m_points[id] = p;
            m_alive[id] = true;
            m_index.insert(id, p);
        }
        for (int k = 0; k < 200; ++k) { // ids past the rebuilt range
            m_points.append(randomPoint(rng));
            m_alive.append(true);
            m_index.insert(int(m_points.size() - 1), m_points.last());
        }
        compareQueries(8);
    }

    void wholeWorldQueries()
    {
        const QRectF all(0, 0, 1, 1);
        QCOMPARE(m_index.within(all).size(), 100000);
        m_index.move(5, QPointF(0.01, 0.99)); // far from the others: found by an unbounded search
        QCOMPARE(m_index.nearest(QPointF(0.0, 1.0), std::numeric_limits<double>::infinity()), 5);
        QCOMPARE(m_index.nearest(QPointF(0.0, 1.0), 0.001), -1);
    }

    void badInputIsRefused()
    {
        QCOMPARE(m_index.nearest(QPointF(qQNaN(), 0.4), 1.0), -1);
        QCOMPARE(m_index.nearest(QPointF(0.851, 0.401), -1.0), -1);
        QCOMPARE(m_index.nearest(QPointF(0.851, 0.401), qQNaN()), -1);
        QVERIFY(m_index.within(QRectF(qQNaN(), 0, 1, 1)).isEmpty());
        // A point moved to NaN stops being found and stops counting; an unknown id is ignored.
        m_index.move(42, QPointF(qQNaN(), qQNaN()));
        QCOMPARE(m_index.size(), 99999);
        QVERIFY(!m_index.contains(42));
        QVERIFY(!m_index.within(QRectF(0, 0, 1, 1)).contains(42));
        m_index.remove(-3);
        m_index.remove(1 << 30);
        m_index.insert(-1, QPointF(0.5, 0.5));
        QCOMPARE(m_index.size(), 99999);
        SpatialIndex empty;
        QCOMPARE(empty.nearest(QPointF(0.5, 0.5), 1.0), -1);
        QVERIFY(empty.within(QRectF(0, 0, 1, 1)).isEmpty());
    }

    void coincidentPointsGiveTheSmallestId()
    {
        SpatialIndex index;
        index.rebuild({QPointF(0.3, 0.3), QPointF(0.5, 0.5), QPointF(0.5, 0.5), QPointF(0.5, 0.5)});
        QCOMPARE(index.nearest(QPointF(0.5, 0.5), 0.1), 1);
        index.remove(1);
        QCOMPARE(index.nearest(QPointF(0.5, 0.5), 0.1), 2);
        QCOMPARE(index.within(QRectF(0.4, 0.4, 0.2, 0.2)), (QList<int>{2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestGeoSpatialIndex)
#include "tst_geospatialindex.moc"
