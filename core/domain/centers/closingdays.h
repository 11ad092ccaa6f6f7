// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace et::domain::centers {

/// A center's closing days (휴무일정보) read from the free text the standard data publishes, e.g.
/// "토+일+공휴일", "매주 토,일요일 공휴일", "주말 및 국정공휴일", "일요일, 명절", "월 ~ 금 근무",
/// "연중무휴". The text is split into its parts; each part must be understood — a weekday (토,
/// 토요일, 매주 토요일), the weekend (주말), public holidays (공휴일, 법정·국정·국가 지정 공휴일,
/// 기타 법령이 정하는 공휴일, 임시 및 대체 공휴일, 국경일 — taken as public holidays), Seollal or
/// Chuseok (설 연휴, 추석 연휴, 명절: both), Workers' Day (근로자의 날, 노동절: 1 May) or a
/// working week ("월 ~ 금 근무": closed the other days) — or the whole text is not understood
/// (`understood` false): the console then shows the raw text and never guesses "open". A text
/// that closes all seven days or speaks of a suspension (코로나, 중단) is not understood either.
struct ClosingDays
{
    bool understood = false;
    QSet<int> weekdays;          ///< Qt::DayOfWeek values (1 Monday … 7 Sunday) it is closed on
    bool publicHolidays = false; ///< closed on public holidays (national, substitute and temporary)
    bool lunarNewYearAndChuseok = false; ///< closed over Seollal and Chuseok (named holidays)
    bool workersDay = false;     ///< closed on 1 May
    bool openEveryDay = false;   ///< "연중무휴"
    bool holidaysUnknown = false; ///< the text says nothing of holidays ("월 ~ 금 근무")
    QString text;                ///< as published

    static ClosingDays parse(const QString &text);
    bool operator==(const ClosingDays &) const = default;
};

} // namespace et::domain::centers
