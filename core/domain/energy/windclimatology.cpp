// SPDX-License-Identifier: MIT
#include "domain/energy/windclimatology.h"

#include "domain/energy/weatherprocess.h"

#include <cmath>
#include <numbers>

namespace et::domain::energy {

namespace {
constexpr double kReferenceHeightM = 100.0; // WeatherProcess's wind height
constexpr int kPoints = 241;
constexpr double kZMax = 6.0;
} // namespace

WindClimatology::WindClimatology(QList<WindFarm> farms) : m_farms(std::move(farms)) {}

double WindClimatology::mwAt(double windAt100mMs) const
{
    double mw = 0.0;
    for (const WindFarm &f : m_farms)
        mw += f.outputMwFromReference(windAt100mMs, kReferenceHeightM);
    return mw;
}

double WindClimatology::maxMw() const
{
    double mw = 0.0;
    for (const WindFarm &f : m_farms)
        mw += f.outputMw(f.turbine.ratedMs());
    return mw;
}

double WindClimatology::expectedMw(double climateMeanMs) const
{
    const double sigma = WeatherProcess::windLogSpread();
    const double dz = 2.0 * kZMax / (kPoints - 1);
    double sum = 0.0, weights = 0.0;
    for (int i = 0; i < kPoints; ++i) {
        const double z = -kZMax + i * dz;
        const double w = std::exp(-0.5 * z * z) * (i == 0 || i == kPoints - 1 ? 0.5 : 1.0);
        sum += w * mwAt(climateMeanMs * std::exp(sigma * z + WeatherProcess::kWindLogMeanOffset));
        weights += w;
    }
    return sum / weights;
}

} // namespace et::domain::energy
