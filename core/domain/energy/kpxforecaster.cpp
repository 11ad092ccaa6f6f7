// SPDX-License-Identifier: MIT
#include "domain/energy/kpxforecaster.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A clear-sky index above this is cloud enhancement at the edge of a cloud or a clear-sky model
// below the truth; a forecast that multiplies it out would only add error.
constexpr double kMaxIndex = 1.5;

KpxForecaster::Forecast unknown()
{
    KpxForecaster::Forecast f;
    f.fill(kNaN);
    return f;
}

/// The latest observed hour in [from, end), or -1.
qsizetype lastObserved(std::span<const double> past, qsizetype from)
{
    for (qsizetype j = qsizetype(past.size()) - 1; j >= std::max<qsizetype>(from, 0); --j) {
        if (std::isfinite(past[size_t(j)]))
            return j;
    }
    return -1;
}
} // namespace

KpxForecaster::KpxForecaster(DemandShape shape) : KpxForecaster(std::move(shape), Settings{}) {}

KpxForecaster::KpxForecaster(DemandShape shape, Settings settings) : m_shape(std::move(shape)), m_settings(settings) {}

std::span<const double> KpxForecaster::past(const HourlyValues &observed, qsizetype issue)
{
    const qsizetype n = std::clamp<qsizetype>(issue, 0, observed.size());
    return std::span<const double>(observed.values().data(), size_t(n));
}

KpxForecaster::Forecast KpxForecaster::demand(const HourlyValues &observed, qsizetype issue) const
{
    const std::span<const double> seen = past(observed, issue);
    const auto shapeAt = [&](qsizetype i) { return m_shape.hourlyMeanMw(observed.dateOf(i), HourlyValues::hourOfDay(i)); };
    double observedMw = 0.0, shapeMw = 0.0;
    for (qsizetype j = qsizetype(seen.size()) - m_settings.demandLevelHours; j < qsizetype(seen.size()); ++j) {
        if (j < 0 || !std::isfinite(seen[size_t(j)]))
            continue;
        observedMw += seen[size_t(j)];
        shapeMw += shapeAt(j);
    }
    const double level = shapeMw > 0.0 ? observedMw / shapeMw : 1.0;
    const qsizetype last = lastObserved(seen, qsizetype(seen.size()) - 3);
    const double departure = last >= 0 ? seen[size_t(last)] / shapeAt(last) - level : 0.0;
    Forecast f;
    for (int k = 0; k < kLeads; ++k) {
        const qsizetype target = issue + k;
        const double fade = last >= 0 ? std::exp(-double(target - last) / m_settings.demandDepartureHours) : 0.0;
        const qsizetype yesterday = target - 24;
        const double sameHour = yesterday >= 0 && std::isfinite(seen[size_t(yesterday)])
                                    ? seen[size_t(yesterday)] / shapeAt(yesterday) - level
                                    : 0.0;
        f[size_t(k)] = shapeAt(target) * (level + departure * fade + m_settings.demandYesterdayWeight * sameHour * (1.0 - fade));
    }
    return f;
}

KpxForecaster::Forecast KpxForecaster::solar(const HourlyValues &observed, const std::vector<double> &clearSkyMw, qsizetype issue) const
{
    const std::span<const double> seen = past(observed, issue);
    if (qsizetype(clearSkyMw.size()) < issue + kLeads || seen.empty())
        return unknown();
    const qsizetype from = std::max<qsizetype>(0, qsizetype(seen.size()) - qsizetype(m_settings.climatologyDays) * 24);
    double clearMax = 0.0;
    for (qsizetype j = from; j < qsizetype(seen.size()); ++j)
        clearMax = std::max(clearMax, clearSkyMw[size_t(j)]);
    const double sunny = m_settings.solarMinClearSkyShare * clearMax;
    const auto usable = [&](qsizetype j) { return clearSkyMw[size_t(j)] >= sunny && clearSkyMw[size_t(j)] > 0.0 && std::isfinite(seen[size_t(j)]); };

    double observedSum = 0.0, clearSum = 0.0;
    for (qsizetype j = from; j < qsizetype(seen.size()); ++j) {
        if (usable(j)) {
            observedSum += seen[size_t(j)];
            clearSum += clearSkyMw[size_t(j)];
        }
    }
    const double climate = clearSum > 0.0 ? std::clamp(observedSum / clearSum, 0.0, kMaxIndex) : kNaN;

    double recentObserved = 0.0, recentClear = 0.0, position = 0.0;
    int hours = 0;
    for (qsizetype j = qsizetype(seen.size()) - 1; j >= from && hours < m_settings.solarRecentSunHours; --j) {
        if (!usable(j))
            continue;
        recentObserved += seen[size_t(j)];
        recentClear += clearSkyMw[size_t(j)];
        position += double(j);
        ++hours;
    }
    if (!std::isfinite(climate))
        return unknown();
    const double recent = hours > 0 ? std::clamp(recentObserved / recentClear, 0.0, kMaxIndex) : climate;
    position = hours > 0 ? position / hours : double(issue);

    Forecast f;
    for (int k = 0; k < kLeads; ++k) {
        const qsizetype target = issue + k;
        const double weight = std::exp(-(double(target) - position) / m_settings.solarIndexHours);
        f[size_t(k)] = (climate + (recent - climate) * weight) * clearSkyMw[size_t(target)];
    }
    return f;
}

