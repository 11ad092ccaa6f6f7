// SPDX-License-Identifier: MIT
#include "sunrisetransitset.h"

#include "angles.h"
#include "rangecheck.h"
#include "solarposition.h"

#include <cmath>

namespace et::domain::energy {

using namespace angles;

namespace {

constexpr double kSunRadiusDeg = 0.26667;
constexpr qint64 kUnixEpochJulianDayNumber = 2440588; // QDate(1970, 1, 1).toJulianDay()

double limitZeroToOne(double value)
{
    const double limited = value - std::floor(value);
    return limited;
}

/// A.2.9: quadratic interpolation of α or δ through the values at 0 TT of days −1, 0 and +1;
/// differences beyond 2° are the 360° wrap of α and are brought back to [0, 1).
double interpolate(const double (&value)[3], double n)
{
    double a = value[1] - value[0];
    double b = value[2] - value[1];
    if (std::abs(a) > 2.0)
        a = limitZeroToOne(a);
    if (std::abs(b) > 2.0)
        b = limitZeroToOne(b);
    const double c = b - a;
    return value[1] + n * (a + b + c * n) / 2.0;
}

/// A.2.13–14: the rise or set time from its approximation m, corrected once for the altitude
/// the sun actually has then.
double riseOrSet(double m, double altitude, double deltaPrime, double latitude, double hPrime, double h0Prime)
{
    return m + (altitude - h0Prime) / (360.0 * cosd(deltaPrime) * cosd(latitude) * sind(hPrime));
}

} // namespace

Status SunEventsSite::validate() const
{
    using rangecheck::require;
    if (Status s = require("latitude", latitudeDeg, -90, 90, "°"); !s.ok())
        return s;
    if (Status s = require("longitude", longitudeDeg, -180, 180, "°"); !s.ok())
        return s;
    if (Status s = require("delta_t", deltaTSeconds, -8000, 8000, "s"); !s.ok())
        return s;
    return require("atmos_refract", atmosRefractDeg, -5, 5, "°");
}

Result<SunEventsUtDay> SunriseTransitSunset::forUtDay(QDate utDate, const SunEventsSite &site)
{
    if (Status s = site.validate(); !s.ok())
        return s.error();
    if (!utDate.isValid() || utDate.year() < -2000 || utDate.year() > 6000)
        return Error{QStringLiteral("date"), QStringLiteral("is not a date in the years -2000…6000")};

    SpaInput midnight;
    midnight.year = utDate.year();
    midnight.month = utDate.month();
    midnight.day = utDate.day();
    const double jd0 = midnight.julianDay();

    // A.2.1 ν at 0 UT; A.2.2 α and δ at 0 TT of the day before, the day, and the day after.
    const double nu = SolarPosition::geocentric(jd0, site.deltaTSeconds).nu;
    double alpha[3];
    double delta[3];
    for (int i = 0; i < 3; ++i) {
        const GeocentricSun sun = SolarPosition::geocentric(jd0 + i - 1, 0.0);
        alpha[i] = sun.alpha;
        delta[i] = sun.delta;
    }

    const double latitude = site.latitudeDeg;
    const double longitude = site.longitudeDeg;
    const double h0Prime = -(kSunRadiusDeg + site.atmosRefractDeg);
    // A.2.3 approximate transit; A.2.4 the local hour angle at which the sun's limb touches h0′.
    const double m0 = (alpha[1] - longitude - nu) / 360.0;
    const double cosH0 = (sind(h0Prime) - sind(latitude) * sind(delta[1])) / (cosd(latitude) * cosd(delta[1]));

    SunEventsUtDay out;
    const bool risesAndSets = std::abs(cosH0) <= 1.0;
    const double h0 = risesAndSets ? acosd(cosH0) : 0.0;
    // A.2.5–6 approximate transit, rise and set as fractions of the day, limited to [0, 1).
    const double m[3] = {limitZeroToOne(m0), limitZeroToOne(m0 - h0 / 360.0), limitZeroToOne(m0 + h0 / 360.0)};
    double hPrime[3];
    double altitude[3];
    double deltaPrime[3];
    for (int i = 0; i < 3; ++i) {
        const double nuI = nu + 360.985647 * m[i];            // A.2.7
        const double n = m[i] + site.deltaTSeconds / 86400.0; // A.2.8
        const double alphaPrime = interpolate(alpha, n);      // A.2.9
        deltaPrime[i] = interpolate(delta, n);
        hPrime[i] = limit180(nuI + longitude - alphaPrime);   // A.2.10
        altitude[i] = asind(sind(latitude) * sind(deltaPrime[i])
                            + cosd(latitude) * cosd(deltaPrime[i]) * cosd(hPrime[i])); // A.2.11
    }
    out.transit = m[0] - hPrime[0] / 360.0; // A.2.12
    out.transitAltitudeDeg = altitude[0];
    if (risesAndSets) {
        out.sunrise = riseOrSet(m[1], altitude[1], deltaPrime[1], latitude, hPrime[1], h0Prime);
        out.sunset = riseOrSet(m[2], altitude[2], deltaPrime[2], latitude, hPrime[2], h0Prime);
    } else {
        // cos H0 < −1: the sun never gets down to h0′; > 1 (or undefined at a pole): never up to it.
        out.polarDay = cosH0 < -1.0 || (std::isnan(cosH0) && altitude[0] > h0Prime);
        out.polarNight = !out.polarDay;
    }
    return out;
}

double SunriseTransitSunset::localHour(double dayFraction, double timezoneHours)
{
    const double hours = 24.0 * limitZeroToOne(dayFraction + timezoneHours / 24.0);
    return hours;
}

Result<SunEvents> SunriseTransitSunset::forLocalDate(QDate localDate, int utcOffsetSeconds, const SunEventsSite &site)
{
    if (Status s = site.validate(); !s.ok())
        return s.error();
    if (!rangecheck::within(utcOffsetSeconds, -18 * 3600, 18 * 3600))
        return rangecheck::outOfRange("utc_offset", utcOffsetSeconds / 3600.0, -18, 18, "h");
    if (!localDate.isValid())
        return Error{QStringLiteral("date"), QStringLiteral("is not a valid date")};

    // The local day as an interval of UT seconds, and every UT day whose events can fall in it
    // (one more on each side: the correction of A.2.13–14 can move an event over 0 UT).
    const qint64 dayIndex = localDate.toJulianDay() - kUnixEpochJulianDayNumber;
    const qint64 startMs = dayIndex * 86400000 - qint64(utcOffsetSeconds) * 1000;
    const qint64 endMs = startMs + 86400000;
    const qint64 firstUtDay = qint64(std::floor(startMs / 86400000.0)) - 1;
    const qint64 lastUtDay = qint64(std::floor((endMs - 1) / 86400000.0)) + 1;

    SunEvents events;
    double noonAltitude = -90.0;
    const auto take = [&](std::optional<qint64> &slot, qint64 utDay, double fraction) {
        const qint64 ms = utDay * 86400000 + qint64(std::llround(fraction * 86400000.0));
        if (ms >= startMs && ms < endMs && !slot)
            slot = ms;
    };
    for (qint64 utDay = firstUtDay; utDay <= lastUtDay; ++utDay) {
        const auto day = forUtDay(QDate::fromJulianDay(utDay + kUnixEpochJulianDayNumber), site);
        if (!day.ok())
            return day.error();
        const SunEventsUtDay &e = day.value();
        const bool hadTransit = events.transitMs.has_value();
        take(events.transitMs, utDay, e.transit);
        if (!hadTransit && events.transitMs)
            noonAltitude = e.transitAltitudeDeg;
        if (e.sunrise)
            take(events.sunriseMs, utDay, *e.sunrise);
        if (e.sunset)
            take(events.sunsetMs, utDay, *e.sunset);
    }
    if (!events.sunriseMs && !events.sunsetMs) {
        events.polarDay = noonAltitude > -(kSunRadiusDeg + site.atmosRefractDeg);
        events.polarNight = !events.polarDay;
    }
    return events;
}

} // namespace et::domain::energy
