// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/islandbalance.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>

namespace et::domain::energy {

/// One hour of the island as a hindcast sees it: demand, and what each renewable could make.
struct HindcastHour
{
    double demandMw = 0.0;
    QList<RenewableOffer> renewables;
};

/// How often a grid would have curtailed renewables over a stretch of days: every hour is
/// dispatched by IslandBalance (must-run, the LCC links' minimum and every renewable first; a
/// surplus goes to the VSC link's export, then to curtailment, wind before solar), and the hours
/// in which more than a threshold of wind was curtailed are counted — what KPX's wind
/// curtailment record counts (an hour with a positive MWh).
class CurtailmentHindcast
{
public:
    struct Totals
    {
        int hoursSimulated = 0;
        int windHours = 0;          ///< hours with more than the threshold of wind curtailed
        int windDays = 0;           ///< days with at least one such hour
        int anyHours = 0;           ///< hours with more than the threshold of any curtailment
        double windMwh = 0.0;
        double solarMwh = 0.0;
        QList<int> windHoursByMonth = QList<int>(12, 0);
    };

    using HourSource = std::function<HindcastHour(const QDateTime &hourStart)>;

    /// Dispatches every hour of the KST dates [first, last] on the grid of each day
    /// (`gridOn(date)`, so links can enter service mid-stretch).
    static Totals run(const std::function<IslandBalance::Config(QDate)> &gridOn, QDate first, QDate last, const HourSource &hour,
                      double thresholdMw = 1.0);
};

} // namespace et::domain::energy
