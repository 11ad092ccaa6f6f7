// SPDX-License-Identifier: MIT
// Tile math checked against values computed by hand (python3 with the OSM wiki "Slippy map
// tilenames" formula and the MBTiles 1.3 TMS flip), never by calling the code under test.
#include "domain/geo/mapviewport.h"
#include "domain/geo/tilemath.h"

#include <QSet>
#include <QtTest>

using namespace et::domain::geo;

class TestGeoTileMath : public QObject
{
    Q_OBJECT
private slots:
    void jejuCityHall_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("tms");
        // Same XYZ numbers as tst_geowebmercator; tms = 2^z − 1 − y.
        QTest::newRow("z12") << 12 << 3487 << 1643 << 2452;
        QTest::newRow("z15") << 15 << 27901 << 13144 << 19623;
    }
    void jejuCityHall()
    {
        QFETCH(int, zoom);
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(int, tms);
        const TileId t = TileMath::tileAt(33.4996, 126.5312, zoom);
        QCOMPARE(t, (TileId{zoom, x, y}));
        QCOMPARE(TileMath::tmsRow(t), tms);
        QCOMPARE(TileMath::fromTms(zoom, x, tms), t);
    }

    void worldRectOfATile()
    {
        // 3487/4096, 1643/4096 and 1/4096 are exact binary fractions.
        const QRectF r = TileMath::worldRect({12, 3487, 1643});
        QCOMPARE(r.left(), 0.851318359375);
        QCOMPARE(r.top(), 0.401123046875);
        QCOMPARE(r.width(), 0.000244140625);
        QCOMPARE(r.height(), 0.000244140625);
        QCOMPARE(TileMath::worldRect({0, 0, 0}), QRectF(0, 0, 1, 1));
        QVERIFY(TileMath::worldRect({3, 8, 0}).isEmpty());
    }

    void parentAndChildren()
    {
        const TileId t{15, 27901, 13144};
        // 27901 >> 3 = 3487, 13144 >> 3 = 1643: the z12 tile of the same point.
        QCOMPARE(TileMath::parent(t, 3), (TileId{12, 3487, 1643}));
        QCOMPARE(TileMath::parent(t), (TileId{14, 13950, 6572}));
        QCOMPARE(TileMath::parent(t, 0), t);
        const auto kids = TileMath::children({14, 13950, 6572});
        QCOMPARE(kids[0], (TileId{15, 27900, 13144}));
        QCOMPARE(kids[1], (TileId{15, 27901, 13144}));
        QCOMPARE(kids[2], (TileId{15, 27900, 13145}));
        QCOMPARE(kids[3], (TileId{15, 27901, 13145}));
        for (const TileId &k : kids)
            QCOMPARE(TileMath::parent(k), (TileId{14, 13950, 6572}));
        // Round trips over a whole small level: children of a tile are exactly the tiles whose
        // parent it is, and they tile the parent's world rect.
        for (int x = 0; x < 8; ++x)
            for (int y = 0; y < 8; ++y) {
                const TileId p{3, x, y};
                QRectF united;
                for (const TileId &c : TileMath::children(p)) {
                    QCOMPARE(TileMath::parent(c), p);
                    united = united.united(TileMath::worldRect(c));
                }
                QCOMPARE(united, TileMath::worldRect(p));
            }
    }

    void tilesCoveringJejuView()
    {
        // Centre pixel at z12 = (892836.83, 420626.02); a 600×400 view spans x 892536.8…893136.8
        // (tiles 3486…3488) and y 420426.0…420826.0 (tiles 1642…1643).
        const MapViewport view(QGeoCoordinate(33.4996, 126.5312), 12.0, QSizeF(600, 400));
        const QList<TileId> tiles = TileMath::tilesCovering(view, 12);
        QSet<TileId> expected;
        for (int x = 3486; x <= 3488; ++x)
            for (int y = 1642; y <= 1643; ++y)
                expected.insert({12, x, y});
        QCOMPARE(QSet<TileId>(tiles.cbegin(), tiles.cend()), expected);
        QCOMPARE(tiles.size(), expected.size());
        QCOMPARE(tiles.first(), (TileId{12, 3487, 1643})); // the tile under the centre
    }

    void tilesCoveringEqualsBruteForce_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("tileZoom");
        QTest::newRow("z9.5 at z9") << 9.5 << 9;
        QTest::newRow("z11.3 at z12") << 11.3 << 12;
        QTest::newRow("z14 at z14") << 14.0 << 14;
    }
    void tilesCoveringEqualsBruteForce()
    {
        QFETCH(double, zoom);
        QFETCH(int, tileZoom);
        const MapViewport view(QGeoCoordinate(33.38, 126.55), zoom, QSizeF(1024, 700));
        const QRectF visible = view.visibleWorldRect();
        const QList<TileId> tiles = TileMath::tilesCovering(view, tileZoom);
        QSet<TileId> brute;
        const int n = 1 << tileZoom;
        // Every tile near the view whose square overlaps the visible rect with some area.
        const TileId c = TileMath::tileAt(33.38, 126.55, tileZoom);
        for (int x = std::max(0, c.x - 20); x <= std::min(n - 1, c.x + 20); ++x)
            for (int y = std::max(0, c.y - 20); y <= std::min(n - 1, c.y + 20); ++y) {
                const QRectF r(double(x) / n, double(y) / n, 1.0 / n, 1.0 / n);
                const QRectF overlap = r.intersected(visible);
                if (overlap.width() > 0 && overlap.height() > 0)
                    brute.insert({tileZoom, x, y});
            }
        QCOMPARE(QSet<TileId>(tiles.cbegin(), tiles.cend()), brute);
        QCOMPARE(tiles.size(), brute.size());
        // Centre first: distance from the view centre (in tiles) never decreases along the list.
        const QPointF centre = view.centerWorld() * n;
        double previous = -1.0;
        for (const TileId &t : tiles) {
            const double d = std::hypot(t.x + 0.5 - centre.x(), t.y + 0.5 - centre.y());
            QVERIFY2(d >= previous - 1e-12, qPrintable(QStringLiteral("%1/%2").arg(t.x).arg(t.y)));
            previous = d;
        }
    }

    void invalidIdsAreRefused()
    {
        QVERIFY(TileMath::isValid({0, 0, 0}));
        QVERIFY(TileMath::isValid({12, 4095, 4095}));
        QVERIFY(!TileMath::isValid({12, 4096, 0}));
        QVERIFY(!TileMath::isValid({12, 0, -1}));
        QVERIFY(!TileMath::isValid({-1, 0, 0}));
        QVERIFY(!TileMath::isValid({31, 0, 0}));
        QVERIFY(!TileMath::isValid(TileMath::tileAt(qQNaN(), 126.5, 10)));
        QVERIFY(!TileMath::isValid(TileMath::tileAt(33.5, 200.0, 10)));
        QVERIFY(!TileMath::isValid(TileMath::tileAt(33.5, 126.5, -1)));
        QVERIFY(!TileMath::isValid(TileMath::fromTms(3, 0, 8)));
        QCOMPARE(TileMath::tmsRow({3, 9, 0}), -1);
        QVERIFY(!TileMath::isValid(TileMath::parent({3, 1, 1}, 4)));
        QVERIFY(!TileMath::isValid(TileMath::parent({3, 8, 1})));
        for (const TileId &c : TileMath::children({TileMath::kMaxZoom, 0, 0}))
            QVERIFY(!TileMath::isValid(c));
        QVERIFY(TileMath::tilesCovering(MapViewport(QGeoCoordinate(33.4, 126.5), 10, QSizeF()), 10).isEmpty());
        QVERIFY(TileMath::tilesCovering(MapViewport(QGeoCoordinate(33.4, 126.5), 10, QSizeF(100, 100)), 31).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeoTileMath)
#include "tst_geotilemath.moc"
