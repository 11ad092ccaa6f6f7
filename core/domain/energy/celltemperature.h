// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::energy {

/// How hot the modules run in the sun.
class CellTemperature
{
public:
    /// Faiman (2008), "Assessing the outdoor operating temperature of photovoltaic modules",
    /// Progress in Photovoltaics 16(4): T = Ta + E/(U0 + U1·v), E the plane-of-array irradiance
    /// (W/m²) and v the wind speed (m/s); the model of IEC 61853-2. pvlib.temperature.faiman
    /// takes U0 = 25 W/(m²·K) and U1 = 6.84 W·s/(m³·K) by default. Negative wind counts as calm.
    static double faimanC(double poaGlobalWm2, double airTemperatureC, double windSpeedMs, double u0 = 25.0, double u1 = 6.84);
};

} // namespace et::domain::energy
