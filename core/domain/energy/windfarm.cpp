// SPDX-License-Identifier: MIT
#include "windfarm.h"

#include "windprofile.h"

namespace et::domain::energy {

double WindFarm::shearExponent() const
{
    return offshore ? WindProfile::kShearOffshore : WindProfile::kShearOnshore;
}

double WindFarm::outputMw(double hubWindMs) const
{
    return turbineCount * turbine.powerW(hubWindMs) / 1e6 * availability * (1.0 - losses);
}

double WindFarm::outputMwFromReference(double windMs, double referenceHeightM) const
{
    return outputMw(WindProfile::powerLaw(windMs, referenceHeightM, hubHeightM, shearExponent()));
}

} // namespace et::domain::energy
