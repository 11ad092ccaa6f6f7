// SPDX-License-Identifier: MIT
#include "windprofile.h"

#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool usableSpeed(double v) { return std::isfinite(v) && v >= 0.0; }
} // namespace

double WindProfile::powerLaw(double vRef, double zRef, double zHub, double alpha)
{
    if (!usableSpeed(vRef) || !(zRef > 0.0) || !(zHub > 0.0) || !std::isfinite(zRef) || !std::isfinite(zHub)
        || !std::isfinite(alpha))
        return kNaN;
    return vRef * std::pow(zHub / zRef, alpha);
}

double WindProfile::logLaw(double vRef, double zRef, double zHub, double z0)
{
    if (!usableSpeed(vRef) || !(z0 > 0.0) || !(zRef > z0) || !(zHub > z0) || !std::isfinite(zRef) || !std::isfinite(zHub))
        return kNaN;
    return vRef * std::log(zHub / z0) / std::log(zRef / z0);
}

} // namespace et::domain::energy
