// SPDX-License-Identifier: MIT
#include "kpxreportdata.h"

#include "domain/energy/jejucalibration.h"
#include "domain/energy/windfarmcatalog.h"

#include <QDir>
#include <QFile>

namespace et::bench {

using namespace domain::energy;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(f.errorString()));
    return f.readAll();
}

template<typename T>
T valueOr(domain::Result<T> r, const QString &what)
{
    if (!r)
        qFatal("%s: %s", qPrintable(what), qPrintable(r.error().toString()));
    return std::move(r).value();
}

QList<KpxHourlyPoint> kpxPoints(const QString &path)
{
    return valueOr(KpxHourlySeries::parse(bytesOf(path)), path).points();
}
} // namespace

KpxReportData loadKpxReportData(const QString &sharedDataDir, const QString &resourceDir)
{
    KpxReportData d;
    const QString energy = sharedDataDir + QStringLiteral("/energy/");
    for (const QString &file : QDir(resourceDir + QStringLiteral("/holidays")).entryList({QStringLiteral("hyunbinseo_*.json")}))
        d.holidays.add(valueOr(KoreanHolidays::parseHyunbinseoJson(bytesOf(resourceDir + QStringLiteral("/holidays/") + file)), file));
    const QDate jan1(2025, 1, 1), dec31(2025, 12, 31);
    d.solar2025 = HourlyValues::fromPoints(kpxPoints(energy + QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv")), jan1, dec31);
    d.wind2025 = HourlyValues::fromPoints(kpxPoints(energy + QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv")), jan1, dec31);
    d.demandPoints = kpxPoints(energy + QStringLiteral("kpx-jeju-2025/jeju_system_demand_2023-09_2026-06_cp949.csv"));
    d.demand = HourlyValues::fromPoints(d.demandPoints, QDate(2023, 9, 1), QDate(2026, 6, 30));
    d.windCurtailment = kpxPoints(energy + QStringLiteral("kpx-jeju-curtailment/jeju_wind_curtailment_2021-2024_cp949.csv"));
    d.assets = valueOr(JejuAssetCatalog::read(bytesOf(resourceDir + QStringLiteral("/jeju-assets.json")), JejuCalibration::pvPrototype()),
                       QStringLiteral("jeju-assets.json"));
    const auto library = valueOr(WindTurbineLibrary::parse(bytesOf(resourceDir + QStringLiteral("/wind-power-curves/power_curves.csv")),
                                                           bytesOf(resourceDir + QStringLiteral("/wind-power-curves/turbine_data.csv"))),
                                 QStringLiteral("wind-power-curves"));
    d.farms = valueOr(WindFarmCatalog::read(bytesOf(resourceDir + QStringLiteral("/jeju-wind-farms.json")), library),
                      QStringLiteral("jeju-wind-farms.json"));
    return d;
}

} // namespace et::bench
