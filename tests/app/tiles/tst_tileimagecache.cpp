// SPDX-License-Identifier: MIT
// TileImageCache: decoding happens on a pool thread, the nearest ancestor stands in with the right
// sub-rectangle, memory is bounded least-recently-used, and a clear() drops late decodes.
#include "mbtilesfixture.h"
#include "tileimagecache.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using et::domain::geo::TileId;
using et::map::TileImageCache;

using et::test::solidPng;

class TestTileImageCache : public QObject
{
    Q_OBJECT

private slots:
    void decodesOffTheGuiThread()
    {
        TileImageCache cache;
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        const TileId id{12, 3487, 1643};
        cache.insertEncoded(id, solidPng(Qt::red));
        QVERIFY(cache.isPending(id));
        QVERIFY(!cache.contains(id));
        QVERIFY(decoded.wait(5000));
        QCOMPARE(decoded.at(0).at(0).value<TileId>(), id);
        QVERIFY(cache.lastDecodeThread() != nullptr);
        QVERIFY(cache.lastDecodeThread() != QThread::currentThreadId());
        QVERIFY(!cache.isPending(id));
        const auto piece = cache.bestAvailable(id);
        QVERIFY(piece.has_value());
        QVERIFY(piece->exact);
        QCOMPARE(piece->sourceRect, QRectF(0, 0, 256, 256));
        QCOMPARE(piece->image.pixelColor(100, 100), QColor(Qt::red));
    }

    // Opaque tiles (even from a PNG with an alpha channel) are drawn without blending; a tile
    // with transparent pixels keeps them.
    void opaqueTilesLoseTheirAlphaChannel()
    {
        TileImageCache cache;
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        const TileId opaque{10, 871, 410}, seeThrough{10, 872, 410};
        QImage holes(256, 256, QImage::Format_ARGB32);
        holes.fill(Qt::blue);
        holes.setPixelColor(10, 10, QColor(0, 0, 255, 0));
        QByteArray holesPng;
        QBuffer buffer(&holesPng);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && holes.save(&buffer, "PNG"));
        cache.insertEncoded(opaque, solidPng(Qt::red)); // written from an ARGB32 image: RGBA PNG
        cache.insertEncoded(seeThrough, holesPng);
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 2, 5000);
        const QImage o = cache.bestAvailable(opaque)->image;
        QVERIFY(!o.hasAlphaChannel());
        QCOMPARE(o.pixelColor(5, 5), QColor(Qt::red));
        const QImage t = cache.bestAvailable(seeThrough)->image;
        QVERIFY(t.hasAlphaChannel());
        QCOMPARE(t.pixelColor(10, 10).alpha(), 0);
        QCOMPARE(t.pixelColor(11, 10), QColor(Qt::blue));
    }

    // 12/3487/1643 is cell (3, 3) of the 4 × 4 cells of its zoom-10 ancestor 10/871/410
    // (3487 = 4·871 + 3, 1643 = 4·410 + 3): 64-pixel cells, so the part at (192, 192).
    void ancestorStandsInWithItsSubRect()
    {
        TileImageCache cache;
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        QVERIFY(!cache.bestAvailable(TileId{12, 3487, 1643}).has_value());
        cache.insertEncoded(TileId{10, 871, 410}, solidPng(Qt::green));
        QVERIFY(decoded.wait(5000));
        const auto piece = cache.bestAvailable(TileId{12, 3487, 1643});
        QVERIFY(piece.has_value());
        QVERIFY(!piece->exact);
        QCOMPARE(piece->sourceRect, QRectF(192, 192, 64, 64));
        QCOMPARE(piece->image.pixelColor(200, 200), QColor(Qt::green));
        // A nearer ancestor wins: 11/1743/821 holds 12/3487/1643 in its cell (1, 1).
        cache.insertEncoded(TileId{11, 1743, 821}, solidPng(Qt::blue));
        QVERIFY(decoded.wait(5000));
        const auto nearer = cache.bestAvailable(TileId{12, 3487, 1643});
        QVERIFY(nearer.has_value());
        QCOMPARE(nearer->sourceRect, QRectF(128, 128, 128, 128));
        QCOMPARE(nearer->image.pixelColor(130, 130), QColor(Qt::blue));
        // Not the ancestor of a tile elsewhere.
        QVERIFY(!cache.bestAvailable(TileId{12, 3000, 1643}).has_value());
    }

    void childrenCoverAParent()
    {
        TileImageCache cache;
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        const TileId parent{11, 1743, 821};
        for (int i = 0; i < 3; ++i)
            cache.insertEncoded(TileId{12, 3486 + i % 2, 1642 + i / 2}, solidPng(Qt::yellow, 8));
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 3, 5000);
        QVERIFY(!cache.childrenCover(parent));
        cache.insertEncoded(TileId{12, 3487, 1643}, solidPng(Qt::yellow, 8));
        QVERIFY(decoded.wait(5000));
        QVERIFY(cache.childrenCover(parent));
    }

    void leastRecentlyUsedWithinTheBudget()
    {
        const qint64 one = 256 * 256 * 4;
        TileImageCache cache(2 * one + one / 2);
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        const TileId a{10, 1, 1}, b{10, 2, 2}, c{10, 3, 3};
        cache.insertEncoded(a, solidPng(Qt::red));
        QVERIFY(decoded.wait(5000));
        cache.insertEncoded(b, solidPng(Qt::green));
        QVERIFY(decoded.wait(5000));
        QVERIFY(cache.bestAvailable(a).has_value()); // a is used again: b is now the oldest
        cache.insertEncoded(c, solidPng(Qt::blue));
        QVERIFY(decoded.wait(5000));
        QVERIFY(cache.contains(a));
        QVERIFY(!cache.contains(b));
        QVERIFY(cache.contains(c));
        QVERIFY(cache.usedBytes() <= cache.maxBytes());
    }

    void corruptBytesAreReportedAndNotCached()
    {
        TileImageCache cache;
        QSignalSpy failed(&cache, &TileImageCache::decodeFailed);
        const TileId id{10, 871, 410};
        QByteArray broken = solidPng(Qt::red).left(60); // a PNG cut short
        cache.insertEncoded(id, broken);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("10/871/410")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!cache.contains(id));
        QVERIFY(!cache.isPending(id));
        QVERIFY(!cache.bestAvailable(id).has_value());
    }

    void clearDropsDecodesInFlight()
    {
        TileImageCache cache;
        QSignalSpy decoded(&cache, &TileImageCache::decoded);
        const TileId id{10, 871, 410};
        cache.insertEncoded(id, solidPng(Qt::red, 1024));
        cache.clear();
        QVERIFY(!cache.isPending(id));
        QVERIFY(!decoded.wait(500));
        QVERIFY(!cache.contains(id));
    }
};

QTEST_MAIN(TestTileImageCache)
#include "tst_tileimagecache.moc"
