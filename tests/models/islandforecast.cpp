// SPDX-License-Identifier: MIT
#include "islandforecast.h"

#include "domain/energy/weatherprocess.h"

#include <cmath>

namespace et::test {

using namespace domain::energy;

EnergyForecastResult IslandForecast::issuedAt(const QDateTime &issued, quint64 seed)
{
    EnergyForecast::Inputs in;
    in.grid.thermal = {{QStringLiteral("thermal-namjeju"), 400, 120, 150}};
    in.grid.links = {{QStringLiteral("hvdc-1"), QStringLiteral("#1"), QStringLiteral("Haenam"), QStringLiteral("hvdc-conv-jeju"), 300, 60, 250, false},
                     {QStringLiteral("hvdc-3"), QStringLiteral("#3"), QStringLiteral("Wando"), QStringLiteral("hvdc-conv-dongjeju"), 200, -150, 200, true}};
    in.grid.loadShare = {{QStringLiteral("sub-sinjeju"), 1.0}};
    in.assets = {{QStringLiteral("wind-gasiri"), true, [](const StepSky &s) { return std::clamp(40.0 * (s.weather.windSpeedMs - 3.0), 0.0, 400.0); }},
                 {QStringLiteral("solar-gujwa"), false, [](const StepSky &s) { return 0.35 * s.ghi; }}};
    const auto weather = std::make_shared<WeatherProcess>(seed);
    in.outlook = [weather, issued](const QDateTime &target) { return weather->forecast(issued, target); };
    in.sky = [](const QDateTime &t, const Weather &w) {
        StepSky sky;
        const double hourKst = std::fmod(double(t.toSecsSinceEpoch()) / 3600.0 + 9.0, 24.0);
        sky.ghi = std::max(0.0, 900.0 * std::sin((hourKst - 6.0) / 12.0 * M_PI)) * (1.0 - 0.75 * w.cloudCover);
        sky.weather = w;
        return sky;
    };
    in.demandMw = [](const QDateTime &t, const Weather &w) {
        const double hourKst = std::fmod(double(t.toSecsSinceEpoch()) / 3600.0 + 9.0, 24.0);
        return 620.0 + 150.0 * std::sin((hourKst - 9.0) / 24.0 * 2.0 * M_PI) + 4.0 * std::abs(w.temperatureC - 18.0);
    };
    in.carbonGPerKwh = [](const BalanceResult &r) {
        const double supply = r.balance.thermalMw + r.balance.windMw + r.balance.solarMw + r.importMw;
        return supply > 0 ? (r.balance.thermalMw * 490.0 + r.importMw * 417.3 + r.balance.windMw * 11.0 + r.balance.solarMw * 48.0) / supply : 0.0;
    };
    return EnergyForecast(in).compute(issued);
}

} // namespace et::test
