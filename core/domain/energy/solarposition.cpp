// SPDX-License-Identifier: MIT
#include "solarposition.h"

#include "angles.h"
#include "earthperiodicterms.h"
#include "nutation.h"
#include "rangecheck.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace et::domain::energy {

using namespace angles;

namespace {

constexpr double kJ2000 = 2451545.0;
// The sun's apparent radius (degrees) that the paper adds to the refraction for the upper limb.
constexpr double kSunRadiusDeg = 0.26667;

/// The proleptic Gregorian date of day `z` since 1970-01-01 (H. Hinnant's civil_from_days):
/// integer arithmetic, so setTime() and setUnixTime() cost nothing next to the series.
void civilFromDays(long long z, int &year, int &month, int &day)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

/// Eq. 24: the mean obliquity of the ecliptic in arc seconds, U = JME/10 (Laskar's series).
double meanObliquityArcsec(double jme)
{
    static constexpr double c[] = {84381.448, -4680.93, -1.55, 1999.25, -51.38, -249.67, -39.05, 7.12, 27.87, 5.79, 2.45};
    const double u = jme / 10.0;
    double value = 0.0;
    for (int i = 10; i >= 0; --i)
        value = value * u + c[i];
    return value;
}

/// Appendix A.1: the equation of time in minutes, within ±20.
double equationOfTimeMinutes(double jme, double alpha, double deltaPsi, double epsilon)
{
    const double m = 280.4664567
                     + jme * (360007.6982779 + jme * (0.03032028 + jme * (1.0 / 49931.0 + jme * (-1.0 / 15300.0 - jme / 2000000.0))));
    double minutes = 4.0 * limit360(m - 0.0057183 - alpha + deltaPsi * cosd(epsilon));
    if (minutes > 20.0)
        minutes -= 1440.0;
    else if (minutes < -20.0)
        minutes += 1440.0;
    return minutes;
}

/// Steps 3.1–3.10 of the paper: everything up to the geocentric right ascension and declination.
void computeGeocentric(SpaResult &s, double jd, double deltaTSeconds)
{
    // 3.1 Julian day, century and millennium (eqs. 4–8).
    s.jd = jd;
    s.jde = jd + deltaTSeconds / 86400.0;
    s.jc = (s.jd - kJ2000) / 36525.0;
    s.jce = (s.jde - kJ2000) / 36525.0;
    s.jme = s.jce / 10.0;
    // 3.2–3.3 The Earth seen from the sun, then the sun seen from the Earth (eqs. 9–14).
    s.l = EarthPeriodicTerms::heliocentricLongitudeDeg(s.jme);
    s.b = EarthPeriodicTerms::heliocentricLatitudeDeg(s.jme);
    s.r = EarthPeriodicTerms::radiusVectorAu(s.jme);
    s.theta = limit360(s.l + 180.0);
    s.beta = -s.b;
    // 3.4–3.5 Nutation and the true obliquity of the ecliptic (eqs. 15–25).
    const Nutation n = Nutation::at(s.jce);
    s.x0 = n.meanElongationMoonDeg;
    s.x1 = n.meanAnomalySunDeg;
    s.x2 = n.meanAnomalyMoonDeg;
    s.x3 = n.moonArgumentOfLatitudeDeg;
    s.x4 = n.moonAscendingNodeLongitudeDeg;
    s.deltaPsi = n.deltaPsiDeg;
    s.deltaEpsilon = n.deltaEpsilonDeg;
    s.epsilon0 = meanObliquityArcsec(s.jme);
    s.epsilon = s.epsilon0 / 3600.0 + s.deltaEpsilon;
    // 3.6–3.7 Aberration and the apparent sun longitude (eqs. 26–27).
    s.deltaTau = -20.4898 / (3600.0 * s.r);
    s.lambda = s.theta + s.deltaPsi + s.deltaTau;
    // 3.8 Apparent sidereal time at Greenwich (eqs. 28–29).
    s.nu0 = limit360(280.46061837 + 360.98564736629 * (s.jd - kJ2000) + s.jc * s.jc * (0.000387933 - s.jc / 38710000.0));
    s.nu = s.nu0 + s.deltaPsi * cosd(s.epsilon);
    // 3.9–3.10 Geocentric right ascension and declination (eqs. 30–31).
    s.alpha = limit360(atan2d(sind(s.lambda) * cosd(s.epsilon) - tand(s.beta) * sind(s.epsilon), cosd(s.lambda)));
    s.delta = asind(sind(s.beta) * cosd(s.epsilon) + cosd(s.beta) * sind(s.epsilon) * sind(s.lambda));
}

} // namespace

