// SPDX-License-Identifier: MIT
#include "domain/energy/kpxislandseries.h"

#include "domain/energy/kpxhourlyseries.h"

#include <QTimeZone>

#include <cmath>

namespace et::domain::energy {

namespace {
using File = KpxIslandSeries::File;

// The bound history keeps (EnergyHistoryPoint); Jeju's peak demand is about 1.2 GW.
constexpr double kMaxMw = 5000.0;
constexpr int kKstOffsetSecs = 9 * 3600;

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString kstMinute(const QDateTime &t)
{
    return t.toOffsetFromUtc(kKstOffsetSecs).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm")) + QStringLiteral("+09:00");
}

/// The file parsed with every row whole: a replay cannot skip what it must show.
Result<KpxHourlySeries> parseWhole(const File &f)
{
    auto s = KpxHourlySeries::parse(f.bytes);
    if (!s.ok())
        return Error{f.name, s.error().toString()};
    if (!s.value().issues().isEmpty()) {
        const auto &issue = s.value().issues().front();
        return Error{f.name, QStringLiteral("line %1: %2 (a replay needs every row whole)").arg(issue.line).arg(issue.reason)};
    }
    if (s.value().rowsRead() == 0)
        return Error{f.name, QStringLiteral("has no rows of data")};
    return s;
}

/// Every hour of the days [first, last] from `s`, each a power in [0, kMaxMw].
Result<HourlyValues> everyHour(const File &f, const KpxHourlySeries &s, QDate first, QDate last)
{
    HourlyValues v = HourlyValues::fromPoints(s.points(), first, last);
    for (qsizetype i = 0; i < v.size(); ++i) {
        const double x = v.at(i);
        if (std::isfinite(x) && x >= 0.0 && x <= kMaxMw)
            continue;
        const QDate date = v.dateOf(i);
        const int line = s.lineOf(date);
        if (line == 0)
            return Error{f.name, QStringLiteral("has no row for %1 (a replay needs every day from %2 to %3)").arg(day(date), day(first), day(last))};
        const QString cell = QStringLiteral("%1 %2시").arg(day(date)).arg(HourlyValues::hourOfDay(i) + 1);
        if (std::isnan(x))
            return Error{f.name, QStringLiteral("line %1: %2 has no amount (an empty cell or a flag)").arg(line).arg(cell)};
        return Error{f.name, QStringLiteral("line %1: %2 is %3, not a power in [0, %4] MW").arg(line).arg(cell).arg(x).arg(kMaxMw)};
    }
    return v;
}

/// The curtailment record over the span it covers: a day it does not list, or a cell it leaves
/// empty, had no curtailment.
Result<HourlyValues> curtailmentRecord(const File &f)
{
    auto s = parseWhole(f);
    if (!s.ok())
        return s.error();
    HourlyValues v = HourlyValues::fromPoints(s.value().points(), s.value().firstDate(), s.value().lastDate());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (std::isnan(v.at(i)))
            v[i] = 0.0;
        else if (v.at(i) < 0.0 || v.at(i) > kMaxMw)
            return Error{f.name, QStringLiteral("line %1: %2 %3시 is %4, not an amount in [0, %5] MWh")
                                     .arg(s.value().lineOf(v.dateOf(i)))
                                     .arg(day(v.dateOf(i)))
                                     .arg(HourlyValues::hourOfDay(i) + 1)
                                     .arg(v.at(i))
                                     .arg(kMaxMw)};
    }
    return v;
}
} // namespace

Result<KpxIslandSeries> KpxIslandSeries::read(const Files &files)
{
    auto solar = parseWhole(files.solar);
    if (!solar.ok())
        return solar.error();
    const QDate first = solar.value().firstDate(), last = solar.value().lastDate();
    KpxIslandSeries out;
    const std::pair<const File *, HourlyValues *> generation[] = {
        {&files.solar, &out.m_solar}, {&files.wind, &out.m_wind}, {&files.lng, &out.m_lng}, {&files.bioHeavyOil, &out.m_bio}};
    for (const auto &[file, values] : generation) {
        auto s = file == &files.solar ? solar : parseWhole(*file);
        if (!s.ok())
            return s.error();
        if (s.value().firstDate() != first || s.value().lastDate() != last)
            return Error{file->name, QStringLiteral("covers %1 to %2, the solar series %3 to %4: the generation series must cover the same days")
                                         .arg(day(s.value().firstDate()), day(s.value().lastDate()), day(first), day(last))};
        auto hours = everyHour(*file, s.value(), first, last);
        if (!hours.ok())
            return hours.error();
        *values = std::move(hours).value();
    }
    auto demand = parseWhole(files.demand);
    if (!demand.ok())
        return demand.error();
    if (demand.value().firstDate() > first || demand.value().lastDate() < last)
        return Error{files.demand.name, QStringLiteral("covers %1 to %2, not every day of the generation series (%3 to %4)")
                                            .arg(day(demand.value().firstDate()), day(demand.value().lastDate()), day(first), day(last))};
    auto demandHours = everyHour(files.demand, demand.value(), first, last);
    if (!demandHours.ok())
        return demandHours.error();
    out.m_demand = std::move(demandHours).value();
    if (files.windCurtailment) {
        auto record = curtailmentRecord(*files.windCurtailment);
        if (!record.ok())
            return record.error();
        out.m_curtailment = std::move(record).value();
    }
    return out;
}

QDateTime KpxIslandSeries::firstMinute() const
{
    return QDateTime(firstDate(), QTime(0, 0), QTimeZone(kKstOffsetSecs)).toUTC();
}

QDateTime KpxIslandSeries::lastMinute() const
{
    return QDateTime(lastDate(), QTime(23, 59), QTimeZone(kKstOffsetSecs)).toUTC();
}

QString KpxIslandSeries::rangeText() const
{
    return kstMinute(firstMinute()) + QStringLiteral(" – ") + kstMinute(lastMinute());
}

KpxIslandTotals KpxIslandSeries::at(const QDateTime &t) const
{
    KpxIslandTotals r;
    r.demandMw = m_demand.interpolatedAt(t);
    r.solarMw = m_solar.interpolatedAt(t);
    r.windMw = m_wind.interpolatedAt(t);
    r.lngMw = m_lng.interpolatedAt(t);
    r.bioHeavyOilMw = m_bio.interpolatedAt(t);
    if (m_curtailment.size() > 0) {
        const QDate date = QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() + kKstOffsetSecs, Qt::UTC).date();
        r.curtailmentRecorded = date >= m_curtailment.firstDate() && date <= m_curtailment.dateOf(m_curtailment.size() - 1);
        r.windCurtailedMw = r.curtailmentRecorded ? m_curtailment.interpolatedAt(t) : 0.0;
    }
    return r;
}

} // namespace et::domain::energy
