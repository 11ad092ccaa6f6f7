// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace et::domain::energy {

/// The fuels (or sources) of electricity the carbon accounting tells apart. KPX's Jeju series
/// has LNG, bio heavy oil (바이오중유), solar and wind; oil and coal complete the set.
enum class Fuel { Coal, Lng, Oil, BioHeavyOil, SolarPv, WindOnshore, WindOffshore };
inline constexpr int kFuelCount = 7;

/// "coal", "lng", "oil", "bio_heavy_oil", "solar_pv", "wind_onshore", "wind_offshore".
QString fuelName(Fuel fuel);
/// The fuel named `name` (as fuelName() spells it), or nothing.
std::optional<Fuel> fuelFromName(QStringView name);
/// Fuels that can be turned down when other energy arrives: thermal plants (imports are
/// dispatchable too, and counted apart in GenerationMix).
bool isDispatchable(Fuel fuel);

/// What Jeju's grid runs on at one moment (MW) or over one interval (MWh): local generation by
/// fuel, imports from the mainland over HVDC, exports to it. Any consistent unit works: the
/// carbon figures only use shares.
struct GenerationMix
{
    std::array<double, kFuelCount> local{};
    double imports = 0.0;
    double exports = 0.0;

    double &operator[](Fuel f) { return local[size_t(f)]; }
    double operator[](Fuel f) const { return local[size_t(f)]; }
};

} // namespace et::domain::energy
