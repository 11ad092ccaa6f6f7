// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/koreanholidays.h"
#include "domain/energy/kpxhourlyseries.h"
#include "domain/result.h"

#include <QDateTime>

#include <array>

namespace et::domain::energy {

/// Jeju's system demand in MW for any KST instant, from a shape calibrated to KPX's hourly system
/// demand (scripts/make-jeju-demand-table.py, docs/energy-model.md#demand):
/// - a workday profile for each month (24 hourly means: the daily and seasonal shape);
/// - one 24-hour ratio for Saturdays and one for Sundays and national holidays (substitute and
///   temporary holidays included), relative to the same month's workday profile (the weekly
///   shape); a holiday behaves exactly like a Sunday of its month. Jeju's local 4·3 holiday is
///   a workday here: only public offices close (LocalHolidayRule::jejuApril3());
/// - the annual level: the calibration year's mean MW; scaledToAnnualMeanMw() moves the whole
///   shape to another annual mean (one factor on every hour).
/// An hour's value is the KPX hourly mean, placed at the middle of the hour; between middles the
/// shape is linear, also across midnight and month ends. A year the holiday calendar does not
/// cover has only weekends as non-workdays. Cheap: a few multiplications and one hash lookup.
class DemandShape
{
public:
    enum class DayType { Workday, Saturday, SundayOrHoliday };

    struct Coefficients
    {
        int year = 0;                                      ///< the calibration year
        std::array<std::array<double, 24>, 12> workdayMw{}; ///< [month − 1][hour]
        std::array<double, 24> saturdayRatio{};
        std::array<double, 24> holidayRatio{};             ///< Sundays and national holidays
        double annualMeanMw = 0.0;                          ///< mean over every hour of the year
    };

    DemandShape(Coefficients coefficients, KoreanHolidays holidays);
    /// The shape calibrated to KPX's 2025 Jeju demand (jejudemandcoefficients.cpp).
    static DemandShape jeju(KoreanHolidays holidays);
    /// Calibrates to one calendar year of hourly demand points (MW). Fails when the year is not
    /// complete (every hour of every day) or the holiday calendar does not cover it.
    static Result<Coefficients> calibrate(const QList<KpxHourlyPoint> &demand, const KoreanHolidays &holidays, int year);

    DayType dayType(QDate kstDate) const;
    /// The mean MW of the hour starting at hour:00 KST on the date.
    double hourlyMeanMw(QDate kstDate, int hour) const;
    /// MW at an instant (any time spec; read in KST); NaN for an invalid instant.
    double mwAt(const QDateTime &instant) const;
    /// The same shape with every hour multiplied by annualMeanMw / coefficients().annualMeanMw.
    DemandShape scaledToAnnualMeanMw(double annualMeanMw) const;
    double scale() const { return m_scale; }
    const Coefficients &coefficients() const { return m_c; }
    const KoreanHolidays &holidays() const { return m_holidays; }

private:
    Coefficients m_c;
    KoreanHolidays m_holidays;
    double m_scale = 1.0;
};

} // namespace et::domain::energy
