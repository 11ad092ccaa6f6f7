// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/typhoontrack.h"

#include <QByteArray>

namespace et::domain::hazard {

/// Reads JMA RSMC Tokyo best tracks in their `bst_all.txt` fixed-width format: a header line per
/// storm (`66666`, international number, number of data lines, name) followed by that many
/// 6-hourly data lines (time `yymmddhh`, grade, latitude and longitude in tenths of a degree,
/// central pressure in hPa, maximum sustained 10-minute wind in knots, and the longest and
/// shortest 50-kt and 30-kt radii in nautical miles with the direction of the longest).
/// Converted to SI: m/s (1 kt = 0.514444 m/s) and km (1 nm = 1.852 km). The direction code of
/// the longest radius (1 NE … 8 N, 9 a circle) is turned into per-quadrant radii by an ASSUMED
/// rule: the radius falls linearly with the angle from the longest direction to the shortest
/// radius opposite it, taken at each quadrant's middle bearing.
///
/// Strict, because an incident is run on what it reads: a header whose count does not match its
/// data lines, a field that is not a number, a time that is not a time or a position off the
/// Earth fail the whole read with the line named. CRLF and LF both.
class JmaBestTrack
{
public:
    static Result<QList<TyphoonTrack>> parse(const QByteArray &text);
};

} // namespace et::domain::hazard
