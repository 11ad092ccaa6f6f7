// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/hourlyvalues.h"
#include "domain/energy/windclimatology.h"

#include <QDate>

#include <array>

namespace et::domain::energy {

/// The simulation's wind climate and its fit to KPX's hourly wind series
/// (docs/energy-calibration.md, "Wind").
///
/// The climate: the mean wind at 100 m on day d and hour h (KST) is
///   v̄(d, h) = (mean + amplitude·cos(2π(d − peakDay)/365.25)) · (1 + diurnal·cos(2π(h − diurnalPeakHour)/24)).
/// KPX's series covers only part of the fleet, and not always the same part, so its MW cannot be
/// compared with the fleet's; its capacity factors can: per coverage period, KPX's energy ÷ (hours
/// × the period's highest hour), the highest hour taken as the covered farms' full output (which
/// overstates their capacity factor a little if they never all ran at their rating at once), and
/// the model's expected fleet output (WindClimatology) ÷ the fleet's highest output. `derive`
/// finds mean, amplitude and peak day by least squares over the twelve monthly capacity factors
/// (a coarse grid, then a fine one around its best), and the diurnal amplitude and peak hour from
/// the shape of KPX's mean day (each hour's mean ÷ the day's mean, over the year).
class WindCalibration
{
public:
    struct Climate
    {
        double meanMs = 0.0;
        double amplitudeMs = 0.0;
        double peakDayOfYear = 0.0;
        double diurnalAmplitude = 0.0;
        double diurnalPeakHour = 15.0;

        double meanAt(int dayOfYear, double hourKst) const;
    };

    struct Result
    {
        Climate climate;
        std::array<double, 12> observedCapacityFactor{};
        std::array<double, 12> modelCapacityFactor{};
        double rms = 0.0;                 ///< of the monthly capacity factors
        std::array<double, 24> observedDiurnal{};
        std::array<double, 24> modelDiurnal{};
        double highestBefore = 0.0;       ///< KPX's highest hour before and after the coverage change
        double highestAfter = 0.0;
    };

    /// `observed`: one calendar year of KPX's hourly wind; its coverage changed on `coverageChange`.
    static Result derive(const HourlyValues &observed, const WindClimatology &fleet, QDate coverageChange);
};

} // namespace et::domain::energy
