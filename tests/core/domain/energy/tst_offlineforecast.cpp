// SPDX-License-Identifier: MIT
// OfflineForecast: the island rebuilt from cached assets and the inputs (through their JSON)
// forecasts, at the outlook's issue time, exactly what the island itself forecasts from that
// outlook. Issued hours later it starts later and follows the cached outlook: a farm's and a
// site's output at chosen steps equal what the turbine curve and the PV chain make of the
// outlook's weather, interpolated here; past the outlook's end, of the climate's. Assets the cache
// has offline or in maintenance produce nothing; a cache that no longer matches the inputs, an
// issue before the outlook and a demand shape this build lacks are errors.
#include "smallisland.h"

#include "domain/energy/forecastinputsjson.h"
#include "domain/energy/forecastjson.h"
#include "domain/energy/offlineforecast.h"
#include "domain/energy/pvpowermodel.h"

#include <QTest>

#include <cmath>

using namespace et;
using namespace et::domain::energy;

namespace {
// 09:15 KST on a spring Saturday.
const QDateTime kIssued(QDate(2025, 4, 12), QTime(0, 15), Qt::UTC);
constexpr double kZ90 = 1.2815515655446004;

struct Fixture
{
    test::SmallIsland island;
    ForecastInputs inputs;

    Fixture()
    {
        auto described = ForecastInputs::describe(island.spec, island.demand, HourlyOutlook::issue(island.model().weather(), kIssued));
        if (!described)
            qFatal("describe: %s", qPrintable(described.error().toString()));
        // What the console caches: the inputs as the JSON carried them.
        auto decoded = ForecastInputsJson::fromJson(ForecastInputsJson::toJson(described.value()));
        if (!decoded)
            qFatal("decode: %s", qPrintable(decoded.error().toString()));
        inputs = decoded.value();
    }
};

/// The outlook's expected weather at `t`, interpolated here between its two hourly points.
Weather outlookWeather(const ForecastInputs &in, const QDateTime &t, WeatherOutlook *spread = nullptr)
{
    const qint64 s = in.outlook.start().secsTo(t);
    const qsizetype i = qsizetype(s / 3600);
    const double f = double(s % 3600) / 3600.0;
    const WeatherOutlook &a = in.outlook.points().at(i);
    const WeatherOutlook &b = in.outlook.points().at(std::min(i + 1, in.outlook.points().size() - 1));
    if (spread)
        spread->windLogSigma = a.windLogSigma + f * (b.windLogSigma - a.windLogSigma);
    return {a.expected.windSpeedMs + f * (b.expected.windSpeedMs - a.expected.windSpeedMs),
            a.expected.cloudCover + f * (b.expected.cloudCover - a.expected.cloudCover),
            a.expected.temperatureC + f * (b.expected.temperatureC - a.expected.temperatureC)};
}

qsizetype assetIndex(const EnergyForecastResult &f, const QString &id)
{
    for (qsizetype i = 0; i < f.assets.size(); ++i) {
        if (f.assets.at(i).assetId == id)
            return i;
    }
    return -1;
}

/// `got`, as the forecast rounds it to tenths, is `expected` (half a tenth, and a float's noise).
bool isTenthOf(double got, double expected)
{
    if (std::abs(got - expected) <= 0.05 + 1e-6)
        return true;
    qWarning("%.6f is not %.6f to a tenth", got, expected);
    return false;
}
} // namespace

class TestOfflineForecast : public QObject
{
    Q_OBJECT
private slots:
    void atTheOutlooksIssueTimeItIsTheIslandsForecast()
    {
        const Fixture fx;
        auto again = OfflineForecast::recompute(fx.inputs, fx.island.assets, kIssued);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        const EnergyForecastResult direct = ForecastJson::rounded(fx.island.model().forecast(kIssued, {}, fx.inputs.outlook), 0.1);
        QVERIFY(again.value() == direct);
        QVERIFY(!again.value().inputs);
    }

    void laterItStartsLaterAndFollowsTheCachedOutlook()
    {
        const Fixture fx;
        const QDateTime later = kIssued.addSecs(5 * 3600); // 14:15 KST
        auto f = OfflineForecast::recompute(fx.inputs, fx.island.assets, later);
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        QCOMPARE(f.value().issued, later);
        QCOMPARE(f.value().quarterHours.first().time, later);
        QCOMPARE(f.value().hours.first().time, later.addSecs(45 * 60));

        const WindFarm &farm = fx.island.spec.wind.first();
        const qsizetype wind = assetIndex(f.value(), farm.assetId);
        const qsizetype solar = assetIndex(f.value(), QStringLiteral("solar-a"));
        QVERIFY(wind >= 0 && solar >= 0);
        // At 15:00 KST (on the hour) and 15:30 (between two of the outlook's points).
        for (const int quarter : {3, 5}) {
            const ForecastStep &step = f.value().quarterHours.at(quarter);
            QCOMPARE(step.curtailmentMw.p90, 0.0);
            WeatherOutlook spread;
            const Weather w = outlookWeather(fx.inputs, step.time, &spread);
            // The farm's curve at hub height: the expected wind, and the outlook's P10 and P90.
            const Band got = f.value().assets.at(wind).quarterHourMw.at(quarter);
            const double mid = farm.outputMwFromReference(w.windSpeedMs, 100.0);
            const double low = farm.outputMwFromReference(w.windSpeedMs * std::exp(-kZ90 * spread.windLogSigma), 100.0);
            const double high = farm.outputMwFromReference(w.windSpeedMs * std::exp(kZ90 * spread.windLogSigma), 100.0);
            QVERIFY(isTenthOf(got.p50, mid));
            QVERIFY(isTenthOf(got.p10, std::min({low, mid, high})));
            QVERIFY(isTenthOf(got.p90, std::max({low, mid, high})));
            QVERIFY(mid > 0.5);

            // The PV chain under the island's sky for that weather; the modules feel the wind at
            // 10 m, by the 1/7 power law.
            const StepSky sky = fx.island.model().sky(step.time, w);
            PvConditions c;
            c.sunZenithDeg = sky.zenithDeg;
            c.sunAzimuthDeg = sky.azimuthDeg;
            c.ghi = sky.ghi;
            c.dni = sky.dni;
            c.dhi = sky.dhi;
            c.dniExtra = sky.dniExtra;
            c.airTemperatureC = w.temperatureC;
            c.windSpeedMs = w.windSpeedMs * std::pow(10.0 / 100.0, 1.0 / 7.0);
            const auto pv = PvPowerModel::compute(IslandModel::solarSiteFor(fx.island.assets.at(5)).site, c);
            QVERIFY(pv.ok());
            QVERIFY(pv.value().acKw > 0.0);
            QVERIFY(isTenthOf(f.value().assets.at(solar).quarterHourMw.at(quarter).p50, pv.value().acKw / 1000.0));
        }
    }

