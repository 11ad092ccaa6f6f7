// SPDX-License-Identifier: MIT
// ForecastAssets in a real forecast: the island's forecast with the fast assets (PvPlantModel, the
// sky's prepared PV block, solar skipped at night) equals, to 1e-9, the same forecast with assets
// written here on the reference chain (PvPowerModel::compute on every step, WindFarm's curve); a
// plant that cannot be modelled is refused by name.
#include "domain/energy/demandshape.h"
#include "domain/energy/forecastassets.h"
#include "domain/energy/jejucalibration.h"
#include "domain/energy/pvpowermodel.h"
#include "domain/energy/solarfleet.h"
#include "domain/energy/windfarmcatalog.h"
#include "energytestdata.h"

#include <QTest>
#include <QTimeZone>

using namespace et::domain::energy;

namespace {
bool close(const Band &a, const Band &b)
{
    const auto near = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y)); };
    return near(a.p10, b.p10) && near(a.p50, b.p50) && near(a.p90, b.p90);
}
} // namespace

class TestForecastAssets : public QObject
{
    Q_OBJECT
private slots:
    void fastAssetsForecastWhatTheReferenceChainDoes()
    {
        auto jeju = JejuAssetCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-assets.json")), JejuCalibration::pvPrototype());
        QVERIFY(jeju.ok());
        auto farms = WindFarmCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-wind-farms.json")), et::test::bundledTurbineLibrary());
        QVERIFY(farms.ok());
        const WeatherProcess weather(11);
        const IslandSky sky(SolarFleet(jeju.value().solar).centre());
        const DemandShape demand = DemandShape::jeju(et::test::bundledHolidays(2025, 2026));
        const QDateTime issued(QDate(2026, 4, 18), QTime(10, 40), QTimeZone(9 * 3600));
        EnergyForecast::Inputs fast;
        fast.grid = jeju.value().gridOn(issued.date());
        fast.outlook = [&](const QDateTime &t) { return weather.forecast(issued, t); };
        fast.sky = [&](const QDateTime &t, const Weather &w) { return sky.at(t, w); };
        fast.demandMw = [&](const QDateTime &t, const Weather &) { return demand.mwAt(t); };
        EnergyForecast::Inputs reference = fast;
        for (const SolarPlant &p : jeju.value().solar) {
            fast.assets << ForecastAssets::solar(p).value();
            reference.assets << ForecastAsset{p.id, false, [site = p.site](const StepSky &s) {
                                                  return s.zenithDeg < 90.0 ? PvPowerModel::compute(site, s.pvConditions()).value().acKw / 1000.0 : 0.0;
                                              }};
        }
        for (const WindFarm &f : farms.value()) {
            fast.assets << ForecastAssets::wind(f);
            reference.assets << ForecastAsset{f.assetId, true, [f](const StepSky &s) { return f.outputMwFromReference(s.weather.windSpeedMs, 100.0); }};
        }
        const EnergyForecastResult a = EnergyForecast(fast).compute(issued), b = EnergyForecast(reference).compute(issued);
        QCOMPARE(a.assets.size(), b.assets.size());
        double solarEnergy = 0.0;
        for (qsizetype i = 0; i < a.assets.size(); ++i) {
            QCOMPARE(a.assets.at(i).assetId, b.assets.at(i).assetId);
            for (qsizetype k = 0; k < a.assets.at(i).hourMw.size(); ++k)
                QVERIFY2(close(a.assets.at(i).hourMw.at(k), b.assets.at(i).hourMw.at(k)), qPrintable(a.assets.at(i).assetId));
            for (qsizetype k = 0; k < a.assets.at(i).quarterHourMw.size(); ++k)
                QVERIFY(close(a.assets.at(i).quarterHourMw.at(k), b.assets.at(i).quarterHourMw.at(k)));
        }
        for (qsizetype k = 0; k < a.hours.size(); ++k) {
            QVERIFY(close(a.hours.at(k).solarMw, b.hours.at(k).solarMw));
            QVERIFY(close(a.hours.at(k).curtailmentMw, b.hours.at(k).curtailmentMw));
            QVERIFY(close(a.hours.at(k).smpKrwPerKwh, b.hours.at(k).smpKrwPerKwh));
            solarEnergy += a.hours.at(k).solarMw.p50;
        }
        QVERIFY(solarEnergy > 1000.0); // a week of April sun, not a week of zeros
        QCOMPARE(a.windows.size(), b.windows.size());
    }

    void aPlantThatCannotBeModelledIsRefused()
    {
        SolarPlant p{QStringLiteral("solar-x"), {}};
        p.site.kWp = 100.0;
        p.site.inverterKw = 100.0;
        p.site.azimuthDeg = 400.0;
        const auto r = ForecastAssets::solar(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("solar-x.azimuth"));
    }
};

QTEST_GUILESS_MAIN(TestForecastAssets)
#include "tst_forecastassets.moc"
