// SPDX-License-Identifier: MIT
#pragma once
// The real data the energy tests read: bundled copies under resources/data and the published
// originals under shared/data (ET_SOURCE_DIR / ET_SHARED_DATA_DIR). Tests may read files; the
// code under test only ever gets their bytes.

#include "domain/energy/hourlyvalues.h"
#include "domain/energy/koreanholidays.h"
#include "domain/energy/windturbinelibrary.h"

#include <QFile>
#include <QMap>
#include <QString>
#include <QStringDecoder>

#include <array>
#include <cmath>

namespace et::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// A file under resources/data, e.g. "jeju-wind-farms.json".
inline QByteArray resourceBytes(const QString &relative)
{
    return fileBytes(QStringLiteral(ET_SOURCE_DIR "/resources/data/") + relative);
}

/// A file under shared/data/energy, e.g. "kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv".
inline QByteArray sharedEnergyBytes(const QString &relative)
{
    return fileBytes(QStringLiteral(ET_SHARED_DATA_DIR "/energy/") + relative);
}

/// A KPX wide file under shared/data/energy decoded and split here, independently of the
/// project's KpxHourlySeries: date → the 24 hourly values ("1시" = 00:00–01:00 KST), NaN for an
/// empty cell or a flag. CP949 unless the file starts with a UTF-8 BOM; CRLF or LF. The hour
/// columns are found by their names.
inline QMap<QDate, std::array<double, 24>> rawKpxHourly(const QString &relative)
{
    QByteArray bytes = sharedEnergyBytes(relative);
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        text = QString::fromUtf8(bytes.mid(3));
    else
        text = QStringDecoder("windows-949").decode(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u',');
    std::array<qsizetype, 24> column{};
    for (int h = 0; h < 24; ++h)
        column[size_t(h)] = header.indexOf(QStringLiteral("%1시").arg(h + 1));
    QMap<QDate, std::array<double, 24>> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u',');
        std::array<double, 24> values{};
        for (int h = 0; h < 24; ++h) {
            bool ok = false;
            const double v = cells.value(column[size_t(h)]).toDouble(&ok);
            values[size_t(h)] = ok ? v : std::nan("");
        }
        out.insert(QDate::fromString(cells.at(0), Qt::ISODate), values);
    }
    return out;
}

/// The hours of the dates [first, last] of a raw file on one clock (NaN where it has none).
inline domain::energy::HourlyValues hoursOf(const QMap<QDate, std::array<double, 24>> &raw, QDate first, QDate last)
{
    std::array<double, 24> none;
    none.fill(std::nan(""));
    std::vector<double> v;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const auto day = raw.value(d, none);
        v.insert(v.end(), day.begin(), day.end());
    }
    return domain::energy::HourlyValues(first, std::move(v));
}

/// A raw file as KPX points (every hour of every day it lists).
inline QList<domain::energy::KpxHourlyPoint> pointsOf(const QMap<QDate, std::array<double, 24>> &raw)
{
    QList<domain::energy::KpxHourlyPoint> out;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        for (int h = 0; h < 24; ++h)
            out << domain::energy::KpxHourlyPoint{it.key(), h, it.value()[size_t(h)], false};
    return out;
}

inline domain::energy::WindTurbineLibrary bundledTurbineLibrary()
{
    auto lib = domain::energy::WindTurbineLibrary::parse(resourceBytes(QStringLiteral("wind-power-curves/power_curves.csv")),
                                                         resourceBytes(QStringLiteral("wind-power-curves/turbine_data.csv")));
    if (!lib)
        qFatal("turbine library: %s", qPrintable(lib.error().toString()));
    return lib.value();
}

/// The bundled holidays of the years given (JSON files 2018–2026).
inline domain::energy::KoreanHolidays bundledHolidays(int firstYear, int lastYear)
{
    domain::energy::KoreanHolidays h;
    for (int year = firstYear; year <= lastYear; ++year) {
        auto parsed = domain::energy::KoreanHolidays::parseHyunbinseoJson(
            resourceBytes(QStringLiteral("holidays/hyunbinseo_%1.json").arg(year)));
        if (!parsed)
            qFatal("holidays %d: %s", year, qPrintable(parsed.error().toString()));
        h.add(parsed.value());
    }
    return h;
}

} // namespace et::test
