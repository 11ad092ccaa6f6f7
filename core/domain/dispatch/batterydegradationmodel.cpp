// SPDX-License-Identifier: MIT
#include "domain/dispatch/batterydegradationmodel.h"

#include <cmath>

namespace et::domain::dispatch {

double BatteryDegradationModel::depthStress(double dod)
{
    // δ^k_δ2 grows without bound as δ → 0 (k_δ2 < 0), so the stress falls to 0 smoothly; δ = 0
    // itself would be 1/∞.
    if (dod <= 0.0)
        return 0.0;
    return 1.0 / (kDod1 * std::pow(dod, kDod2) + kDod3);
}

double BatteryDegradationModel::socStress(double soc)
{
    return std::exp(kSoc * (soc - kSocReference));
}

double BatteryDegradationModel::temperatureStress(double temperatureC)
{
    // Arrhenius-like in absolute temperature: the T_ref/T factor makes it exp(−E/R (1/T − 1/T_ref)).
    const double t = temperatureC + kZeroCelsiusInKelvin;
    const double tRef = kTemperatureReferenceC + kZeroCelsiusInKelvin;
    return std::exp(kTemperature * (t - tRef) * tRef / t);
}

double BatteryDegradationModel::timeStress(double seconds)
{
    return kTimePerSecond * seconds;
}

double BatteryDegradationModel::cycleFade(double dod, double meanSoc, double temperatureC)
{
    return depthStress(dod) * socStress(meanSoc) * temperatureStress(temperatureC);
}

double BatteryDegradationModel::calendarFade(double seconds, double meanSoc, double meanTemperatureC)
{
    return timeStress(seconds) * socStress(meanSoc) * temperatureStress(meanTemperatureC);
}

double BatteryDegradationModel::capacityLoss(double fade)
{
    return 1.0 - kAlphaSei * std::exp(-kBetaSei * fade) - (1.0 - kAlphaSei) * std::exp(-fade);
}

double BatteryDegradationModel::capacityLossIncrease(double fade, double extra)
{
    // α e^(−βf)(1 − e^(−βΔ)) + (1 − α) e^(−f)(1 − e^(−Δ)); expm1 keeps a one-cycle Δ of 1e−6 exact.
    return -kAlphaSei * std::exp(-kBetaSei * fade) * std::expm1(-kBetaSei * extra)
        - (1.0 - kAlphaSei) * std::exp(-fade) * std::expm1(-extra);
}

} // namespace et::domain::dispatch
