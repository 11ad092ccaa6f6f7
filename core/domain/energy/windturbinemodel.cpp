// SPDX-License-Identifier: MIT
#include "windturbinemodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

Result<WindTurbineModel> WindTurbineModel::fromCurve(WindTurbineSpec spec, const QList<CurvePoint> &points)
{
    if (!(spec.nominalPowerW > 0.0) || !std::isfinite(spec.nominalPowerW))
        return Error{QStringLiteral("nominal_power"), QStringLiteral("%1 W is not a positive power").arg(spec.nominalPowerW)};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const CurvePoint &p = points.at(i);
        const QString at = QStringLiteral("at %1 m/s").arg(p.speedMs);
        if (!std::isfinite(p.speedMs) || p.speedMs < 0.0)
            return Error{{}, QStringLiteral("wind speed %1 is not a speed").arg(p.speedMs)};
        if (i > 0 && !(p.speedMs > points.at(i - 1).speedMs))
            return Error{{}, QStringLiteral("wind speeds must increase (%1 m/s after %2 m/s)").arg(p.speedMs).arg(points.at(i - 1).speedMs)};
        if (!std::isfinite(p.powerW) || p.powerW < 0.0)
            return Error{{}, QStringLiteral("power %1 W %2 is not a power").arg(p.powerW).arg(at)};
    }
    const auto firstPositive = std::find_if(points.begin(), points.end(), [](const CurvePoint &p) { return p.powerW > 0.0; });
    if (firstPositive == points.end())
        return Error{{}, QStringLiteral("the power curve has no point with power above 0")};

    WindTurbineModel m;
    m.m_spec = std::move(spec);
    m.m_published = points;
    const qsizetype first = firstPositive - points.begin();
    qsizetype last = first;
    while (last + 1 < points.size() && points.at(last + 1).powerW > 0.0)
        ++last;
    m.m_endsWithoutCutOut = last + 1 == points.size();
    m.m_cutInMs = points.at(first).speedMs;
    m.m_cutOutMs = points.at(last).speedMs;

    double cappedMax = 0.0;
    for (qsizetype i = first; i <= last; ++i) {
        const double capped = std::min(points.at(i).powerW, m.m_spec.nominalPowerW);
        m.m_speeds << points.at(i).speedMs;
        m.m_powers << capped;
        cappedMax = std::max(cappedMax, capped);
    }
    for (const CurvePoint &p : points)
        m.m_publishedMaxW = std::max(m.m_publishedMaxW, p.powerW);
    for (qsizetype i = 0; i < m.m_powers.size(); ++i) {
        if (m.m_powers.at(i) >= cappedMax) {
            m.m_ratedMs = m.m_speeds.at(i);
            break;
        }
    }
    return m;
}

double WindTurbineModel::powerW(double v) const
{
    if (std::isnan(v))
        return std::numeric_limits<double>::quiet_NaN();
    if (m_speeds.isEmpty() || v < m_cutInMs || v > m_cutOutMs)
        return 0.0;
    // First published speed above v; v lies in [speeds[i-1], speeds[i]).
    const auto upper = std::upper_bound(m_speeds.cbegin(), m_speeds.cend(), v);
    if (upper == m_speeds.cend())
        return m_powers.last(); // v == cut-out
    const qsizetype i = upper - m_speeds.cbegin();
    const double v0 = m_speeds.at(i - 1), v1 = m_speeds.at(i);
    const double p0 = m_powers.at(i - 1), p1 = m_powers.at(i);
    return p0 + (p1 - p0) * (v - v0) / (v1 - v0);
}

} // namespace et::domain::energy
