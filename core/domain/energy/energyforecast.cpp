// SPDX-License-Identifier: MIT
#include "domain/energy/energyforecast.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace et::domain::energy {

namespace {
constexpr double kZ90 = 1.2815515655446004; // the standard normal's 90th percentile
constexpr int kQuarterHours = 96;
constexpr int kHours = 168;

/// The next whole `stepSeconds` at or after `t`.
QDateTime ceilTo(const QDateTime &t, qint64 stepSeconds)
{
    const qint64 s = t.toSecsSinceEpoch();
    const qint64 up = (s + stepSeconds - 1) / stepSeconds * stepSeconds;
    return QDateTime::fromSecsSinceEpoch(up, Qt::UTC);
}

Band bandOf(double low, double mid, double high)
{
    return {std::min(std::min(low, mid), high), mid, std::max(std::max(low, mid), high)};
}

enum Scenario { SmallSurplus, Expected, LargeSurplus };
} // namespace

EnergyForecast::EnergyForecast(Inputs inputs) : m_inputs(std::move(inputs)), m_balance(m_inputs.grid) {}

double EnergyForecast::demandSigma(double leadHours)
{
    const double lead = std::max(0.0, leadHours);
    return 0.015 + 0.045 * (1.0 - std::exp(-lead / 60.0));
}

ForecastStep EnergyForecast::step(const QDateTime &issued, const QDateTime &time, BalanceInput &in,
                                  const std::vector<Band *> &assetBands, qsizetype column) const
{
    const WeatherOutlook outlook = m_inputs.outlook(time);
    const double lead = double(issued.secsTo(time)) / 3600.0;
    const double demandError = kZ90 * demandSigma(lead);
    // The three scenarios of one island-wide error: less wind and more cloud with high demand;
    // the expectation; more wind and less cloud with low demand.
    std::array<Weather, 3> weather;
    weather[Expected] = outlook.expected;
    weather[SmallSurplus] = outlook.expected;
    weather[SmallSurplus].windSpeedMs = outlook.atQuantile(-kZ90).windSpeedMs;
    weather[SmallSurplus].cloudCover = outlook.atQuantile(kZ90).cloudCover;
    weather[LargeSurplus] = outlook.expected;
    weather[LargeSurplus].windSpeedMs = outlook.atQuantile(kZ90).windSpeedMs;
    weather[LargeSurplus].cloudCover = outlook.atQuantile(-kZ90).cloudCover;
    const std::array<double, 3> demandFactor{1.0 + demandError, 1.0, 1.0 - demandError};

    std::array<BalanceResult, 3> results;
    std::array<double, 3> carbon{0.0, 0.0, 0.0};
    in.time = time;
    for (int s = 0; s < 3; ++s) {
        const StepSky sky = m_inputs.sky(time, weather[s]);
        in.demandMw = m_inputs.demandMw(time, weather[s]) * demandFactor[s];
        RenewableOffer *offer = in.renewables.data();
        const bool sun = sky.ghi > 0.0;
        for (const ForecastAsset &a : m_inputs.assets)
            (offer++)->availableMw = a.wind || sun ? std::max(0.0, a.powerMw(sky)) : 0.0;
        results[s] = m_balance.dispatch(in);
        if (m_inputs.carbonGPerKwh)
            carbon[s] = m_inputs.carbonGPerKwh(results[s]);
    }

    const double *small = results[SmallSurplus].renewableOutputMw.constData();
    const double *expected = results[Expected].renewableOutputMw.constData();
    const double *large = results[LargeSurplus].renewableOutputMw.constData();
    for (qsizetype i = 0; i < m_inputs.assets.size(); ++i)
        assetBands[size_t(i)][column] = bandOf(small[i], expected[i], large[i]);

    const auto band = [&](auto value) {
        return bandOf(value(results[SmallSurplus]), value(results[Expected]), value(results[LargeSurplus]));
    };
    ForecastStep out;
    out.time = time;
    out.demandMw = band([](const BalanceResult &r) { return r.balance.demandMw; });
    out.windMw = band([](const BalanceResult &r) { return r.balance.windMw; });
    out.solarMw = band([](const BalanceResult &r) { return r.balance.solarMw; });
    out.thermalMw = band([](const BalanceResult &r) { return r.balance.thermalMw; });
    out.importMw = band([](const BalanceResult &r) { return r.importMw; });
    out.exportMw = band([](const BalanceResult &r) { return r.exportMw; });
    out.curtailmentMw = band([](const BalanceResult &r) { return r.balance.curtailmentMw; });
    out.smpKrwPerKwh = band([](const BalanceResult &r) { return r.balance.smpKrwPerKwh; });
    out.carbonGPerKwh = bandOf(carbon[SmallSurplus], carbon[Expected], carbon[LargeSurplus]);
    for (qsizetype l = 0; l < results[Expected].balance.hvdcLinks.size(); ++l)
        out.linkFlowMw.append(band([l](const BalanceResult &r) { return r.balance.hvdcLinks.at(l).flowMw; }));
    return out;
}

