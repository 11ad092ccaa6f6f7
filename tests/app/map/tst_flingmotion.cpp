// SPDX-License-Identifier: MIT
// FlingMotion: release velocity from the last pointer samples, and a glide whose length is the
// closed-form v·τ (independent of the frame rate), with the edge cases of a real mouse.
#include "flingmotion.h"

#include <QtTest>

#include <cmath>

using et::map::FlingMotion;

namespace {

// A drag along x at `speed` px/s with a sample every `everyMs`, for `durationMs`; returns the
// time of the last sample.
double drag(FlingMotion &f, double speed, double everyMs, double durationMs, double startMs = 0.0)
{
    f.press(QPointF(100, 100), startMs);
    double t = startMs;
    for (; t + everyMs <= startMs + durationMs; ) {
        t += everyMs;
        f.move(QPointF(100 + speed * (t - startMs) / 1000.0, 100), t);
    }
    return t;
}

// Glides to the end with steps of dtMs; the total distance moved.
double glide(FlingMotion f, double dtMs)
{
    double total = 0.0;
    for (int i = 0; i < 100000 && f.isActive(); ++i)
        total += f.step(dtMs).x();
    return total;
}

} // namespace

class TestFlingMotion : public QObject
{
    Q_OBJECT
private slots:
    void quickDragFlingsWithItsSpeed()
    {
        FlingMotion f;
        const double t = drag(f, 1000.0, 10.0, 300.0);
        QVERIFY(f.release(QPointF(100 + 1000.0 * (t + 10.0) / 1000.0, 100), t + 10.0));
        QVERIFY(f.isActive());
        QVERIFY2(std::abs(f.velocity().x() - 1000.0) < 1.0, qPrintable(QString::number(f.velocity().x())));
        QCOMPARE(f.velocity().y(), 0.0);
    }

    void glideLengthIsVelocityTimesTimeConstant()
    {
        FlingMotion f;
        const double t = drag(f, 1000.0, 10.0, 300.0);
        QVERIFY(f.release(QPointF(100 + 1000.0 * (t + 10.0) / 1000.0, 100), t + 10.0));
        // ∫ v e^(−t/τ) dt = v τ, less the v_stop τ left when it stops: 325 − 6.5 px.
        const double expected = 1000.0 * FlingMotion::kTimeConstantMs / 1000.0;
        const double tail = FlingMotion::kStopSpeed * FlingMotion::kTimeConstantMs / 1000.0;
        for (const double dt : {1.0, 16.0, 33.0}) {
            const double d = glide(f, dt);
            QVERIFY2(d > expected - tail - 1.0 && d <= expected + 1e-6, qPrintable(QStringLiteral("dt %1: %2").arg(dt).arg(d)));
        }
        // Frame rate does not change the glide by more than a pixel.
        QVERIFY(std::abs(glide(f, 1.0) - glide(f, 33.0)) < 1.0);
    }

    void pausedOrSlowDragDoesNotFling()
    {
        FlingMotion f;
        const double t = drag(f, 1000.0, 10.0, 200.0);
        // The pointer rested 150 ms before the button came up.
        QVERIFY(!f.release(QPointF(100 + 1000.0 * t / 1000.0, 100), t + 150.0));
        QVERIFY(!f.isActive());
        QCOMPARE(f.step(16.0), QPointF());
        // 100 px/s is careful positioning, not a throw.
        const double t2 = drag(f, 100.0, 10.0, 300.0);
        QVERIFY(!f.release(QPointF(100 + 100.0 * (t2 + 10.0) / 1000.0, 100), t2 + 10.0));
        // A press with no motion at all.
        f.press(QPointF(5, 5), 0.0);
        QVERIFY(!f.release(QPointF(5, 5), 0.0));
    }

    void jerkIsCappedAndBadStepsIgnored()
    {
        FlingMotion f;
        f.press(QPointF(0, 0), 0.0);
        f.move(QPointF(0, 400), 5.0);
        QVERIFY(f.release(QPointF(0, 800), 10.0)); // 80,000 px/s
        QVERIFY(std::abs(std::hypot(f.velocity().x(), f.velocity().y()) - FlingMotion::kMaxSpeed) < 1e-6);
        QVERIFY(f.velocity().y() > 0);
        QCOMPARE(f.step(-5.0), QPointF());
        QCOMPARE(f.step(qQNaN()), QPointF());
        QVERIFY(f.isActive());
        // A new press stops the glide at once.
        f.press(QPointF(1, 1), 20.0);
        QVERIFY(!f.isActive());
    }
};

QTEST_GUILESS_MAIN(TestFlingMotion)
#include "tst_flingmotion.moc"
