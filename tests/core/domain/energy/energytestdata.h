// SPDX-License-Identifier: MIT
#pragma once
// The real data the energy tests read: bundled copies under resources/data and the published
// originals under shared/data (ET_SOURCE_DIR / ET_SHARED_DATA_DIR). Tests may read files; the
// code under test only ever gets their bytes.

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

} // namespace et::test