void SpaInput::setTime(const QDateTime &t)
{
    const qint64 offsetS = t.offsetFromUtc();
    const qint64 localMs = t.toMSecsSinceEpoch() + offsetS * 1000;
    const qint64 days = localMs >= 0 ? localMs / 86400000 : -((-localMs + 86399999) / 86400000);
    const qint64 msOfDay = localMs - days * 86400000;
    civilFromDays(days, year, month, day);
    hour = int(msOfDay / 3600000);
    minute = int(msOfDay / 60000 % 60);
    second = double(msOfDay % 60000) / 1000.0;
    timezoneHours = double(offsetS) / 3600.0;
}

void SpaInput::setUnixTime(double unixSeconds)
{
    const double days = std::floor(unixSeconds / 86400.0);
    double secondsOfDay = unixSeconds - days * 86400.0;
    civilFromDays((long long)days, year, month, day);
    hour = int(secondsOfDay / 3600.0);
    secondsOfDay -= hour * 3600.0;
    minute = int(secondsOfDay / 60.0);
    second = secondsOfDay - minute * 60.0;
    timezoneHours = 0.0;
}

double SpaInput::julianDay() const
{
    // Eq. 4. INT truncates towards zero, as the paper says (−8.7 → −8).
    int y = year;
    int m = month;
    if (m <= 2) {
        y -= 1;
        m += 12;
    }
    const double dayWithFraction =
        day + (hour - timezoneHours + (minute + (second + deltaUt1Seconds) / 60.0) / 60.0) / 24.0;
    double jd = std::trunc(365.25 * (y + 4716.0)) + std::trunc(30.6001 * (m + 1)) + dayWithFraction - 1524.5;
    if (jd > 2299160.0) { // the Gregorian calendar, from 1582-10-15
        const double a = std::trunc(y / 100.0);
        jd += 2.0 - a + std::trunc(a / 4.0);
    }
    return jd;
}

Status SpaInput::validate() const
{
    // The ranges the paper gives for its inputs (Reda & Andreas, Table 1 and section 3.1).
    const Status ranges = rangecheck::requireAll({
        {"year", double(year), -2000, 6000, ""},
        {"month", double(month), 1, 12, ""},
        {"day", double(day), 1, 31, ""},
        {"hour", double(hour), 0, 24, "h"},
        {"minute", double(minute), 0, 59, "min"},
        {"second", second, 0, 60, "s"},
        {"timezone", timezoneHours, -18, 18, "h"},
        {"delta_ut1", deltaUt1Seconds, -1, 1, "s"},
        {"delta_t", deltaTSeconds, -8000, 8000, "s"},
        {"latitude", latitudeDeg, -90, 90, "°"},
        {"longitude", longitudeDeg, -180, 180, "°"},
        {"elevation", elevationM, -6500000, 1e7, "m"},
        {"pressure", pressureMbar, 0, 5000, "mbar"},
        {"temperature", temperatureC, -273, 6000, "°C"},
        {"slope", slopeDeg, -360, 360, "°"},
        {"azimuth_rotation", azimuthRotationDeg, -360, 360, "°"},
        {"atmos_refract", atmosRefractDeg, -5, 5, "°"},
    });
    if (!ranges.ok())
        return ranges;
    if (hour == 24 && (minute != 0 || second != 0.0))
        return Error{QStringLiteral("hour"), QStringLiteral("24 only as 24:00:00")};
    return Ok{};
}

