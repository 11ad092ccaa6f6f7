// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/typhoontrack.h"

#include <QByteArray>

namespace et::domain::hazard {

/// Reads JTWC best tracks as the bundled CSV has them (`CY,Year,Month,Day,Hour,Lat,Lon,VMax,MSLP,SN,Cat`:
/// 6-hourly position in degrees, 1-minute maximum wind in knots, central pressure in hPa with 0
/// for "not known", the storm number `SN` as yyyynn), one track per `SN`, in time order. JTWC
/// gives no names and no wind radii. Strict like JmaBestTrack: a missing column, a number that
/// is not one, a position off the Earth or a fix out of time order fails with the line named.
class JtwcBestTrack
{
public:
    static Result<QList<TyphoonTrack>> parse(const QByteArray &csv);
};

} // namespace et::domain::hazard
