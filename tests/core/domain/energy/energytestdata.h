// SPDX-License-Identifier: MIT
#pragma once
// The real data the energy tests read: bundled copies under resources/data and the published
// originals under shared/data (ET_SOURCE_DIR / ET_SHARED_DATA_DIR). Tests may read files; the
// code under test only ever gets their bytes.

#include "domain/energy/koreanholidays.h"
#include "domain/energy/windturbinelibrary.h"

#include <QFile>
#include <QString>

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
