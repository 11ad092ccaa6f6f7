// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/localholidayrule.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace et::domain::energy {

/// Korea's public holidays (공휴일) as published year by year by hyunbinseo/holidays-kr (MIT,
/// built from the official almanac): national holidays, substitute holidays (대체공휴일) and
/// temporary ones (임시공휴일, election days), plus the local rules a province adds — for Jeju,
/// LocalHolidayRule::jejuApril3(). A date of a year that was never loaded is not a holiday; ask
/// coversYear() before relying on a "no". Pure: the caller passes each file's bytes.
class KoreanHolidays
{
public:
    enum class Kind { Regular, Substitute, Temporary };

    struct Holiday
    {
        QDate date;
        QStringList names; ///< as published, e.g. {"어린이날", "부처님 오신 날"}
        Kind kind = Kind::Regular;
    };

    KoreanHolidays();

    /// One year's JSON file: {"2025-01-01": ["1월 1일"], ...}. Fails on the first entry that is
    /// not a date with a non-empty list of names, naming it.
    static Result<QList<Holiday>> parseHyunbinseoJson(const QByteArray &json);
    /// The CSV form the same project publishes for later years: "Start date,Subject" rows.
    static Result<QList<Holiday>> parseHyunbinseoCsv(const QByteArray &csv);
    /// Substitute when a name starts with "대체공휴일"; temporary when it says "임시공휴일" or
    /// names an election ("선거").
    static Kind kindOf(const QStringList &names);

    /// Adds a year's holidays; names of a date already known are merged.
    void add(const QList<Holiday> &holidays);
    bool coversYear(int year) const { return m_years.contains(year); }

    bool isNationalHoliday(QDate date) const { return m_byDay.contains(date.toJulianDay()); }
    std::optional<Holiday> nationalHoliday(QDate date) const;
    /// National holidays and the days Jeju's local rules add.
    bool isJejuHoliday(QDate date) const;
    /// The names of the holidays of a date in Jeju, national first, then local ones.
    QStringList jejuHolidayNames(QDate date) const;
    const QList<LocalHolidayRule> &jejuRules() const { return m_jejuRules; }
    /// The national holidays of a year in date order.
    QList<Holiday> inYear(int year) const;

private:
    QHash<qint64, Holiday> m_byDay; ///< keyed by Julian day: cheap for the demand shape's lookups
    QSet<int> m_years;
    QList<LocalHolidayRule> m_jejuRules;
};

} // namespace et::domain::energy
