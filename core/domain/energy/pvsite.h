// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

namespace et::domain::energy {

/// A photovoltaic plant as the power model sees it: where it is, how its modules face, its DC
/// and AC ratings, and the coefficients of the model chain with stated defaults (each cited in
/// docs/energy-model.md, "PV chain").
struct PvSite
{
    enum class SkyModel { Isotropic, HayDavies };

    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;
    /// Module tilt from the horizontal. 30° is near the annual optimum at Jeju's latitude and the
    /// common fixed tilt of Korean ground-mounted plants.
    double tiltDeg = 30.0;
    /// Direction the modules face, degrees clockwise from north (180 = south).
    double azimuthDeg = 180.0;
    double kWp = 0.0;        ///< DC nameplate at STC (1000 W/m², 25 °C cell)
    double inverterKw = 0.0; ///< AC rating: output is clipped here
    double albedo = 0.2;     ///< ground reflectance: grass and soil (Liu & Jordan's usual 0.2)
    /// Power temperature coefficient, 1/K: −0.37 %/K, PVWatts v5's "standard" crystalline-Si
    /// module (Dobos 2014, NREL/TP-6A20-62641, table 2).
    double gammaPerK = -0.0037;
    /// Faiman (2008) heat-loss coefficients, W/(m²·K) and W·s/(m³·K): pvlib's defaults, the
    /// mean of Faiman's fits for c-Si modules in the Negev.
    double faimanU0 = 25.0;
    double faimanU1 = 6.84;
    /// PVWatts v5 inverter nominal efficiency (Dobos 2014, eq. 5 ff.).
    double inverterNominalEfficiency = 0.96;
    /// DC losses besides temperature (soiling, wiring, mismatch, availability, …): PVWatts v5's
    /// default 14 % (Dobos 2014, table 3). Set 0 for the bare formula.
    double lossFraction = 0.14;
    SkyModel skyModel = SkyModel::HayDavies;

    /// Why this site cannot be modelled (a field not a number or out of its range); ok otherwise.
    Status validate() const;
};

} // namespace et::domain::energy
