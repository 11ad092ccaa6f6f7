// SPDX-License-Identifier: MIT
#pragma once

#include <array>

namespace et::domain::energy {

/// A quantity known by month, read on any day: each month's value sits at its middle day (a
/// 365-day year: 15.5, 45, 74.5, …) and the days between are linear, around the turn of the year
/// too (as pvlib reads the SoDa Linke turbidity months), so a model fed by it has no step at the
/// turn of a month.
class MonthlyCycle
{
public:
    /// `monthly[0]` is January; `dayOfYear` 1…366 (clamped).
    static double at(const std::array<double, 12> &monthly, double dayOfYear);
};

} // namespace et::domain::energy
