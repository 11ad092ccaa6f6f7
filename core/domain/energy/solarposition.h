// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

class QDateTime;

namespace et::domain::energy {

/// The inputs of the NREL Solar Position Algorithm (Reda & Andreas, NREL/TP-560-34302, 2003,
/// rev. 2008; Solar Energy 76(5), 2004, Table 1 and section 3). The instant is a civil date and
/// time on a clock `timezoneHours` ahead of UTC (0 for UTC, −7 for MST, +9 for KST).
struct SpaInput
{
    int year = 2000;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    double second = 0.0;
    double timezoneHours = 0.0;
    /// UT1 − UTC in seconds, |ΔUT1| < 1 (IERS Bulletin A); 0 when unknown costs < 1 s of time.
    double deltaUt1Seconds = 0.0;
    /// TT − UT1 in seconds; DeltaT::estimateSeconds() when the caller has no observed value.
    double deltaTSeconds = 0.0;
    double latitudeDeg = 0.0;   ///< north positive
    double longitudeDeg = 0.0;  ///< east positive
    double elevationM = 0.0;    ///< above mean sea level
    double pressureMbar = 1013.25; ///< annual mean local pressure, for refraction
    double temperatureC = 15.0;    ///< annual mean local temperature, for refraction
    double slopeDeg = 0.0;         ///< surface tilt from the horizontal, for the incidence angle
    /// Surface azimuth rotation, measured from south, positive towards west (the paper's γ).
    double azimuthRotationDeg = 0.0;
    /// Atmospheric refraction at sunrise and sunset (0.5667° is the paper's typical value).
    double atmosRefractDeg = 0.5667;

    /// The instant of `t` on its own clock (its UTC offset becomes timezoneHours).
    void setTime(const QDateTime &t);
    /// The instant `unixSeconds` (seconds since 1970-01-01 UTC) written on a UTC clock. Both
    /// setters write the proleptic Gregorian date; before 1582-10-15 the paper's eq. 4 reads the
    /// fields as a Julian-calendar date, so set them directly there.
    void setUnixTime(double unixSeconds);
    /// The paper's eq. 4 with UT = clock − timezone + ΔUT1 (Gregorian calendar from 1582-10-15).
    double julianDay() const;
    /// Why these inputs are outside the ranges the algorithm is valid for; ok when they are not.
    Status validate() const;
};

/// Every quantity of the SPA, named as in the paper, so a caller (and the tests) can follow it
/// step by step. Angles are in degrees.
struct SpaResult
{
    double jd = 0.0, jc = 0.0, jde = 0.0, jce = 0.0, jme = 0.0; ///< eqs. 4–8
    double l = 0.0;     ///< heliocentric longitude (eq. 12)
    double b = 0.0;     ///< heliocentric latitude
    double r = 0.0;     ///< Earth radius vector, AU
    double theta = 0.0; ///< geocentric longitude Θ (eq. 13)
    double beta = 0.0;  ///< geocentric latitude β (eq. 14)
    double x0 = 0.0, x1 = 0.0, x2 = 0.0, x3 = 0.0, x4 = 0.0; ///< eqs. 15–19
    double deltaPsi = 0.0;     ///< Δψ (eq. 22)
    double deltaEpsilon = 0.0; ///< Δε (eq. 23)
    double epsilon0 = 0.0;     ///< mean obliquity of the ecliptic, arc seconds (eq. 24)
    double epsilon = 0.0;      ///< true obliquity ε (eq. 25)
    double deltaTau = 0.0;     ///< aberration correction Δτ (eq. 26)
    double lambda = 0.0;       ///< apparent sun longitude λ (eq. 27)
    double nu0 = 0.0;          ///< mean sidereal time at Greenwich ν0 (eq. 28)
    double nu = 0.0;           ///< apparent sidereal time at Greenwich ν (eq. 29)
    double alpha = 0.0;        ///< geocentric right ascension α (eq. 30)
    double delta = 0.0;        ///< geocentric declination δ (eq. 31)
    double h = 0.0;            ///< local hour angle H, westward from south (eq. 32)
    double xi = 0.0;           ///< equatorial horizontal parallax ξ (eq. 33)
    double deltaAlpha = 0.0;   ///< parallax in right ascension Δα (eq. 38)
    double alphaPrime = 0.0;   ///< topocentric right ascension α′ (eq. 39)
    double deltaPrime = 0.0;   ///< topocentric declination δ′ (eq. 40)
    double hPrime = 0.0;       ///< topocentric local hour angle H′ (eq. 41)
    double e0 = 0.0;           ///< topocentric elevation without refraction (eq. 42)
    double deltaE = 0.0;       ///< atmospheric refraction correction Δe (eq. 43)
    double e = 0.0;            ///< topocentric elevation with refraction (eq. 44)
    double zenith = 0.0;       ///< topocentric zenith θ, refraction-corrected (eq. 45)
    double astronomersAzimuth = 0.0; ///< Γ, westward from south (eq. 46)
    double azimuth = 0.0;      ///< Φ, eastward from north (eq. 47)
    double incidence = 0.0;    ///< angle between the sun and the surface normal I (eq. 48)
    double equationOfTimeMinutes = 0.0; ///< E (appendix A.1)
};

/// The geocentric sun at an instant: what the sunrise/transit/sunset algorithm (appendix A.2)
/// needs, without the observer.
struct GeocentricSun
{
    double nu = 0.0;    ///< apparent sidereal time at Greenwich, degrees
    double alpha = 0.0; ///< geocentric right ascension, degrees in [0, 360)
    double delta = 0.0; ///< geocentric declination, degrees
};

/// The NREL Solar Position Algorithm (Reda & Andreas 2003/2008), written from the paper: the
/// sun's topocentric zenith and azimuth within ±0.0003° for the years −2000…6000, and the angle
/// of incidence on a tilted surface. Pure and allocation-free on success: the forecast calls it
/// for every step of every site.
class SolarPosition
{
public:
    enum class Parts {
        Position,   ///< zenith and azimuth (the paper's SPA_ZA)
        All,        ///< also the incidence angle and the equation of time (SPA_ZA_INC + EoT)
    };

    /// The full algorithm; an error (never a number) for non-finite or out-of-range inputs.
    static Result<SpaResult> compute(const SpaInput &input, Parts parts = Parts::All);
    /// Steps 3.1–3.10 only: the sun seen from the Earth's centre at Julian day `jd` (UT).
    static GeocentricSun geocentric(double jd, double deltaTSeconds);
    /// The paper's eq. 48 for a sun at `zenithDeg`, astronomers' azimuth `gammaDeg` (from south,
    /// westward) and a surface of `slopeDeg` turned `azimuthRotationDeg` from south (westward).
    static double incidenceDeg(double zenithDeg, double gammaDeg, double slopeDeg, double azimuthRotationDeg);
};

} // namespace et::domain::energy
