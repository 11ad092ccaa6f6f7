// SPDX-License-Identifier: MIT
#include "demandshape.h"

#include "jejudemandcoefficients.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kKstOffsetMs = 9 * 3'600'000; // Korea Standard Time, UTC+9, no daylight saving
constexpr qint64 kJulianDayOfUnixEpoch = 2'440'588;

// floor(a / b) for a possibly negative a.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

DemandShape::DemandShape(Coefficients coefficients, KoreanHolidays holidays)
    : m_c(std::move(coefficients)), m_holidays(std::move(holidays))
{
}

DemandShape DemandShape::jeju(KoreanHolidays holidays)
{
    return DemandShape(jejuDemandCoefficients(), std::move(holidays));
}

DemandShape::DayType DemandShape::dayType(QDate date) const
{
    if (date.dayOfWeek() == Qt::Sunday || m_holidays.isNationalHoliday(date))
        return DayType::SundayOrHoliday;
    return date.dayOfWeek() == Qt::Saturday ? DayType::Saturday : DayType::Workday;
}

double DemandShape::hourlyMeanMw(QDate date, int hour) const
{
    if (!date.isValid() || hour < 0 || hour > 23)
        return std::numeric_limits<double>::quiet_NaN();
    const double workday = m_c.workdayMw[size_t(date.month() - 1)][size_t(hour)];
    switch (dayType(date)) {
    case DayType::Saturday:
        return m_scale * workday * m_c.saturdayRatio[size_t(hour)];
    case DayType::SundayOrHoliday:
        return m_scale * workday * m_c.holidayRatio[size_t(hour)];
    case DayType::Workday:
        break;
    }
    return m_scale * workday;
}

double DemandShape::mwAt(const QDateTime &instant) const
{
    if (!instant.isValid())
        return std::numeric_limits<double>::quiet_NaN();
    const qint64 kstMs = instant.toMSecsSinceEpoch() + kKstOffsetMs;
    const qint64 day = floorDiv(kstMs, kMsPerDay);
    const QDate date = QDate::fromJulianDay(kJulianDayOfUnixEpoch + day);
    // Hours since the middle of the day's first hour: hourly means sit at hh:30.
    const double x = double(kstMs - day * kMsPerDay) / 3'600'000.0 - 0.5;
    const int h0 = int(std::floor(x));
    const double frac = x - h0;
    const double v0 = h0 < 0 ? hourlyMeanMw(date.addDays(-1), 23) : hourlyMeanMw(date, h0);
    if (frac == 0.0)
        return v0;
    const double v1 = h0 + 1 > 23 ? hourlyMeanMw(date.addDays(1), 0) : hourlyMeanMw(date, h0 + 1);
    return v0 + (v1 - v0) * frac;
}

DemandShape DemandShape::scaledToAnnualMeanMw(double annualMeanMw) const
{
    DemandShape s = *this;
    s.m_scale = annualMeanMw / m_c.annualMeanMw;
    return s;
}

Result<DemandShape::Coefficients> DemandShape::calibrate(const QList<KpxHourlyPoint> &demand, const KoreanHolidays &holidays, int year)
{
    if (!holidays.coversYear(year))
        return Error{{}, QStringLiteral("the holiday calendar has no holidays of %1").arg(year)};
    QHash<qint64, std::array<double, 24>> days;
    QHash<qint64, int> hoursSeen;
    for (const KpxHourlyPoint &p : demand) {
        if (p.date.year() != year || std::isnan(p.value))
            continue;
        days[p.date.toJulianDay()][size_t(p.hour)] = p.value;
        ++hoursSeen[p.date.toJulianDay()];
    }
    const QDate first(year, 1, 1);
    const int dayCount = first.daysInYear();
    for (int i = 0; i < dayCount; ++i) {
        const QDate d = first.addDays(i);
        if (hoursSeen.value(d.toJulianDay()) != 24)
            return Error{d.toString(Qt::ISODate), QStringLiteral("has %1 of 24 hours of demand").arg(hoursSeen.value(d.toJulianDay()))};
    }

    // A shape without coefficients only classifies days.
    const DemandShape classifier(Coefficients{}, holidays);
    Coefficients c;
    c.year = year;
    std::array<int, 12> workdays{};
    double total = 0.0;
    for (int i = 0; i < dayCount; ++i) {
        const QDate d = first.addDays(i);
        const auto &mw = days.value(d.toJulianDay());
        for (int h = 0; h < 24; ++h)
            total += mw[size_t(h)];
        if (classifier.dayType(d) != DayType::Workday)
            continue;
        ++workdays[size_t(d.month() - 1)];
        for (int h = 0; h < 24; ++h)
            c.workdayMw[size_t(d.month() - 1)][size_t(h)] += mw[size_t(h)];
    }
    for (int m = 0; m < 12; ++m) {
        for (int h = 0; h < 24; ++h)
            c.workdayMw[size_t(m)][size_t(h)] /= workdays[size_t(m)];
    }
    // Ratios: the mean over the year's days of a type of (day's MW / its month's workday MW).
    int saturdays = 0, holidaysAndSundays = 0;
    for (int i = 0; i < dayCount; ++i) {
        const QDate d = first.addDays(i);
        const DayType t = classifier.dayType(d);
        if (t == DayType::Workday)
            continue;
        auto &ratio = t == DayType::Saturday ? c.saturdayRatio : c.holidayRatio;
        ++(t == DayType::Saturday ? saturdays : holidaysAndSundays);
        const auto &mw = days.value(d.toJulianDay());
        for (int h = 0; h < 24; ++h)
            ratio[size_t(h)] += mw[size_t(h)] / c.workdayMw[size_t(d.month() - 1)][size_t(h)];
    }
    for (int h = 0; h < 24; ++h) {
        c.saturdayRatio[size_t(h)] /= saturdays;
        c.holidayRatio[size_t(h)] /= holidaysAndSundays;
    }
    c.annualMeanMw = total / (24.0 * dayCount);
    return c;
}

} // namespace et::domain::energy
