// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QtGlobal>

#include <optional>

namespace et::domain::energy {

/// Where and how the sun's rise, transit and set are wanted.
struct SunEventsSite
{
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;  ///< east positive
    double deltaTSeconds = 0.0; ///< TT − UT (DeltaT::estimateSeconds() when not observed)
    /// Refraction at the horizon; with the sun's radius (0.26667°) it sets the altitude
    /// h0′ = −(0.26667° + 0.5667°) ≈ −0.8333° at which the upper limb touches the horizon.
    double atmosRefractDeg = 0.5667;

    Status validate() const;
};

/// Appendix A.2 of Reda & Andreas for one UT day, in the paper's own terms: fractions of the day
/// counted from 0 UT. `sunrise` and `sunset` are empty when the sun stays above (polarDay) or
/// below the altitude h0′ all day.
struct SunEventsUtDay
{
    double transit = 0.0;
    std::optional<double> sunrise;
    std::optional<double> sunset;
    bool polarDay = false;
    bool polarNight = false;
    double transitAltitudeDeg = 0.0; ///< the sun's altitude at transit, without refraction
};

/// The sunrise, transit and sunset that fall on one local calendar date, as instants
/// (milliseconds since 1970-01-01 UTC). Sunrise or sunset is empty when that date has none.
struct SunEvents
{
    std::optional<qint64> sunriseMs;
    std::optional<qint64> transitMs;
    std::optional<qint64> sunsetMs;
    bool polarDay = false;   ///< no rise or set: the sun stays up
    bool polarNight = false; ///< no rise or set: the sun stays down
};

/// Sunrise, sun transit and sunset by the NREL SPA's appendix A.2 (Reda & Andreas 2003/2008,
/// after Meeus 1998, ch. 15): the geocentric sun at 0 TT of the day before, the day and the day
/// after, interpolated to each event and corrected once. Written from the paper.
class SunriseTransitSunset
{
public:
    /// The paper's algorithm for the UT day that begins at 0 UT of `utDate`.
    static Result<SunEventsUtDay> forUtDay(QDate utDate, const SunEventsSite &site);
    /// A day fraction of forUtDay() on a clock `timezoneHours` ahead of UTC, limited to [0, 24)
    /// hours — the form of the paper's (and NREL's) published sunrise and sunset.
    static double localHour(double dayFraction, double timezoneHours);
    /// The events on the local date `localDate` of a clock `utcOffsetSeconds` ahead of UTC. Each
    /// event comes from the UT day that holds it, so the sun's declination is the one of that
    /// instant (the paper's day-fraction form can mix in the neighbouring day's sunset).
    static Result<SunEvents> forLocalDate(QDate localDate, int utcOffsetSeconds, const SunEventsSite &site);
};

} // namespace et::domain::energy