EnergyForecastResult EnergyForecast::compute(const QDateTime &issued) const
{
    EnergyForecastResult out;
    out.issued = issued.toUTC();
    const qsizetype n = m_inputs.assets.size();
    // Every asset's bands, written by the steps through plain pointers (no detach check per write).
    out.assets.reserve(n);
    std::vector<Band *> quarter(static_cast<size_t>(n), nullptr), hourly(static_cast<size_t>(n), nullptr);
    for (qsizetype i = 0; i < n; ++i) {
        out.assets.append({m_inputs.assets.at(i).id, QList<Band>(kQuarterHours), QList<Band>(kHours)});
        quarter[size_t(i)] = out.assets.last().quarterHourMw.data();
        hourly[size_t(i)] = out.assets.last().hourMw.data();
    }
    out.quarterHours.reserve(kQuarterHours);
    out.hours.reserve(kHours);
    // One input for every step and scenario: only the MW change. The balance reads renewables by
    // position when it is not asked for per-asset detail, so the offers carry no id.
    BalanceInput in;
    in.assetDetail = false;
    in.offline = m_inputs.offline;
    in.renewables.reserve(n);
    for (const ForecastAsset &a : m_inputs.assets)
        in.renewables.append({QString(), a.wind, 0.0});
    const QDateTime firstQuarter = ceilTo(out.issued, 900);
    for (int i = 0; i < kQuarterHours; ++i)
        out.quarterHours.append(step(out.issued, firstQuarter.addSecs(qint64(i) * 900), in, quarter, i));
    const QDateTime firstHour = ceilTo(out.issued, 3600);
    for (int i = 0; i < kHours; ++i)
        out.hours.append(step(out.issued, firstHour.addSecs(qint64(i) * 3600), in, hourly, i));
    out.windows = windowsOf(out.quarterHours, 0.25, m_inputs.curtailmentThresholdMw);
    return out;
}

QList<CurtailmentWindow> EnergyForecast::windowsOf(const QList<ForecastStep> &steps, double stepHours, double thresholdMw)
{
    QList<CurtailmentWindow> windows;
    std::optional<CurtailmentWindow> open;
    const qint64 stepSeconds = qint64(std::llround(stepHours * 3600.0));
    for (const ForecastStep &s : steps) {
        if (s.curtailmentMw.p90 > thresholdMw) {
            if (!open)
                open = CurtailmentWindow{s.time, s.time, {}, 0.0};
            open->end = s.time.addSecs(stepSeconds);
            open->energyMwh.p10 += s.curtailmentMw.p10 * stepHours;
            open->energyMwh.p50 += s.curtailmentMw.p50 * stepHours;
            open->energyMwh.p90 += s.curtailmentMw.p90 * stepHours;
            open->peakMw = std::max(open->peakMw, s.curtailmentMw.p90);
        } else if (open) {
            windows.append(*open);
            open.reset();
        }
    }
    if (open)
        windows.append(*open);
    return windows;
}

} // namespace et::domain::energy
