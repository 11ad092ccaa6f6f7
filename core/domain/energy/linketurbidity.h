// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// The Linke turbidity TL (air mass 2) the Ineichen–Perez clear sky needs, for Jeju.
///
/// ASSUMPTION (see docs/energy-model.md, "Linke turbidity for Jeju"): no measured TL series for
/// Jeju is bundled, and the SoDa/Remund et al. (2003) climatology that pvlib reads
/// (LinkeTurbidities.h5) could not be read for 33.4° N 126.5° E here. Jeju's monthly TL is
/// therefore derived from stated monthly estimates of the aerosol optical depth at 550 nm and
/// the precipitable water over the island, through Ineichen's (2008) conversion. The spring
/// maximum is the Asian dust and haze season; the summer one is the monsoon's water vapour.
/// Replace the table when a measured climatology is at hand (the forecast's calibration against
/// KPX clear-day output is the check).
class LinkeTurbidity
{
public:
    /// Ineichen (2008), "Conversion function between the Linke turbidity and the atmospheric
    /// water vapor and aerosol content", Solar Energy 82(11), 1095–1097:
    ///   TL = (3.91·e^(0.689·p0/p)·aod550 + 0.376·ln w + 2 + 0.54·p0/p − 0.5·(p0/p)² + 0.16·(p0/p)³)·0.8662
    /// with p0/p = e^(h/8434.5); the factor 0.8662 expresses TL with Kasten's (1996) Rayleigh
    /// optical thickness, the convention of the SoDa climatology and of Ineichen–Perez (2002).
    /// `waterCm` is the precipitable water in cm.
    static double fromAerosolAndWater(double aod550, double waterCm, double altitudeM = 0.0);

    /// The assumed aerosol optical depth (550 nm) over Jeju in `month` (1…12).
    static double jejuAerosolOpticalDepth(int month);
    /// The assumed precipitable water over Jeju in `month`, cm.
    static double jejuPrecipitableWaterCm(int month);
    /// Jeju's TL for `month` (1…12) at sea level: fromAerosolAndWater() of the two above.
    static double jejuMonthly(int month);
    /// Jeju's TL on `dayOfYear` (1…366): the monthly values placed at mid-month and interpolated
    /// linearly around the year (as pvlib does with the SoDa months), so a forecast has no step
    /// at the turn of a month.
    static double jejuForDayOfYear(double dayOfYear);
};

} // namespace et::domain::energy
