// SPDX-License-Identifier: MIT
#include "domain/energy/cloudysky.h"

#include <cmath>

namespace et::domain::energy {

Result<ClearSkyIrradiance> CloudySky::kastenCzeplak(const ClearSkyIrradiance &clear, double apparentZenithDeg, double cloudFraction)
{
    if (!std::isfinite(cloudFraction) || cloudFraction < 0.0 || cloudFraction > 1.0)
        return Error{QStringLiteral("cloud_fraction"), QStringLiteral("must be a number in 0..1")};
    if (!(clear.ghi >= 0.0) || !(clear.dni >= 0.0) || !(clear.dhi >= 0.0) || !std::isfinite(clear.ghi + clear.dni + clear.dhi))
        return Error{QStringLiteral("clear_sky"), QStringLiteral("must be finite and not negative")};
    if (!std::isfinite(apparentZenithDeg))
        return Error{QStringLiteral("zenith"), QStringLiteral("must be a number")};
    ClearSkyIrradiance out;
    const double cosZ = std::cos(apparentZenithDeg * M_PI / 180.0);
    if (clear.ghi <= 0.0 || cosZ <= 0.0)
        return out;
    out.ghi = clear.ghi * (1.0 - kGlobalCoefficient * std::pow(cloudFraction, kGlobalExponent));
    // Under a clear sky keep the clear-sky model's own split; Kasten & Czeplak's 0.3 diffuse
    // fraction at N = 0 is a Hamburg mean that includes haze, which the Linke turbidity covers.
    const double clearDiffuseFraction = clear.dhi / clear.ghi;
    const double cloudDiffuseFraction = kDiffuseBase + kDiffuseCoefficient * cloudFraction * cloudFraction;
    const double diffuseFraction = std::clamp(std::max(clearDiffuseFraction, cloudDiffuseFraction), 0.0, 1.0);
    out.dhi = out.ghi * diffuseFraction;
    out.dni = (out.ghi - out.dhi) / cosZ;
    return out;
}

} // namespace et::domain::energy
