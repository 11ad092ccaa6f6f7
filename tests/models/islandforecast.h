// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"

namespace et::test {

/// A forecast the chart tests can draw, worked out by the domain's EnergyForecast for a small
/// island under the seeded WeatherProcess: one thermal unit, a reversible and a fixed HVDC link,
/// a wind farm ("wind-gasiri") and a solar site ("solar-gujwa") with simple power curves, demand
/// following the clock. Wind is strong enough at times to curtail and export.
struct IslandForecast
{
    static domain::energy::EnergyForecastResult issuedAt(const QDateTime &issued, quint64 seed = 7);
};

} // namespace et::test
