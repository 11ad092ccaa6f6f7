// SPDX-License-Identifier: MIT
#include "domain/energy/islandsky.h"

#include "domain/energy/airmass.h"
#include "domain/energy/clearsky.h"
#include "domain/energy/deltat.h"
#include "domain/energy/extraterrestrialirradiance.h"
#include "domain/energy/linketurbidity.h"
#include "domain/energy/solarposition.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
/// The sun and clear sky of one instant at one place: the part of a step every scenario shares.
struct ClearAt
{
    qint64 msecs = std::numeric_limits<qint64>::min();
    double latitude = 0.0, longitude = 0.0, elevation = 0.0;
    StepSky sky;
};

StepSky computeClear(const QDateTime &time, const IslandSky::Place &place)
{
    StepSky s;
    SpaInput in;
    in.setUnixTime(double(time.toMSecsSinceEpoch()) / 1000.0);
    const QDate utcDate = time.toUTC().date();
    in.deltaTSeconds = DeltaT::estimateSeconds(utcDate.year(), utcDate.month());
    in.latitudeDeg = place.latitudeDeg;
    in.longitudeDeg = place.longitudeDeg;
    in.elevationM = place.elevationM;
    const auto sun = SolarPosition::compute(in, SolarPosition::Parts::Position);
    if (!sun)
        return s; // an instant outside the SPA's years: night
    s.zenithDeg = sun.value().zenith;
    s.azimuthDeg = sun.value().azimuth;
    const int dayOfYear = time.toOffsetFromUtc(9 * 3600).date().dayOfYear();
    s.dniExtra = ExtraterrestrialIrradiance::fromEarthSunDistanceWm2(sun.value().r);
    const auto relative = AirMass::relativeKastenYoung(s.zenithDeg);
    if (!relative)
        return s;
    IneichenPerezInput clear;
    clear.apparentZenithDeg = s.zenithDeg;
    clear.airMassAbsolute = AirMass::absolute(*relative, AirMass::pressureAtAltitudePa(place.elevationM));
    clear.linkeTurbidity = LinkeTurbidity::jejuForDayOfYear(dayOfYear);
    clear.altitudeM = place.elevationM;
    clear.dniExtra = s.dniExtra;
    if (const auto irradiance = ClearSky::ineichenPerez(clear)) {
        s.ghi = irradiance.value().ghi;
        s.dni = irradiance.value().dni;
        s.dhi = irradiance.value().dhi;
    }
    return s;
}
} // namespace

StepSky IslandSky::clear(const QDateTime &time, const Weather &weather) const
{
    thread_local ClearAt last;
    const qint64 msecs = time.toMSecsSinceEpoch();
    if (last.msecs != msecs || last.latitude != m_place.latitudeDeg || last.longitude != m_place.longitudeDeg
        || last.elevation != m_place.elevationM) {
        last = {msecs, m_place.latitudeDeg, m_place.longitudeDeg, m_place.elevationM, computeClear(time, m_place)};
    }
    StepSky s = last.sky;
    s.weather = weather;
    s.preparePv();
    return s;
}

StepSky IslandSky::at(const QDateTime &time, const Weather &weather) const
{
    StepSky s = clear(time, weather);
    const double k = clearSkyIndex(weather.cloudCover);
    s.ghi *= k;
    s.dni *= k;
    s.dhi *= k;
    s.preparePv();
    return s;
}

double IslandSky::clearSkyIndex(double cloudFraction)
{
    if (std::isnan(cloudFraction))
        return cloudFraction;
    return 1.0 - 0.75 * std::pow(std::clamp(cloudFraction, 0.0, 1.0), 3.4);
}

} // namespace et::domain::energy