KpxForecaster::Forecast KpxForecaster::wind(const HourlyValues &observed, qsizetype issue) const
{
    const std::span<const double> seen = past(observed, issue);
    const qsizetype from = std::max<qsizetype>(0, qsizetype(seen.size()) - qsizetype(m_settings.windClimatologyDays) * 24);
    std::array<double, 24> sum{}, profile{};
    std::array<int, 24> count{};
    for (qsizetype j = from; j < qsizetype(seen.size()); ++j) {
        if (!std::isfinite(seen[size_t(j)]))
            continue;
        sum[size_t(HourlyValues::hourOfDay(j))] += seen[size_t(j)];
        ++count[size_t(HourlyValues::hourOfDay(j))];
    }
    for (int h = 0; h < 24; ++h) {
        if (count[size_t(h)] == 0)
            return unknown();
        profile[size_t(h)] = sum[size_t(h)] / count[size_t(h)];
    }
    const qsizetype last = lastObserved(seen, qsizetype(seen.size()) - 3);
    const double departure = last >= 0 ? seen[size_t(last)] - profile[size_t(HourlyValues::hourOfDay(last))] : 0.0;
    Forecast f;
    for (int k = 0; k < kLeads; ++k) {
        const qsizetype target = issue + k;
        const double fade = last >= 0 ? std::exp(-double(target - last) / m_settings.windDepartureHours) : 0.0;
        f[size_t(k)] = std::max(0.0, profile[size_t(HourlyValues::hourOfDay(target))] + departure * fade);
    }
    return f;
}

KpxForecaster::Forecast KpxForecaster::persistence(const HourlyValues &observed, qsizetype issue)
{
    const std::span<const double> seen = past(observed, issue);
    Forecast f;
    for (int k = 0; k < kLeads; ++k) {
        const qsizetype yesterday = issue + k - 24;
        f[size_t(k)] = yesterday >= 0 && yesterday < qsizetype(seen.size()) ? seen[size_t(yesterday)] : kNaN;
    }
    return f;
}

KpxForecaster::Forecast KpxForecaster::clearSkyIndexPersistence(const HourlyValues &observed, const std::vector<double> &clearSkyMw,
                                                                qsizetype issue)
{
    const std::span<const double> seen = past(observed, issue);
    if (qsizetype(clearSkyMw.size()) < issue + kLeads || qsizetype(seen.size()) < 24)
        return unknown();
    // Yesterday's index of the whole day (the last 24 observed hours), for the hours at the edge
    // of the day where an hour's own index is a ratio of two small numbers.
    const qsizetype dayStart = qsizetype(seen.size()) - 24;
    double clearMax = 0.0, observedSum = 0.0, clearSum = 0.0;
    for (qsizetype j = dayStart; j < qsizetype(seen.size()); ++j)
        clearMax = std::max(clearMax, clearSkyMw[size_t(j)]);
    for (qsizetype j = dayStart; j < qsizetype(seen.size()); ++j) {
        if (clearSkyMw[size_t(j)] >= 0.1 * clearMax && std::isfinite(seen[size_t(j)])) {
            observedSum += seen[size_t(j)];
            clearSum += clearSkyMw[size_t(j)];
        }
    }
    const double daily = clearSum > 0.0 ? std::clamp(observedSum / clearSum, 0.0, kMaxIndex) : kNaN;
    Forecast f;
    for (int k = 0; k < kLeads; ++k) {
        const qsizetype target = issue + k, yesterday = target - 24;
        const double clear = clearSkyMw[size_t(yesterday)];
        const bool own = clear >= 0.1 * clearMax && clear > 0.0 && std::isfinite(seen[size_t(yesterday)]);
        const double index = own ? std::clamp(seen[size_t(yesterday)] / clear, 0.0, kMaxIndex) : daily;
        f[size_t(k)] = clearSkyMw[size_t(target)] > 0.0 ? index * clearSkyMw[size_t(target)] : 0.0;
    }
    return f;
}

} // namespace et::domain::energy
