// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/demandshape.h"
#include "domain/energy/hourlyvalues.h"

#include <array>
#include <span>
#include <vector>

namespace et::domain::energy {

/// Forecasts of KPX's hourly Jeju series — system demand, solar and wind — 1 to 24 hours ahead,
/// built from the project's models and issued with only what is known at the issue time.
///
/// A forecast is issued at the start of hour `issue` of an HourlyValues: hours [0, issue) are
/// observed, and value k of the answer (lead k + 1) is the forecast of hour issue + k. Every
/// method first cuts the series to the observed hours and never reads past them (the tests
/// corrupt every later value and require the same forecast). What it may know of the future is
/// only what needs no observation: the calendar (DemandShape, holidays) and the sun (the fleet's
/// clear-sky output from SPA + Ineichen–Perez + the PV chain).
///
/// Methodology (docs/energy-calibration.md, "Forecast skill"):
/// - demand: the shape of the target hour (month, day type, hour; DemandShape) times the recent
///   level — observed MW over shape MW in the last `demandLevelHours` — plus the last hour's
///   departure from that level, fading with lead time (e-folding `demandDepartureHours`), and as
///   it fades, `demandYesterdayWeight` of yesterday's departure at the same hour;
/// - solar: the fleet's clear-sky MW of the target hour times an expected clear-sky index: the
///   index of the last `solarRecentSunHours` sunny hours observed, blended toward the index's
///   climatology (the mean index of the last `climatologyDays` days) with weight
///   exp(−(age + lead)/`solarIndexHours`), age = hours since those sunny hours;
/// - wind: the climatological diurnal profile (the mean of each hour of the day over the last
///   `windClimatologyDays` days) plus the last hour's departure from it, fading with lead time
///   (e-folding `windDepartureHours`).
/// The two baselines: persistence (the same hour yesterday) and, for solar, clear-sky-index
/// persistence (yesterday's index at that hour times today's clear sky).
class KpxForecaster
{
public:
    static constexpr int kLeads = 24;
    using Forecast = std::array<double, kLeads>;

    /// The method's constants: round values, the departures' fades, the solar index's and wind's
    /// chosen from a small grid on the first half of 2025 (issues January to June), so the second
    /// half is out of sample for them (docs/energy-calibration.md gives both halves' skill). Each
    /// is what the process is known to do.
    struct Settings
    {
        /// Demand's level is the last day's: temperature-driven load carries over to the next day
        /// (heating and cooling follow multi-day spells).
        int demandLevelHours = 24;
        /// The last hour's departure from that level fades over a few hours.
        double demandDepartureHours = 4.0;
        /// Weight of yesterday's departure from the level at the same hour, the day's own shape
        /// (a sunny day's unmetered rooftop solar lowers midday load; the next day is often alike).
        double demandYesterdayWeight = 0.5;
        /// The recent clear-sky index fades toward the climatology over a day: Jeju's cloud
        /// regimes (the winter monsoon's cloud streets, a front) last a day or more.
        double solarIndexHours = 24.0;
        /// The recent index is that of the last sunny hour observed.
        int solarRecentSunHours = 1;
        /// An hour counts as sunny when its clear-sky output is at least this share of the
        /// highest clear-sky hour of the climatology window (the index of a sunrise hour is noise).
        double solarMinClearSkyShare = 0.1;
        /// The window of the solar index's climatology, days.
        int climatologyDays = 30;
        /// Wind departures from the diurnal climatology fade over two days (synoptic systems).
        double windDepartureHours = 48.0;
        /// The window of wind's diurnal climatology, days: two weeks follow the season (and a
        /// change in what the series covers) without chasing single storms.
        int windClimatologyDays = 14;
    };

    explicit KpxForecaster(DemandShape shape);
    KpxForecaster(DemandShape shape, Settings settings);

    const Settings &settings() const { return m_settings; }
    const DemandShape &shape() const { return m_shape; }

    Forecast demand(const HourlyValues &observed, qsizetype issue) const;
    /// `clearSkyMw[i]` is the clear-sky MW of hour i of `observed` (the same clock).
    Forecast solar(const HourlyValues &observed, const std::vector<double> &clearSkyMw, qsizetype issue) const;
    Forecast wind(const HourlyValues &observed, qsizetype issue) const;

    /// The same hour yesterday (NaN where it was not observed).
    static Forecast persistence(const HourlyValues &observed, qsizetype issue);
    /// Yesterday's clear-sky index at the same hour times the target hour's clear sky; where
    /// yesterday's hour had (almost) no clear sky, yesterday's index of the whole day.
    static Forecast clearSkyIndexPersistence(const HourlyValues &observed, const std::vector<double> &clearSkyMw, qsizetype issue);

private:
    /// The hours before `issue`, and nothing after.
    static std::span<const double> past(const HourlyValues &observed, qsizetype issue);

    DemandShape m_shape;
    Settings m_settings;
};

} // namespace et::domain::energy
