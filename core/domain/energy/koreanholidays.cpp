// SPDX-License-Identifier: MIT
#include "koreanholidays.h"

#include "domain/csvtext.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

#include <algorithm>

namespace et::domain::energy {

namespace {
QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

KoreanHolidays::KoreanHolidays()
    : m_jejuRules{LocalHolidayRule::jejuApril3()}
{
}

KoreanHolidays::Kind KoreanHolidays::kindOf(const QStringList &names)
{
    for (const QString &n : names) {
        if (n.startsWith(QStringLiteral("대체공휴일")))
            return Kind::Substitute;
    }
    for (const QString &n : names) {
        if (n.contains(QStringLiteral("임시공휴일")) || n.contains(QStringLiteral("선거")))
            return Kind::Temporary;
    }
    return Kind::Regular;
}

Result<QList<KoreanHolidays::Holiday>> KoreanHolidays::parseHyunbinseoJson(const QByteArray &json)
{
    auto root = parseJsonObject(json);
    if (!root)
        return root.error();
    QList<Holiday> out;
    for (auto it = root.value().begin(); it != root.value().end(); ++it) {
        const QDate date = isoDate(it.key());
        if (!date.isValid())
            return Error{it.key(), QStringLiteral("is not a date (expected yyyy-MM-dd)")};
        if (!it.value().isArray() || it.value().toArray().isEmpty())
            return Error{it.key(), QStringLiteral("expected a non-empty list of names, got %1").arg(jsonTypeName(it.value()))};
        QStringList names;
        for (const QJsonValue &n : it.value().toArray()) {
            if (!n.isString() || n.toString().trimmed().isEmpty())
                return Error{it.key(), QStringLiteral("a holiday name must be non-empty text, got %1").arg(jsonTypeName(n))};
            names << n.toString().trimmed();
        }
        out << Holiday{date, names, kindOf(names)};
    }
    return out;
}

Result<QList<KoreanHolidays::Holiday>> KoreanHolidays::parseHyunbinseoCsv(const QByteArray &csv)
{
    const QList<CsvRecord> records = CsvText::records(CsvText::decode(csv).text);
    if (records.isEmpty() || records.front().fields.size() < 2
        || records.front().fields.at(0).trimmed() != QLatin1String("Start date"))
        return Error{QStringLiteral("line 1"), QStringLiteral("expected the header \"Start date,Subject\"")};
    QList<Holiday> out;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &r = records.at(i);
        const QString where = QStringLiteral("line %1").arg(r.line);
        const QDate date = r.fields.isEmpty() ? QDate() : isoDate(r.fields.at(0));
        if (!date.isValid())
            return Error{where, QStringLiteral("\"%1\" is not a date (expected yyyy-MM-dd)").arg(r.fields.value(0))};
        const QString name = r.fields.value(1).trimmed();
        if (name.isEmpty())
            return Error{where, QStringLiteral("the holiday has no name")};
        // The CSV gives a date with two holidays as two rows.
        const auto same = std::find_if(out.begin(), out.end(), [&](const Holiday &h) { return h.date == date; });
        if (same != out.end()) {
            same->names << name;
            same->kind = kindOf(same->names);
        } else {
            out << Holiday{date, {name}, kindOf({name})};
        }
    }
    return out;
}

void KoreanHolidays::add(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays) {
        m_years.insert(h.date.year());
        auto it = m_byDay.find(h.date.toJulianDay());
        if (it == m_byDay.end()) {
            m_byDay.insert(h.date.toJulianDay(), h);
            continue;
        }
        for (const QString &n : h.names) {
            if (!it->names.contains(n))
                it->names << n;
        }
        it->kind = kindOf(it->names);
    }
}

std::optional<KoreanHolidays::Holiday> KoreanHolidays::nationalHoliday(QDate date) const
{
    const auto it = m_byDay.constFind(date.toJulianDay());
    return it == m_byDay.cend() ? std::nullopt : std::optional<Holiday>(*it);
}

bool KoreanHolidays::isJejuHoliday(QDate date) const
{
    if (isNationalHoliday(date))
        return true;
    return std::any_of(m_jejuRules.cbegin(), m_jejuRules.cend(), [&](const LocalHolidayRule &r) { return r.appliesTo(date); });
}

QStringList KoreanHolidays::jejuHolidayNames(QDate date) const
{
    QStringList names;
    if (const auto h = nationalHoliday(date))
        names = h->names;
    for (const LocalHolidayRule &r : m_jejuRules) {
        if (r.appliesTo(date))
            names << r.name;
    }
    return names;
}

QList<KoreanHolidays::Holiday> KoreanHolidays::inYear(int year) const
{
    QList<Holiday> out;
    for (const Holiday &h : m_byDay) {
        if (h.date.year() == year)
            out << h;
    }
    std::sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

} // namespace et::domain::energy
