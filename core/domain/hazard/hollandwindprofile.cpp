// SPDX-License-Identifier: MIT
#include "domain/hazard/hollandwindprofile.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace et::domain::hazard {

HollandWindProfile::HollandWindProfile(double deltaPHpa, double rmaxKm, double b, double latitudeDeg)
    : m_deltaPPa(std::max(0.0, deltaPHpa) * 100.0), m_rmaxKm(rmaxKm), m_b(std::clamp(b, kMinB, kMaxB)),
      m_f(2.0 * kEarthRotation * std::sin(latitudeDeg * std::numbers::pi / 180.0))
{
}

double HollandWindProfile::bFromMaxWind(double maxWindMs, double deltaPHpa)
{
    if (!(deltaPHpa > 0.0) || !(maxWindMs > 0.0))
        return kMinB;
    return std::clamp(kAirDensity * std::numbers::e * maxWindMs * maxWindMs / (deltaPHpa * 100.0), kMinB, kMaxB);
}

double HollandWindProfile::gradientWindMs(double rKm) const
{
    if (!(rKm > 0.0) || !(m_rmaxKm > 0.0))
        return 0.0;
    const double r = rKm * 1000.0;
    const double x = std::pow(m_rmaxKm / rKm, m_b);
    const double half = r * std::abs(m_f) / 2.0;
    return std::sqrt(m_b * m_deltaPPa / kAirDensity * x * std::exp(-x) + half * half) - half;
}

double HollandWindProfile::pressureDeficitHpa(double rKm) const
{
    if (!(rKm > 0.0))
        return m_deltaPPa / 100.0;
    return m_deltaPPa / 100.0 * (1.0 - std::exp(-std::pow(m_rmaxKm / rKm, m_b)));
}

Result<double> HollandWindProfile::rmaxForWindAt(double radiusKm, double windMs, double deltaPHpa, double b, double latitudeDeg)
{
    // Outside the maximum the wind at a fixed radius grows with Rmax (the vortex widens), so a
    // bisection finds the one that matches.
    double lo = 5.0, hi = std::min(200.0, radiusKm);
    const auto wind = [&](double rmax) { return HollandWindProfile(deltaPHpa, rmax, b, latitudeDeg).gradientWindMs(radiusKm); };
    if (!(radiusKm > lo) || !(windMs > 0.0) || wind(lo) > windMs || wind(hi) < windMs)
        return Error{QStringLiteral("rmax"), QStringLiteral("no Rmax between 5 and %1 km gives %2 m/s at %3 km").arg(hi).arg(windMs).arg(radiusKm)};
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2.0;
        (wind(mid) < windMs ? lo : hi) = mid;
    }
    return (lo + hi) / 2.0;
}

} // namespace et::domain::hazard
