// SPDX-License-Identifier: MIT
#include "domain/centers/opennow.h"

namespace et::domain::centers {

namespace {
// How far ahead the next opening is looked for: past Seollal or Chuseok with their weekends.
constexpr int kLookAheadDays = 14;
} // namespace

int OpenState::minutesUntilChange(const QDateTime &now) const
{
    const QDateTime next = kind == Kind::Open ? closesAt : opensAt;
    return next.isValid() ? int(now.secsTo(next) / 60) : -1;
}

bool OpenNow::isInJeju(const Center &center)
{
    return center.roadAddress.startsWith(u"제주") || center.lotAddress.startsWith(u"제주");
}

std::optional<QString> OpenNow::closedAllDay(const Center &center, const ClosingDays &closing, QDate date, bool *unknown) const
{
    *unknown = false;
    if (closing.openEveryDay)
        return std::nullopt;
    if (closing.weekdays.contains(date.dayOfWeek()))
        return QString();
    const bool covered = m_holidays.coversYear(date.year());
    const auto national = m_holidays.nationalHoliday(date);
    if (national) {
        if (closing.publicHolidays)
            return national->names.join(QStringLiteral(", "));
        const bool seollalOrChuseok = std::any_of(national->names.cbegin(), national->names.cend(), [](const QString &n) {
            return n.contains(u"설날") || n.contains(u"추석");
        });
        if (closing.lunarNewYearAndChuseok && seollalOrChuseok)
            return national->names.join(QStringLiteral(", "));
        if (closing.workersDay && date.month() == 5 && date.day() == 1)
            return national->names.join(QStringLiteral(", "));
        if (closing.holidaysUnknown) {
            *unknown = true;
            return std::nullopt;
        }
        return std::nullopt;
    }
    if (closing.workersDay && date.month() == 5 && date.day() == 1)
        return QStringLiteral("근로자의 날");
    if (closing.publicHolidays && isInJeju(center)) {
        for (const energy::LocalHolidayRule &rule : m_holidays.jejuRules()) {
            if (rule.appliesTo(date))
                return rule.name;
        }
    }
    if (!covered && (closing.publicHolidays || closing.lunarNewYearAndChuseok || closing.holidaysUnknown))
        *unknown = true; // no holidays loaded for that year: a "no" could be wrong
    return std::nullopt;
}

OpenState OpenNow::at(const Center &center, const QDateTime &when) const
{
    return at(center, ClosingDays::parse(center.closedDays), when);
}

bool OpenNow::opensEvenings(const Center &center, const ClosingDays &closing)
{
    return center.closesAt.isValid() && center.closesAt > QTime(18, 0) && (closing.understood || center.closedDays.trimmed().isEmpty());
}

bool OpenNow::opensWeekends(const Center &center, const ClosingDays &closing)
{
    return closing.understood && center.opensAt.isValid()
           && (!closing.weekdays.contains(Qt::Saturday) || !closing.weekdays.contains(Qt::Sunday));
}

OpenState OpenNow::at(const Center &center, const ClosingDays &closing, const QDateTime &when) const
{
    OpenState out;
    if (!center.opensAt.isValid() || !center.closesAt.isValid() || center.opensAt >= center.closesAt)
        return out; // Uncertain, no text: the hours are missing
    if (!closing.understood && !center.closedDays.trimmed().isEmpty()) {
        out.rawText = center.closedDays;
        return out;
    }
    const QDateTime local = jejuTime(when);
    const QDate today = local.date();
    bool unknown = false;
    const auto closedToday = closedAllDay(center, closing, today, &unknown);
    if (unknown) {
        out.rawText = center.closedDays;
        return out;
    }
    const auto at = [](QDate d, QTime t) { return QDateTime(d, t, Qt::OffsetFromUTC, 9 * 3600); };
    // The next opening after today's (or from tomorrow): the first day in two weeks it is open.
    const auto nextOpening = [&](QDate from) {
        for (int i = 0; i < kLookAheadDays; ++i) {
            const QDate d = from.addDays(i);
            bool dayUnknown = false;
            if (!closedAllDay(center, closing, d, &dayUnknown) && !dayUnknown)
                return at(d, center.opensAt);
        }
        return QDateTime();
    };
    if (closedToday) {
        out.kind = OpenState::Kind::ClosedToday;
        out.reason = *closedToday;
        out.opensAt = nextOpening(today.addDays(1));
        return out;
    }
    const QDateTime opens = at(today, center.opensAt), closes = at(today, center.closesAt);
    if (local < opens) {
        out.kind = OpenState::Kind::Closed;
        out.opensAt = opens;
    } else if (local < closes) {
        out.kind = OpenState::Kind::Open;
        out.closesAt = closes;
    } else {
        out.kind = OpenState::Kind::Closed;
        out.opensAt = nextOpening(today.addDays(1));
    }
    return out;
}

} // namespace et::domain::centers
