// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace et::domain::energy {

/// A holiday that one province keeps and the nation does not: a fixed date each year from a
/// first year on, without substitute days (the national substitute-holiday rule does not extend
/// to local holidays).
struct LocalHolidayRule
{
    QString region;   ///< "제주특별자치도"
    QString name;     ///< "제주4·3희생자추념일"
    int month = 0;
    int day = 0;
    int sinceYear = 0;
    QString source;

    bool appliesTo(QDate date) const
    {
        return date.isValid() && date.year() >= sinceYear && date.month() == month && date.day() == day;
    }

    /// Jeju 4·3 Memorial Day, April 3: a national memorial day since 2014 but not a public
    /// holiday; a local holiday for Jeju's provincial public offices since 2018 under the
    /// province's ordinance on designating the 4·3 memorial day a local holiday
    /// (제주특별자치도 4·3희생자추념일 지방공휴일 지정 조례). Schools and businesses keep working,
    /// so the demand shape does not treat it as a holiday (KPX 2024 and 2025 show workday load).
    static LocalHolidayRule jejuApril3()
    {
        return {QStringLiteral("제주특별자치도"), QStringLiteral("제주4·3희생자추념일"), 4, 3, 2018,
                QStringLiteral("제주특별자치도 4·3희생자추념일 지방공휴일 지정 조례 (2018)")};
    }
};

} // namespace et::domain::energy
