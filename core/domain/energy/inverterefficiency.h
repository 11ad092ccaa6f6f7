// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// What the inverter delivers on its AC side for a DC input.
class InverterEfficiency
{
public:
    /// ηref of PVWatts v5 (the CEC weighting).
    static constexpr double kReferenceEfficiency = 0.9637;

    /// The PVWatts v5 inverter (Dobos 2014, "PVWatts Version 5 Manual", NREL/TP-6A20-62641,
    /// eqs. 5–6; pvlib.inverter.pvwatts): with Pdc0 = Pac0/ηnom and ζ = Pdc/Pdc0,
    ///   η = ηnom/ηref·(−0.0162·ζ − 0.0059/ζ + 0.9858), ηref = 0.9637,
    ///   Pac = min(η·Pdc, Pac0), never below 0 — the efficiency falls at light load and the output
    /// is clipped at the inverter's rating. Units are the caller's (kW in, kW out).
    static double pvwattsAc(double dcPower, double acRating, double nominalEfficiency = 0.96);
    /// η of the same curve (0 for no DC input).
    static double pvwattsEfficiency(double dcPower, double acRating, double nominalEfficiency = 0.96);
};

} // namespace et::domain::energy
