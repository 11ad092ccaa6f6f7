// SPDX-License-Identifier: MIT
#include "domain/hazard/typhoonwindfield.h"

#include "domain/geo/geodesy.h"

#include <cmath>
#include <numbers>

namespace et::domain::hazard {

namespace {
double meanRadius(const WindRadii &r)
{
    return (r.km[0] + r.km[1] + r.km[2] + r.km[3]) / 4.0;
}
} // namespace

Result<HollandWindProfile> TyphoonWindField::profileOf(const TrackPoint &fix)
{
    std::optional<double> gradientMax;
    if (fix.maxWindMs)
        gradientMax = *fix.maxWindMs / kSurfaceFactor;
    double deltaP = 0.0;
    if (fix.pressureHpa)
        deltaP = kAmbientHpa - *fix.pressureHpa;
    else if (gradientMax)
        deltaP = HollandWindProfile::kAirDensity * std::numbers::e * *gradientMax * *gradientMax / kDefaultB / 100.0;
    else
        return Error{QStringLiteral("fix"), QStringLiteral("%1 has neither a central pressure nor a maximum wind").arg(fix.time.toString(Qt::ISODate))};
    if (!(deltaP > 0.0))
        return Error{QStringLiteral("fix"), QStringLiteral("central pressure %1 hPa is not below the ambient %2 hPa").arg(fix.pressureHpa.value_or(0)).arg(kAmbientHpa)};
    const double b = gradientMax ? HollandWindProfile::bFromMaxWind(*gradientMax, deltaP) : kDefaultB;
    double rmax = kDefaultRmaxKm;
    for (const auto &[radii, surfaceWind] : {std::pair{fix.r15, 15.0}, std::pair{fix.r25, 25.0}}) {
        if (!radii.known)
            continue;
        if (auto fitted = HollandWindProfile::rmaxForWindAt(meanRadius(radii), surfaceWind / kSurfaceFactor, deltaP, b, fix.lat); fitted.ok()) {
            rmax = fitted.value();
            break;
        }
    }
    return HollandWindProfile(deltaP, rmax, b, fix.lat);
}

double TyphoonWindField::surfaceWindMs(const TrackPoint &fix, const HollandWindProfile &profile, double lat, double lon)
{
    return kSurfaceFactor * profile.gradientWindMs(geo::Geodesy::distanceKm(fix.lat, fix.lon, lat, lon));
}

} // namespace et::domain::hazard
