// SPDX-License-Identifier: MIT
#include "sim/sunposition.h"

#include <cmath>
#include <numbers>

namespace et::backend {

double SunPosition::elevationDeg(const QDateTime &utc, double latDeg, double lonDeg)
{
    constexpr double pi = std::numbers::pi;
    const QDateTime t = utc.toUTC();
    const int daysInYear = QDate::isLeapYear(t.date().year()) ? 366 : 365;
    const double hour = t.time().msecsSinceStartOfDay() / 3600000.0;
    const double gamma = 2.0 * pi / daysInYear * (t.date().dayOfYear() - 1 + (hour - 12.0) / 24.0);

    const double eqTimeMin = 229.18 * (0.000075 + 0.001868 * std::cos(gamma) - 0.032077 * std::sin(gamma)
                                       - 0.014615 * std::cos(2 * gamma) - 0.040849 * std::sin(2 * gamma));
    const double decl = 0.006918 - 0.399912 * std::cos(gamma) + 0.070257 * std::sin(gamma) - 0.006758 * std::cos(2 * gamma)
                        + 0.000907 * std::sin(2 * gamma) - 0.002697 * std::cos(3 * gamma) + 0.00148 * std::sin(3 * gamma);

    const double trueSolarMin = hour * 60.0 + eqTimeMin + 4.0 * lonDeg;
    const double hourAngle = (trueSolarMin / 4.0 - 180.0) * pi / 180.0;
    const double lat = latDeg * pi / 180.0;
    const double cosZenith = std::sin(lat) * std::sin(decl) + std::cos(lat) * std::cos(decl) * std::cos(hourAngle);
    return 90.0 - std::acos(std::clamp(cosZenith, -1.0, 1.0)) * 180.0 / pi;
}

} // namespace et::backend
