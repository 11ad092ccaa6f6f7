// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

namespace et::map {

/// Turns touch points into map actions, in plain C++ so the rules are testable without a screen:
/// the midpoint of the first two fingers pans (what was under the fingers stays under them), the
/// change of their distance zooms around the midpoint (twice as far apart = one level), and one
/// finger lifted without having moved past the drag distance is a tap.
class TouchGesture
{
public:
    enum class Phase { Begin, Update, End, Cancel };

    struct Step
    {
        QPointF pan;            ///< view movement in pixels, as JejuMap::pan takes it
        double zoomDelta = 0.0; ///< levels, around `anchor`
        QPointF anchor;
        bool tap = false;       ///< a tap at `anchor`
    };

    /// `positions`: the current touch points; `fingersChanged`: a finger went down or up in this
    /// event (the midpoint jumps then, which must not pan); `dragDistance`: the platform's slop.
    Step handle(Phase phase, const QList<QPointF> &positions, bool fingersChanged, double dragDistance);

private:
    QPointF m_start;
    QPointF m_mid;
    double m_distance = 0.0; ///< 0 with one finger
    bool m_moved = false;
};

} // namespace et::map
