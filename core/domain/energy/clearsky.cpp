// SPDX-License-Identifier: MIT
#include "clearsky.h"

#include "angles.h"
#include "rangecheck.h"

#include <algorithm>
#include <cmath>

namespace et::domain::energy {

Result<ClearSkyIrradiance> ClearSky::ineichenPerez(const IneichenPerezInput &in)
{
    using rangecheck::require;
    if (Status s = require("apparent_zenith", in.apparentZenithDeg, 0, 180, "°"); !s.ok())
        return s.error();
    if (Status s = require("linke_turbidity", in.linkeTurbidity, 1, 10); !s.ok())
        return s.error();
    if (Status s = require("altitude", in.altitudeM, -500, 9000, "m"); !s.ok())
        return s.error();
    if (Status s = require("dni_extra", in.dniExtra, 1000, 1500, "W/m²"); !s.ok())
        return s.error();
    const double cosZenith = std::max(angles::cosd(in.apparentZenithDeg), 0.0);
    if (cosZenith <= 0.0)
        return ClearSkyIrradiance{};
    if (Status s = require("airmass_absolute", in.airMassAbsolute, 0.1, 100); !s.ok())
        return s.error();

    const double tl = in.linkeTurbidity;
    const double am = in.airMassAbsolute;
    const double fh1 = std::exp(-in.altitudeM / 8000.0);
    const double fh2 = std::exp(-in.altitudeM / 1250.0);
    const double cg1 = 5.09e-05 * in.altitudeM + 0.868;
    const double cg2 = 3.92e-05 * in.altitudeM + 0.0387;

    double transmittance = std::exp(-cg2 * am * (fh1 + fh2 * (tl - 1.0)));
    if (in.perezEnhancement)
        transmittance *= std::exp(0.01 * std::pow(am, 1.8));
    ClearSkyIrradiance out;
    out.ghi = cg1 * in.dniExtra * cosZenith * std::max(transmittance, 0.0);
    // The beam: Ineichen & Perez's b = 0.664 + 0.163/fh1 (pvlib PR 808), bounded by their
    // "empirical correction" (Solar Energy 73, 157 and 312) through the global.
    const double b = 0.664 + 0.163 / fh1;
    const double beam = in.dniExtra * std::max(b * std::exp(-0.09 * am * (tl - 1.0)), 0.0);
    const double beamFromGlobal =
        out.ghi * std::clamp((1.0 - (0.1 - 0.2 * std::exp(-tl)) / (0.1 + 0.882 / fh1)) / cosZenith, 0.0, 1e20);
    out.dni = std::min(beam, beamFromGlobal);
    out.dhi = out.ghi - out.dni * cosZenith;
    return out;
}

Result<double> ClearSky::haurwitzGhi(double apparentZenithDeg)
{
    if (Status s = rangecheck::require("apparent_zenith", apparentZenithDeg, 0, 180, "°"); !s.ok())
        return s.error();
    const double cosZenith = angles::cosd(apparentZenithDeg);
    if (cosZenith <= 0.0)
        return 0.0;
    return 1098.0 * cosZenith * std::exp(-0.059 / cosZenith);
}

} // namespace et::domain::energy
