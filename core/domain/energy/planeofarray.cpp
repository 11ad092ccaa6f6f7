// SPDX-License-Identifier: MIT
#include "planeofarray.h"

#include "angles.h"
#include "rangecheck.h"

#include <algorithm>

namespace et::domain::energy {

using namespace angles;

namespace {

Status validate(const PoaInput &in)
{
    return rangecheck::requireAll({
        {"surface_tilt", in.surfaceTiltDeg, 0, 180},   {"surface_azimuth", in.surfaceAzimuthDeg, -360, 360},
        {"sun_zenith", in.sunZenithDeg, 0, 180},       {"sun_azimuth", in.sunAzimuthDeg, -360, 360},
        {"ghi", in.ghi, 0, 2000},                      {"dni", in.dni, 0, 2000},
        {"dhi", in.dhi, 0, 2000},                      {"dni_extra", in.dniExtra, 1000, 1500},
        {"albedo", in.albedo, 0, 1},
    });
}

/// The components both models share: the beam through the angle of incidence, and the ground's
/// reflection seen by the tilted surface.
PoaIrradiance beamAndGround(const PoaInput &in, double cosAoi)
{
    PoaIrradiance poa;
    poa.aoiDeg = acosd(cosAoi);
    poa.beam = in.dni * std::max(cosAoi, 0.0);
    poa.groundDiffuse = in.ghi * in.albedo * (1.0 - cosd(in.surfaceTiltDeg)) / 2.0;
    return poa;
}

} // namespace

double PlaneOfArray::cosIncidence(double surfaceTiltDeg, double surfaceAzimuthDeg, double sunZenithDeg, double sunAzimuthDeg)
{
    const double c = cosd(surfaceTiltDeg) * cosd(sunZenithDeg)
                     + sind(surfaceTiltDeg) * sind(sunZenithDeg) * cosd(sunAzimuthDeg - surfaceAzimuthDeg);
    return std::clamp(c, -1.0, 1.0);
}

Result<PoaIrradiance> PlaneOfArray::isotropic(const PoaInput &in)
{
    if (Status s = validate(in); !s.ok())
        return s.error();
    PoaIrradiance poa = beamAndGround(in, cosIncidence(in.surfaceTiltDeg, in.surfaceAzimuthDeg, in.sunZenithDeg, in.sunAzimuthDeg));
    poa.skyDiffuse = in.dhi * (1.0 + cosd(in.surfaceTiltDeg)) / 2.0;
    poa.global = poa.beam + poa.skyDiffuse + poa.groundDiffuse;
    return poa;
}

Result<PoaIrradiance> PlaneOfArray::hayDavies(const PoaInput &in)
{
    if (Status s = validate(in); !s.ok())
        return s.error();
    const double cosAoi = cosIncidence(in.surfaceTiltDeg, in.surfaceAzimuthDeg, in.sunZenithDeg, in.sunAzimuthDeg);
    PoaIrradiance poa = beamAndGround(in, cosAoi);
    // 0.01745 = cos 89°: keeps Rb finite with the sun on the horizon (pvlib GH 432).
    const double rb = std::max(cosAoi, 0.0) / std::max(cosd(in.sunZenithDeg), 0.01745);
    const double anisotropy = in.dni / in.dniExtra;
    const double isotropicPart = std::max(in.dhi * (1.0 - anisotropy) * (1.0 + cosd(in.surfaceTiltDeg)) / 2.0, 0.0);
    const double circumsolarPart = std::max(in.dhi * anisotropy * rb, 0.0);
    poa.skyDiffuse = isotropicPart + circumsolarPart;
    poa.global = poa.beam + poa.skyDiffuse + poa.groundDiffuse;
    return poa;
}

} // namespace et::domain::energy
