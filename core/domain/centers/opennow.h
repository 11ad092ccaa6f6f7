// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/centers/closingdays.h"
#include "domain/energy/koreanholidays.h"

#include <QDateTime>
#include <QString>

namespace et::domain::centers {

/// Whether a center is open at an instant, on Jeju's clock (KST), from its weekday hours, its
/// closing days (ClosingDays) and Korea's public holidays with their substitutes (KoreanHolidays)
/// — and, for a center in Jeju that closes on public holidays, Jeju's 4·3 memorial day, a local
/// holiday of the province's public offices since 2018. Never guesses "open": hours or closing
/// days that were not understood, or a holiday the text says nothing of, give Uncertain with the
/// text as published.
struct OpenState
{
    enum class Kind { Open, Closed, ClosedToday, Uncertain };
    Kind kind = Kind::Uncertain;
    QDateTime closesAt;  ///< Open: today's closing time
    QDateTime opensAt;   ///< Closed, ClosedToday: the next opening (invalid when none in two weeks)
    QString reason;      ///< ClosedToday: the holiday's name, or "" for a weekly closing day;
                         ///< Closed by an operator's closure (NoticeOverride): its reason
    QString rawText;     ///< Uncertain: the closing-days text (or "" when the hours are missing)

    /// Minutes until it closes (Open) or opens (the others), rounded down; -1 when unknown.
    int minutesUntilChange(const QDateTime &now) const;
    bool operator==(const OpenState &) const = default;
};

class OpenNow
{
public:
    explicit OpenNow(const energy::KoreanHolidays &holidays) : m_holidays(holidays) {}

    OpenState at(const Center &center, const QDateTime &when) const;
    /// The same with its closing days already read (a search reads each distinct text once).
    OpenState at(const Center &center, const ClosingDays &closing, const QDateTime &when) const;
    /// Open after 18:00 on its working days; false when its closing days were not understood.
    static bool opensEvenings(const Center &center, const ClosingDays &closing);
    /// Open on Saturday or Sunday; only when its closing days were understood (never a guess).
    static bool opensWeekends(const Center &center, const ClosingDays &closing);
    /// Why `center` is closed all day on `date`: a holiday's name, "" for a weekly closing day;
    /// none when it is open that day. `unknown` is set when that cannot be told (a holiday the
    /// text does not speak of, a year with no holidays loaded).
    std::optional<QString> closedAllDay(const Center &center, const ClosingDays &closing, QDate date, bool *unknown) const;
    static bool isInJeju(const Center &center);
    /// KST: the clock every time on screen is on.
    static QDateTime jejuTime(const QDateTime &when) { return when.toOffsetFromUtc(9 * 3600); }

private:
    const energy::KoreanHolidays &m_holidays;
};

} // namespace et::domain::centers
