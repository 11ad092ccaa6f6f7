// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::domain::hazard {

/// GDACS-like alert levels: green, orange, red.
enum class AlertLevel { Green, Orange, Red };

/// Severity 1–5 of a hazard by a stated rule, and its alert colour.
///
/// Typhoons, by the maximum 10-minute surface wind, on KMA's intensity classes (기상청 태풍 강도):
/// below 17 m/s a tropical depression (1), 17–25 m/s a tropical storm (2), 25–33 m/s 중 (3),
/// 33–44 m/s 강 (4), 44 m/s and more 매우 강 / 초강력 (5). Alert colour as GDACS sets it for
/// tropical cyclones: green below 92 km/h (25.6 m/s), orange to 178 km/h (49.4 m/s), red above.
///
/// Earthquakes, by the highest intensity on land (MMI / KMA's modified Mercalli scale): IV and
/// below 1, V 2, VI 3, VII 4, VIII and above 5; alert green to V, orange VI–VII, red VIII and above.
class HazardSeverity
{
public:
    static int ofTyphoonWind(double maxWindMs);
    static AlertLevel typhoonAlert(double maxWindMs);
    static int ofEarthquakeIntensity(double mmi);
    static AlertLevel earthquakeAlert(double mmi);
    static QString toString(AlertLevel level);
};

} // namespace et::domain::hazard
