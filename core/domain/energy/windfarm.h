// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/windturbinemodel.h"

#include <QString>

namespace et::domain::energy {

/// A wind farm as the model sees it: N turbines of one type at one hub height.
/// Output MW = turbines × curve(v_hub) × availability × (1 − losses), where
/// - availability is the share of turbines in service (not in maintenance or fault);
/// - losses lumps wake and electrical losses as one factor, constant over wind speed (a real
///   farm's wake loss shrinks above rated speed; a constant factor slightly underestimates
///   output in storms and is stated with each farm's value in jeju-wind-farms.json).
/// The shear exponent for the farm's site is 1/7 onshore and 0.11 offshore (see WindProfile).
struct WindFarm
{
    QString assetId; ///< the id in jeju-assets.json, e.g. "wind-tamra"
    WindTurbineModel turbine;
    int turbineCount = 0;
    double hubHeightM = 0.0;
    double availability = 1.0;
    double losses = 0.0;
    bool offshore = false;
    /// How the turbine type was chosen: "reported", "analogue" or "assumed" (see the data file).
    QString turbineChoice;

    double installedMw() const { return turbineCount * turbine.nominalPowerW() / 1e6; }
    double shearExponent() const;
    /// MW at a hub-height wind speed; NaN for a NaN speed.
    double outputMw(double hubWindMs) const;
    /// MW from a wind speed measured at referenceHeightM, moved to hub height by the power law.
    double outputMwFromReference(double windMs, double referenceHeightM) const;
};

} // namespace et::domain::energy
