// SPDX-License-Identifier: MIT
#include "pvsite.h"

#include "rangecheck.h"

namespace et::domain::energy {

Status PvSite::validate() const
{
    const Status ranges = rangecheck::requireAll({
        {"latitude", latitudeDeg, -90, 90, "°"},
        {"longitude", longitudeDeg, -180, 180, "°"},
        {"elevation", elevationM, -500, 9000, "m"},
        {"tilt", tiltDeg, 0, 180, "°"},
        {"azimuth", azimuthDeg, 0, 360, "°"},
        {"kwp", kWp, 0, 1e7, "kW"},
        {"inverter_kw", inverterKw, 0, 1e7, "kW"},
        {"albedo", albedo, 0, 1, ""},
        {"gamma", gammaPerK, -0.02, 0.0, "1/K"},
        {"faiman_u0", faimanU0, 1, 100, "W/(m²·K)"},
        {"faiman_u1", faimanU1, 0, 50, "W·s/(m³·K)"},
        {"inverter_efficiency", inverterNominalEfficiency, 0.5, 1.0, ""},
        {"loss_fraction", lossFraction, 0, 0.9, ""},
    });
    if (!ranges.ok())
        return ranges;
    if (kWp > 0.0 && inverterKw <= 0.0)
        return Error{QStringLiteral("inverter_kw"), QStringLiteral("must be positive for a plant with modules")};
    return Ok{};
}

} // namespace et::domain::energy
