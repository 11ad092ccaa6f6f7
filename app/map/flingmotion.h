// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

namespace et::map {

/// The glide after a quick drag ("fling"), in plain C++ so its physics are tested without a
/// window: the release velocity is the average over the last kSampleWindowMs of pointer motion (a
/// drag that stopped before release does not fling), and the glide slows exponentially with time
/// constant kTimeConstantMs, like the kinetic scrolling people know from phones, stopping below
/// kStopSpeed.
class FlingMotion
{
public:
    static constexpr double kSampleWindowMs = 80.0;
    static constexpr double kMinSpeed = 250.0;    ///< px/s at release needed to fling at all
    static constexpr double kMaxSpeed = 6000.0;   ///< px/s, so a jerk does not throw Jeju away
    static constexpr double kStopSpeed = 20.0;    ///< px/s
    static constexpr double kTimeConstantMs = 325.0;

    /// A new drag starts: forgets samples and stops any glide.
    void press(const QPointF &position, double timeMs);
    void move(const QPointF &position, double timeMs);
    /// Returns true when the release starts a glide.
    bool release(const QPointF &position, double timeMs);
    void stop() { m_velocity = {}; m_active = false; }
    /// Forgets the samples too (a second finger landed: what follows is a pinch, not a throw).
    void cancel()
    {
        stop();
        m_samples.clear();
    }

    bool isActive() const { return m_active; }
    /// px/s, in the pointer's direction.
    QPointF velocity() const { return m_velocity; }
    /// Advances the glide by dtMs and returns how far the content moves meanwhile (pointer
    /// direction); the glide ends itself when slow enough.
    QPointF step(double dtMs);

private:
    struct Sample
    {
        QPointF position;
        double timeMs;
    };
    QList<Sample> m_samples;
    QPointF m_velocity;
    bool m_active = false;
};

} // namespace et::map
