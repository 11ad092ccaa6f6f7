// SPDX-License-Identifier: MIT
#include "domain/energy/hourlyoutlook.h"

#include <algorithm>
#include <cmath>

namespace et::domain::energy {

namespace {
/// To a multiple of `resolution` (a power of ten below 1): v·k rounded, divided by k = 1/resolution,
/// so that the double is the one nearest the decimal the JSON then shows (7.23, not
/// 7.2300000000000004).
double roundTo(double v, double resolution)
{
    const double perUnit = std::round(1.0 / resolution);
    return std::round(v * perUnit) / perUnit;
}

double lerp(double a, double b, double f)
{
    return (1.0 - f) * a + f * b;
}
} // namespace

HourlyOutlook::HourlyOutlook(const QDateTime &issued, QList<WeatherOutlook> points)
    : m_issued(issued.toUTC()), m_points(std::move(points))
{
    const qint64 s = m_issued.toSecsSinceEpoch();
    m_start = QDateTime::fromSecsSinceEpoch(s - ((s % kStepSeconds) + kStepSeconds) % kStepSeconds, Qt::UTC);
}

HourlyOutlook HourlyOutlook::issue(const WeatherProcess &weather, const QDateTime &issued)
{
    HourlyOutlook o(issued, {});
    o.m_points.reserve(kPoints);
    for (int i = 0; i < kPoints; ++i)
        o.m_points.append(rounded(weather.forecast(issued, o.m_start.addSecs(qint64(i) * kStepSeconds))));
    return o;
}

WeatherOutlook HourlyOutlook::rounded(const WeatherOutlook &o)
{
    WeatherOutlook r;
    r.expected.windSpeedMs = roundTo(o.expected.windSpeedMs, kWindResolution);
    r.expected.cloudCover = roundTo(o.expected.cloudCover, kCloudResolution);
    r.expected.temperatureC = roundTo(o.expected.temperatureC, kTemperatureResolution);
    r.windLogSigma = roundTo(o.windLogSigma, kSigmaResolution);
    r.cloudLogitSigma = roundTo(o.cloudLogitSigma, kSigmaResolution);
    r.temperatureSigmaC = roundTo(o.temperatureSigmaC, kSigmaResolution);
    return r;
}

QDateTime HourlyOutlook::end() const
{
    return m_start.addSecs(qint64(std::max<qsizetype>(0, m_points.size() - 1)) * kStepSeconds);
}

WeatherOutlook HourlyOutlook::at(const QDateTime &target) const
{
    if (m_points.isEmpty())
        return WeatherProcess::climateOutlook(target);
    const qint64 s = m_start.secsTo(target);
    if (s <= 0)
        return m_points.first();
    const qint64 i = s / kStepSeconds;
    const qint64 rest = s % kStepSeconds;
    if (i < m_points.size() - 1) {
        const WeatherOutlook &a = m_points.at(i);
        const WeatherOutlook &b = m_points.at(i + 1);
        const double f = double(rest) / double(kStepSeconds);
        WeatherOutlook o;
        o.expected.windSpeedMs = lerp(a.expected.windSpeedMs, b.expected.windSpeedMs, f);
        o.expected.cloudCover = lerp(a.expected.cloudCover, b.expected.cloudCover, f);
        o.expected.temperatureC = lerp(a.expected.temperatureC, b.expected.temperatureC, f);
        o.windLogSigma = lerp(a.windLogSigma, b.windLogSigma, f);
        o.cloudLogitSigma = lerp(a.cloudLogitSigma, b.cloudLogitSigma, f);
        o.temperatureSigmaC = lerp(a.temperatureSigmaC, b.temperatureSigmaC, f);
        return o;
    }
    if (i == m_points.size() - 1 && rest == 0)
        return m_points.last();
    // Past the outlook: the season only, as uncertain as the climate or the outlook's last hour.
    WeatherOutlook o = WeatherProcess::climateOutlook(target);
    const WeatherOutlook &last = m_points.last();
    o.windLogSigma = std::max(o.windLogSigma, last.windLogSigma);
    o.cloudLogitSigma = std::max(o.cloudLogitSigma, last.cloudLogitSigma);
    o.temperatureSigmaC = std::max(o.temperatureSigmaC, last.temperatureSigmaC);
    return o;
}

} // namespace et::domain::energy
