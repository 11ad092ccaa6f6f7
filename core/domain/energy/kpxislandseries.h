// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/hourlyvalues.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace et::domain::energy {

/// Jeju's grid at one instant as KPX's series give it, MW.
struct KpxIslandTotals
{
    double demandMw = 0.0;      ///< system demand: what the grid served
    double solarMw = 0.0;
    double windMw = 0.0;
    double lngMw = 0.0;
    double bioHeavyOilMw = 0.0;
    double windCurtailedMw = 0.0; ///< wind ordered off (0 where the record does not cover the date)
    bool curtailmentRecorded = false; ///< KPX's curtailment record covers the date

    double thermalMw() const { return lngMw + bioHeavyOilMw; }
    /// Local generation in KPX's four series.
    double generationMw() const { return thermalMw() + solarMw + windMw; }
};

/// KPX's hourly Jeju series read for a replay, whole and checked: system demand, generation by
/// fuel (solar, wind, LNG, bio heavy oil) and, when given, wind curtailment. Pure: the caller
/// passes each file's name (for messages) and bytes.
///
/// The replay covers the days of the generation series, which must all give the same days, every
/// hour of each with a number ≥ 0; demand must give every hour of those days too. Anything else —
/// a row KpxHourlySeries cannot read, an empty cell, a flag without an amount, a day missing, a
/// series that ends early, a negative value — is an error naming the file and the line (or the
/// day), never a gap filled in. The curtailment file lists curtailment days only: in the span it
/// covers, a day it does not list or a cell left empty is no curtailment; outside that span
/// nothing is known (KpxIslandTotals::curtailmentRecorded is false and the amount 0).
///
/// Each value is the mean of its hour (MWh in the hour; demand's hourly MW taken alike), so at()
/// reads it as the value at the hour's middle and interpolates linearly between middles
/// (HourlyValues::interpolatedAt): at HH:30 it is the file's value, on the hour the mean of the
/// two hours around it.
class KpxIslandSeries
{
public:
    struct File
    {
        QString name; ///< how messages name it, e.g. its path
        QByteArray bytes;
    };
    struct Files
    {
        File demand;
        File solar;
        File wind;
        File lng;
        File bioHeavyOil;
        std::optional<File> windCurtailment;
    };

    static Result<KpxIslandSeries> read(const Files &files);

    QDate firstDate() const { return m_solar.firstDate(); }
    QDate lastDate() const { return m_solar.dateOf(m_solar.size() - 1); }
    /// The first and the last minute a replay can show (00:00 KST of the first day, 23:59 KST of
    /// the last), UTC.
    QDateTime firstMinute() const;
    QDateTime lastMinute() const;
    bool covers(const QDateTime &t) const { return t >= firstMinute() && t <= lastMinute(); }
    /// "2025-01-01T00:00+09:00 – 2025-12-31T23:59+09:00", for messages.
    QString rangeText() const;

    /// The island at `t` (inside the covered range; outside, the nearest hour's values).
    KpxIslandTotals at(const QDateTime &t) const;

private:
    HourlyValues m_demand, m_solar, m_wind, m_lng, m_bio;
    HourlyValues m_curtailment; ///< over the record's span; empty without one
};

} // namespace et::domain::energy
