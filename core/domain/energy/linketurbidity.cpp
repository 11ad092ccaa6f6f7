// SPDX-License-Identifier: MIT
#include "linketurbidity.h"

#include "monthlycycle.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace et::domain::energy {

namespace {

// Jeju, by month (January first). Estimates, not measurements at the site — see the class
// comment and docs/energy-model.md:
// - aerosol optical depth at 550 nm: about 0.2 in the clean, windy winter; 0.3–0.4 in spring
//   with Asian dust and haze carried from the continent (the AERONET site at Gosan, western
//   Jeju, has its maximum from March to June); back to about 0.2 in autumn;
// - precipitable water: about 1 cm in the dry winter monsoon, 4–5 cm in July and August (the
//   Changma and the subtropical high), as reanalyses show over the East China Sea.
constexpr double kAod550[12] = {0.20, 0.23, 0.32, 0.38, 0.36, 0.34, 0.30, 0.26, 0.22, 0.19, 0.19, 0.19};
constexpr double kWaterCm[12] = {1.0, 1.1, 1.5, 2.0, 2.7, 3.8, 5.0, 4.8, 3.7, 2.4, 1.6, 1.1};

int monthIndex(int month)
{
    return std::clamp(month, 1, 12) - 1;
}

} // namespace

double LinkeTurbidity::fromAerosolAndWater(double aod550, double waterCm, double altitudeM)
{
    const double pc = std::exp(altitudeM / 8434.5);
    return (3.91 * std::exp(0.689 * pc) * aod550 + 0.376 * std::log(waterCm) + 2.0 + 0.54 * pc - 0.5 * pc * pc
            + 0.16 * pc * pc * pc)
           * 0.8662;
}

double LinkeTurbidity::jejuAerosolOpticalDepth(int month)
{
    return kAod550[monthIndex(month)];
}

double LinkeTurbidity::jejuPrecipitableWaterCm(int month)
{
    return kWaterCm[monthIndex(month)];
}

double LinkeTurbidity::jejuMonthly(int month)
{
    return fromAerosolAndWater(jejuAerosolOpticalDepth(month), jejuPrecipitableWaterCm(month));
}

double LinkeTurbidity::jejuForDayOfYear(double dayOfYear)
{
    static const std::array<double, 12> monthly = [] {
        std::array<double, 12> out{};
        for (int m = 1; m <= 12; ++m)
            out[size_t(m - 1)] = jejuMonthly(m);
        return out;
    }();
    return MonthlyCycle::at(monthly, dayOfYear);
}

} // namespace et::domain::energy
