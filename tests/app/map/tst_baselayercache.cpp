// SPDX-License-Identifier: MIT
// The software renderer's picture of the map base: a pan copies it shifted (no painting), and it
// is painted again exactly when it must be — a zoom, new content or colours, a pan past the margin.
#include "baselayercache.h"

#include <QGuiApplication>
#include <QPainter>
#include <QTest>

using et::map::BaseLayerCache;

namespace {
const QColor kSea(0xcf, 0xe2, 0xf0);
const QColor kLand(0xf8, 0xf9, 0xfa);

// A 100 × 100 local-unit square at local (0, 0) – (100, 100).
void paintSquare(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(kLand);
    p.drawRect(QRectF(0, 0, 100, 100));
}

// The colour the cached picture shows at device point `device` when drawn at `at`.
QColor shown(const BaseLayerCache &cache, const QPoint &at, const QPoint &device)
{
    return cache.image().pixelColor(device - at);
}
} // namespace

class TestBaseLayerCache : public QObject
{
    Q_OBJECT
private slots:
    void panCopiesAndKeepsThePictureInPlace()
    {
        BaseLayerCache cache;
        const QRect viewport(0, 0, 400, 300);
        // Local (0,0) at device (50, 40), 2 device px per local unit.
        QTransform t = QTransform::fromScale(2, 2) * QTransform::fromTranslate(50, 40);
        QPoint at = cache.prepare(t, viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 1);
        QVERIFY(!cache.image().hasAlphaChannel()); // over the sea: an opaque blit
        QCOMPARE(shown(cache, at, QPoint(60, 50)), kLand);  // inside the square
        QCOMPARE(shown(cache, at, QPoint(300, 50)), kSea);  // right of it (square ends at x = 250)
        // Pan 30 px right and 12 up: no painting, and the square has moved with the view.
        t = QTransform::fromScale(2, 2) * QTransform::fromTranslate(80, 28);
        at = cache.prepare(t, viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 1);
        QCOMPARE(shown(cache, at, QPoint(85, 30)), kLand);
        QCOMPARE(shown(cache, at, QPoint(75, 30)), kSea);  // left of the square's new edge at x = 80
        QCOMPARE(shown(cache, at, QPoint(275, 200)), kLand);
        QCOMPARE(shown(cache, at, QPoint(285, 200)), kSea);
    }

    void paintsAgainWhenItMust()
    {
        BaseLayerCache cache;
        const QRect viewport(0, 0, 400, 300);
        const QTransform t = QTransform::fromScale(2, 2);
        cache.prepare(t, viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 1);
        // A pan that would leave part of the view without picture.
        cache.prepare(t * QTransform::fromTranslate(BaseLayerCache::kMargin + 1, 0), viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 2);
        // A pan just inside the margin again does not.
        cache.prepare(t * QTransform::fromTranslate(BaseLayerCache::kMargin + 1 - 200, 0), viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 2);
        // A zoom.
        cache.prepare(QTransform::fromScale(2.5, 2.5), viewport, 1, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 3);
        // New content (a disaster area, a new mesh, new colours).
        cache.prepare(QTransform::fromScale(2.5, 2.5), viewport, 2, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 4);
        // A bigger window.
        cache.prepare(QTransform::fromScale(2.5, 2.5), QRect(0, 0, 800, 600), 2, kSea, paintSquare);
        QCOMPARE(cache.paintCount(), 5);
        // Raster tiles below: a transparent picture, painted again.
        const QPoint at = cache.prepare(QTransform::fromScale(2.5, 2.5), QRect(0, 0, 800, 600), 2, Qt::transparent, paintSquare);
        QCOMPARE(cache.paintCount(), 6);
        QVERIFY(cache.image().hasAlphaChannel());
        QCOMPARE(shown(cache, at, QPoint(700, 500)).alpha(), 0);
        QCOMPARE(shown(cache, at, QPoint(10, 10)), kLand);
    }
};

QTEST_MAIN(TestBaseLayerCache)
#include "tst_baselayercache.moc"
