// SPDX-License-Identifier: MIT
// TouchGesture: taps, drags, pinches and cancels turned into pan/zoom/tap steps, without a screen.
#include "touchgesture.h"

#include <QtTest>

using et::map::TouchGesture;
using Phase = TouchGesture::Phase;

class TestTouchGesture : public QObject
{
    Q_OBJECT
private slots:
    void tapIsATap()
    {
        TouchGesture g;
        g.handle(Phase::Begin, {{100, 100}}, true, 10);
        QVERIFY(g.handle(Phase::Update, {{103, 102}}, false, 10).pan.isNull()); // within the slop
        const auto end = g.handle(Phase::End, {{103, 102}}, true, 10);
        QVERIFY(end.tap);
        QCOMPARE(end.anchor, QPointF(103, 102));
    }

    void dragPansWithTheFinger()
    {
        TouchGesture g;
        g.handle(Phase::Begin, {{100, 100}}, true, 10);
        const auto first = g.handle(Phase::Update, {{120, 90}}, false, 10);
        QCOMPARE(first.pan, QPointF(-20, 10)); // the view moves opposite to the finger
        const auto second = g.handle(Phase::Update, {{125, 95}}, false, 10);
        QCOMPARE(second.pan, QPointF(-5, -5));
        QCOMPARE(second.zoomDelta, 0.0);
        QVERIFY(!g.handle(Phase::End, {{125, 95}}, true, 10).tap);
    }

    void pinchZoomsByDistanceRatio()
    {
        TouchGesture g;
        g.handle(Phase::Begin, {{100, 100}, {200, 100}}, true, 10);
        const auto out = g.handle(Phase::Update, {{50, 100}, {250, 100}}, false, 10);
        QCOMPARE(out.zoomDelta, 1.0);
        QCOMPARE(out.anchor, QPointF(150, 100));
        QVERIFY(out.pan.isNull()); // the midpoint did not move
        const auto in = g.handle(Phase::Update, {{100, 100}, {200, 100}}, false, 10);
        QCOMPARE(in.zoomDelta, -1.0);
    }

    void secondFingerDoesNotJumpOrTap()
    {
        TouchGesture g;
        g.handle(Phase::Begin, {{100, 100}}, true, 10);
        // A second finger lands: the midpoint jumps by 50 px, which must not pan.
        const auto landed = g.handle(Phase::Update, {{100, 100}, {200, 100}}, true, 10);
        QVERIFY(landed.pan.isNull());
        QCOMPARE(landed.zoomDelta, 0.0);
        g.handle(Phase::Update, {{100, 100}}, true, 10); // and lifts again
        QVERIFY(!g.handle(Phase::End, {{100, 100}}, true, 10).tap);
    }

    void cancelEndsWithoutTap()
    {
        TouchGesture g;
        g.handle(Phase::Begin, {{100, 100}}, true, 10);
        g.handle(Phase::Cancel, {}, false, 10);
        QVERIFY(!g.handle(Phase::End, {{100, 100}}, true, 10).tap);
    }
};

QTEST_GUILESS_MAIN(TestTouchGesture)
#include "tst_touchgesture.moc"