GeocentricSun SolarPosition::geocentric(double jd, double deltaTSeconds)
{
    SpaResult s;
    computeGeocentric(s, jd, deltaTSeconds);
    return {s.nu, s.alpha, s.delta};
}

double SolarPosition::incidenceDeg(double zenithDeg, double gammaDeg, double slopeDeg, double azimuthRotationDeg)
{
    // Eq. 48: I = acos(cos θ cos ω + sin ω sin θ cos(Γ − γ)).
    const double c = cosd(zenithDeg) * cosd(slopeDeg) + sind(slopeDeg) * sind(zenithDeg) * cosd(gammaDeg - azimuthRotationDeg);
    return acosd(std::clamp(c, -1.0, 1.0));
}

Result<SpaResult> SolarPosition::compute(const SpaInput &in, Parts parts)
{
    if (const Status valid = in.validate(); !valid.ok())
        return valid.error();

    SpaResult s;
    computeGeocentric(s, in.julianDay(), in.deltaTSeconds);
    // 3.11 Local hour angle, westward from south (eq. 32).
    s.h = limit360(s.nu + in.longitudeDeg - s.alpha);
    // 3.12 Parallax: from the Earth's centre to the observer on the ellipsoid (eqs. 33–40).
    s.xi = 8.794 / (3600.0 * s.r);
    const double u = std::atan(0.99664719 * tand(in.latitudeDeg));
    const double x = std::cos(u) + in.elevationM / 6378140.0 * cosd(in.latitudeDeg);
    const double y = 0.99664719 * std::sin(u) + in.elevationM / 6378140.0 * sind(in.latitudeDeg);
    const double denominator = cosd(s.delta) - x * sind(s.xi) * cosd(s.h);
    s.deltaAlpha = atan2d(-x * sind(s.xi) * sind(s.h), denominator);
    s.alphaPrime = s.alpha + s.deltaAlpha;
    s.deltaPrime = atan2d((sind(s.delta) - y * sind(s.xi)) * cosd(s.deltaAlpha), denominator);
    // 3.13 Topocentric local hour angle (eq. 41).
    s.hPrime = s.h - s.deltaAlpha;
    // 3.14 Topocentric zenith, refraction applied only while the sun's upper limb can be seen
    // (eqs. 42–45; Bennett's formula as the paper gives it).
    s.e0 = asind(sind(in.latitudeDeg) * sind(s.deltaPrime) + cosd(in.latitudeDeg) * cosd(s.deltaPrime) * cosd(s.hPrime));
    if (s.e0 >= -(kSunRadiusDeg + in.atmosRefractDeg))
        s.deltaE = (in.pressureMbar / 1010.0) * (283.0 / (273.0 + in.temperatureC)) * 1.02
                   / (60.0 * tand(s.e0 + 10.3 / (s.e0 + 5.11)));
    s.e = s.e0 + s.deltaE;
    s.zenith = 90.0 - s.e;
    // 3.15 Topocentric azimuth (eqs. 46–47).
    s.astronomersAzimuth = limit360(atan2d(sind(s.hPrime), cosd(s.hPrime) * sind(in.latitudeDeg)
                                                                - tand(s.deltaPrime) * cosd(in.latitudeDeg)));
    s.azimuth = limit360(s.astronomersAzimuth + 180.0);
    if (parts == Parts::All) {
        // 3.16 Incidence on the surface (eq. 48) and the equation of time (A.1).
        s.incidence = incidenceDeg(s.zenith, s.astronomersAzimuth, in.slopeDeg, in.azimuthRotationDeg);
        s.equationOfTimeMinutes = equationOfTimeMinutes(s.jme, s.alpha, s.deltaPsi, s.epsilon);
    }
    return s;
}

} // namespace et::domain::energy
