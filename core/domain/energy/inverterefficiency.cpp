// SPDX-License-Identifier: MIT
#include "inverterefficiency.h"

#include <algorithm>

namespace et::domain::energy {

double InverterEfficiency::pvwattsEfficiency(double dcPower, double acRating, double nominalEfficiency)
{
    if (dcPower <= 0.0 || acRating <= 0.0)
        return 0.0;
    const double zeta = dcPower / (acRating / nominalEfficiency);
    return nominalEfficiency / kReferenceEfficiency * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
}

double InverterEfficiency::pvwattsAc(double dcPower, double acRating, double nominalEfficiency)
{
    const double ac = pvwattsEfficiency(dcPower, acRating, nominalEfficiency) * dcPower;
    return std::clamp(ac, 0.0, std::max(acRating, 0.0));
}

} // namespace et::domain::energy
