// SPDX-License-Identifier: MIT
#include "flingmotion.h"

#include <cmath>

namespace et::map {

void FlingMotion::press(const QPointF &position, double timeMs)
{
    stop();
    m_samples = {{position, timeMs}};
}

void FlingMotion::move(const QPointF &position, double timeMs)
{
    m_samples.append({position, timeMs});
    // Keep only what the velocity window needs (plus the sample just before it).
    while (m_samples.size() > 2 && m_samples[1].timeMs < timeMs - kSampleWindowMs)
        m_samples.removeFirst();
}

bool FlingMotion::release(const QPointF &position, double timeMs)
{
    move(position, timeMs);
    m_active = false;
    m_velocity = {};
    if (m_samples.size() < 2)
        return false;
    // The oldest sample inside the window: motion before it is history, not the throw.
    qsizetype first = m_samples.size() - 1;
    while (first > 0 && m_samples[first - 1].timeMs >= timeMs - kSampleWindowMs)
        --first;
    const Sample &a = m_samples[first];
    const double dt = timeMs - a.timeMs;
    if (first == m_samples.size() - 1 || dt <= 0.0)
        return false;
    QPointF v = (position - a.position) / (dt / 1000.0);
    const double speed = std::hypot(v.x(), v.y());
    if (!std::isfinite(speed) || speed < kMinSpeed)
        return false;
    if (speed > kMaxSpeed)
        v *= kMaxSpeed / speed;
    m_velocity = v;
    m_active = true;
    return true;
}

QPointF FlingMotion::step(double dtMs)
{
    if (!m_active || !(dtMs > 0.0))
        return {};
    // Exact integral of v·e^(−t/τ) over the step, so the glide length does not depend on the
    // frame rate: v·τ·(1 − e^(−dt/τ)).
    const double decay = std::exp(-dtMs / kTimeConstantMs);
    const QPointF moved = m_velocity * (kTimeConstantMs / 1000.0) * (1.0 - decay);
    m_velocity *= decay;
    if (std::hypot(m_velocity.x(), m_velocity.y()) < kStopSpeed)
        stop();
    return moved;
}

} // namespace et::map