    void pastTheOutlookItIsTheClimate()
    {
        const Fixture fx;
        const QDateTime later = kIssued.addDays(2);
        auto f = OfflineForecast::recompute(fx.inputs, fx.island.assets, later);
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        const ForecastStep &last = f.value().hours.last();
        QVERIFY(last.time > fx.inputs.outlook.end());
        const QDateTime kst = last.time.addSecs(9 * 3600);
        const double hour = kst.time().msecsSinceStartOfDay() / 3600000.0;
        const double climate = WeatherProcess::climateWindMs(kst.date().dayOfYear(), hour) * std::exp(WeatherProcess::kWindLogMeanOffset);
        const WindFarm &farm = fx.island.spec.wind.first();
        QVERIFY(isTenthOf(f.value().assets.at(assetIndex(f.value(), farm.assetId)).hourMw.last().p50, farm.outputMwFromReference(climate, 100.0)));
        // Within the outlook, the same farm follows the outlook, not the climate.
        const ForecastStep &first = f.value().hours.first();
        QVERIFY(isTenthOf(f.value().assets.at(assetIndex(f.value(), farm.assetId)).hourMw.first().p50,
                          farm.outputMwFromReference(outlookWeather(fx.inputs, first.time).windSpeedMs, 100.0)));
    }

    void assetsOutOfServiceProduceNothing()
    {
        Fixture fx;
        fx.island.assets[4].status = domain::AssetStatus::Maintenance; // wind-b
        fx.island.assets[6].status = domain::AssetStatus::Offline;     // solar-b
        fx.island.assets[3].status = domain::AssetStatus::Emergency;   // wind-a: running, watched
        QCOMPARE(OfflineForecast::outOfService(fx.island.assets), (QSet<QString>{QStringLiteral("wind-b"), QStringLiteral("solar-b")}));
        auto f = OfflineForecast::recompute(fx.inputs, fx.island.assets, kIssued.addSecs(3600));
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        for (const QString &id : {QStringLiteral("wind-b"), QStringLiteral("solar-b")}) {
            const AssetForecast &a = f.value().assets.at(assetIndex(f.value(), id));
            for (const Band &b : a.quarterHourMw + a.hourMw)
                QVERIFY2(b == Band{}, qPrintable(id));
        }
        // The island's wind is wind-a's alone.
        const qsizetype windA = assetIndex(f.value(), QStringLiteral("wind-a"));
        double windAMw = 0.0;
        for (qsizetype i = 0; i < f.value().hours.size(); ++i) {
            QVERIFY(std::abs(f.value().hours.at(i).windMw.p50 - f.value().assets.at(windA).hourMw.at(i).p50) < 0.1 + 1e-9);
            windAMw += f.value().assets.at(windA).hourMw.at(i).p50;
        }
        QVERIFY(windAMw > 0.0);
    }

    void aCacheThatNoLongerMatchesIsAnError()
    {
        const Fixture fx;
        QList<domain::Asset> withoutWindA = fx.island.assets;
        withoutWindA.removeAt(3);
        auto missing = OfflineForecast::recompute(fx.inputs, withoutWindA, kIssued);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("wind_farms[0].asset_id"));
        QVERIFY2(missing.error().message.contains(QStringLiteral("wind-a")), qPrintable(missing.error().toString()));

        QList<domain::Asset> thermalAsSolar = fx.island.assets;
        thermalAsSolar[0].kind = domain::AssetKind::Solar;
        auto kind = OfflineForecast::recompute(fx.inputs, thermalAsSolar, kIssued);
        QVERIFY(!kind.ok());
        QCOMPARE(kind.error().field, QStringLiteral("thermal[0].asset_id"));

        auto early = OfflineForecast::recompute(fx.inputs, fx.island.assets, kIssued.addSecs(-900));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().field, QStringLiteral("issued"));

        ForecastInputs other = fx.inputs;
        other.demand.shape = QStringLiteral("jeju-kpx-2031");
        auto shape = OfflineForecast::recompute(other, fx.island.assets, kIssued);
        QVERIFY(!shape.ok());
        QCOMPARE(shape.error().field, QStringLiteral("demand.shape"));
        QVERIFY2(shape.error().message.contains(QStringLiteral("jeju-kpx-2025")), qPrintable(shape.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestOfflineForecast)
#include "tst_offlineforecast.moc"
