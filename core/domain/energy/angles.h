// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <numbers>

/// Degree helpers shared by the solar code: the papers it follows work in degrees, the C library
/// in radians.
namespace et::domain::energy::angles {

inline constexpr double kRadPerDeg = std::numbers::pi / 180.0;
inline constexpr double kDegPerRad = 180.0 / std::numbers::pi;

inline double sind(double degrees) { return std::sin(degrees * kRadPerDeg); }
inline double cosd(double degrees) { return std::cos(degrees * kRadPerDeg); }
inline double tand(double degrees) { return std::tan(degrees * kRadPerDeg); }
inline double asind(double x) { return std::asin(x) * kDegPerRad; }
inline double acosd(double x) { return std::acos(x) * kDegPerRad; }
inline double atan2d(double y, double x) { return std::atan2(y, x) * kDegPerRad; }

/// An angle in [0, 360).
inline double limit360(double degrees)
{
    const double limited = std::fmod(degrees, 360.0);
    return limited < 0.0 ? limited + 360.0 : limited;
}

/// An angle in [−180, 180).
inline double limit180(double degrees)
{
    const double limited = limit360(degrees);
    return limited >= 180.0 ? limited - 360.0 : limited;
}

} // namespace et::domain::energy::angles
