// SPDX-License-Identifier: MIT
#include "touchgesture.h"

#include <cmath>

namespace et::map {

TouchGesture::Step TouchGesture::handle(Phase phase, const QList<QPointF> &positions, bool fingersChanged,
                                        double dragDistance)
{
    Step step;
    if (phase == Phase::Cancel || positions.isEmpty()) {
        m_distance = 0.0;
        m_moved = true; // a cancelled gesture never ends in a tap
        return step;
    }
    // Only the first two fingers count.
    QPointF mid = positions.at(0);
    double distance = 0.0;
    if (positions.size() >= 2) {
        mid = (positions.at(0) + positions.at(1)) / 2.0;
        const QPointF d = positions.at(0) - positions.at(1);
        distance = std::hypot(d.x(), d.y());
    }
    if (phase == Phase::Begin) {
        m_moved = false;
        m_start = mid;
    } else if (!fingersChanged) {
        m_moved = m_moved || (mid - m_start).manhattanLength() >= dragDistance
            || (distance > 0 && m_distance > 0 && std::abs(distance - m_distance) >= 1.0);
        if (m_moved) {
            step.pan = m_mid - mid;
            if (distance > 0 && m_distance > 0)
                step.zoomDelta = std::log2(distance / m_distance);
        }
    } else {
        m_moved = m_moved || positions.size() > 1; // a second finger makes it a pinch, not a tap
    }
    step.anchor = mid;
    step.tap = phase == Phase::End && !m_moved && positions.size() == 1;
    m_mid = mid;
    m_distance = phase == Phase::End ? 0.0 : distance;
    return step;
}

} // namespace et::map
