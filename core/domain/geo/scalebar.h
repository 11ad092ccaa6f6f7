// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::domain::geo {

/// Chooses a round scale-bar length (1, 2 or 5 × 10^n metres) that fits in a pixel budget, the way
/// printed maps do, so the reader never has to divide odd numbers.
class ScaleBar
{
public:
    double meters = 0.0;
    double pixels = 0.0;

    /// Longest round length not wider than maxPixels; empty (0, 0) for a non-positive resolution.
    static ScaleBar choose(double metersPerPixel, double maxPixels);
    /// "500 m" or "2 km" (units are SI symbols, not translated).
    QString text() const;
};

} // namespace et::domain::geo
