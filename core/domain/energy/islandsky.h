// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"

#include <QDateTime>

namespace et::domain::energy {

/// The sky over Jeju at an instant, as every solar plant of the island shares it (the island is
/// 73 km across: the sun's position differs by less than 0.4° between its ends): the sun's
/// apparent position by the NREL SPA at one place, the Ineichen–Perez clear sky with Jeju's Linke
/// turbidity of the day, and the clouds of a weather as a clear-sky index k that scales all three
/// components alike — so a plant makes about k times its clear-sky output, the linear
/// clear-sky-index model the calibration (docs/energy-calibration.md) is stated in.
///
/// The sun of the last instant asked for is kept (one entry per thread), so the three weather
/// scenarios of a forecast step pay for one SPA.
class IslandSky
{
public:
    struct Place
    {
        double latitudeDeg = 33.38;   ///< the middle of the island (Hallasan is at 33.36 N 126.53 E)
        double longitudeDeg = 126.55;
        double elevationM = 100.0;    ///< a typical height of the plants on the lower slopes
    };

    IslandSky() = default;
    explicit IslandSky(Place place) : m_place(place) {}

    const Place &place() const { return m_place; }
    /// No cloud, whatever the weather's cloud cover; the weather rides along for the modules.
    StepSky clear(const QDateTime &time, const Weather &weather) const;
    /// The clear sky times clearSkyIndex(weather.cloudCover).
    StepSky at(const QDateTime &time, const Weather &weather) const;

    /// Kasten & Czeplak (1980), "Solar and terrestrial radiation dependent on the amount and type
    /// of cloud", Solar Energy 24(2), 177–189: G/G_clear = 1 − 0.75·(N/8)^3.4 for N oktas of
    /// cloud; here with the cloud fraction N/8 in [0, 1] (clamped; NaN gives NaN).
    static double clearSkyIndex(double cloudFraction);

private:
    Place m_place;
};

} // namespace et::domain::energy
