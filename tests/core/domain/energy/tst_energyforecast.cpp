// SPDX-License-Identifier: MIT
// EnergyForecast on a small island whose weather and assets are simple enough to work out here:
// the steps are where and how many they should be, the expected value of every figure is what the
// island balance gives for the expected weather (computed again in the test), thermal units and
// converter stations out of service run at nothing, bands are ordered
// and widen with lead time, the same inputs give the same forecast, and curtailment windows are
// cut and summed as written.
#include "domain/energy/energyforecast.h"

#include <QTest>

using namespace et::domain::energy;

namespace {
const QDateTime kIssued(QDate(2025, 4, 6), QTime(2, 7, 30), Qt::UTC); // 11:07:30 KST

IslandBalance::Config island()
{
    IslandBalance::Config c;
    c.thermal = {{QStringLiteral("gas"), 300, 100, 140}};
    c.links = {{QStringLiteral("lcc"), QStringLiteral("LCC"), QStringLiteral("A"), QStringLiteral("conv-lcc"), 300, 50, 200, false},
               {QStringLiteral("vsc"), QStringLiteral("VSC"), QStringLiteral("B"), QStringLiteral("conv-vsc"), 100, -50, 100, true}};
    c.loadShare = {{QStringLiteral("sub"), 1.0}};
    return c;
}

/// Weather that only depends on the target hour, with spreads that grow with lead.
WeatherOutlook outlookFor(const QDateTime &target)
{
    WeatherOutlook o;
    const double hour = target.toSecsSinceEpoch() / 3600 % 24;
    o.expected = {6.0 + 4.0 * std::sin(hour / 24.0 * 6.283), 0.3, 15.0};
    const double lead = double(kIssued.secsTo(target)) / 3600.0;
    o.windLogSigma = 0.05 + 0.002 * lead;
    o.cloudLogitSigma = 0.3 + 0.01 * lead;
    o.temperatureSigmaC = 1.0;
    return o;
}

StepSky skyFor(const QDateTime &, const Weather &w)
{
    StepSky s;
    s.ghi = 800.0 * (1.0 - w.cloudCover);
    s.weather = w;
    return s;
}

EnergyForecast::Inputs inputs()
{
    EnergyForecast::Inputs in;
    in.grid = island();
    in.assets = {{QStringLiteral("farm"), true, [](const StepSky &s) { return std::min(150.0, 15.0 * s.weather.windSpeedMs); }},
                 {QStringLiteral("pv"), false, [](const StepSky &s) { return 0.2 * s.ghi; }}};
    in.outlook = outlookFor;
    in.sky = skyFor;
    in.demandMw = [](const QDateTime &, const Weather &) { return 260.0; };
    in.carbonGPerKwh = [](const BalanceResult &r) { return r.balance.thermalMw / std::max(1.0, r.balance.demandMw) * 490.0; };
    return in;
}
} // namespace

class TestEnergyForecast : public QObject
{
    Q_OBJECT
private slots:
    void stepsAreWhereTheyShouldBe()
    {
        const EnergyForecastResult f = EnergyForecast(inputs()).compute(kIssued);
        QCOMPARE(f.quarterHours.size(), 96);
        QCOMPARE(f.hours.size(), 168);
        QCOMPARE(f.quarterHours.first().time, QDateTime(QDate(2025, 4, 6), QTime(2, 15), Qt::UTC));
        QCOMPARE(f.quarterHours.last().time, QDateTime(QDate(2025, 4, 7), QTime(2, 0), Qt::UTC));
        QCOMPARE(f.hours.first().time, QDateTime(QDate(2025, 4, 6), QTime(3, 0), Qt::UTC));
        QCOMPARE(f.hours.last().time, QDateTime(QDate(2025, 4, 13), QTime(2, 0), Qt::UTC));
        QCOMPARE(f.assets.size(), 2);
        QCOMPARE(f.assets.at(0).assetId, QStringLiteral("farm"));
        QCOMPARE(f.assets.at(0).quarterHourMw.size(), 96);
        QCOMPARE(f.assets.at(1).hourMw.size(), 168);
    }

    void expectedValuesAreTheBalanceOfTheExpectedWeather()
    {
        const EnergyForecastResult f = EnergyForecast(inputs()).compute(kIssued);
        const IslandBalance balance(island());
        for (const ForecastStep &s : f.quarterHours) {
            const Weather w = outlookFor(s.time).expected;
            BalanceInput in;
            in.time = s.time;
            in.demandMw = 260.0;
            in.renewables = {{QStringLiteral("farm"), true, std::min(150.0, 15.0 * w.windSpeedMs)},
                             {QStringLiteral("pv"), false, 0.2 * 800.0 * (1.0 - w.cloudCover)}};
            const BalanceResult r = balance.dispatch(in);
            QCOMPARE(s.demandMw.p50, 260.0);
            QCOMPARE(s.windMw.p50, r.balance.windMw);
            QCOMPARE(s.solarMw.p50, r.balance.solarMw);
            QCOMPARE(s.curtailmentMw.p50, r.balance.curtailmentMw);
            QCOMPARE(s.smpKrwPerKwh.p50, r.balance.smpKrwPerKwh);
            QCOMPARE(s.linkFlowMw.at(1).p50, r.balance.hvdcLinks.at(1).flowMw);
            QCOMPARE(s.carbonGPerKwh.p50, r.balance.thermalMw / r.balance.demandMw * 490.0);
        }
    }

    void unitsAndLinksOutOfServiceRunAtNothing()
    {
        EnergyForecast::Inputs in = inputs();
        in.offline = {QStringLiteral("gas"), QStringLiteral("conv-lcc")};
        const EnergyForecastResult f = EnergyForecast(in).compute(kIssued);
        IslandBalance::Config withoutThem = island();
        withoutThem.thermal.clear();
        const IslandBalance balance(withoutThem);
        for (const ForecastStep &s : f.hours) {
            QCOMPARE(s.thermalMw.p90, 0.0);
            QCOMPARE(s.linkFlowMw.at(0).p90, 0.0);
            // What is left: the VSC link and the renewables, as the balance without them gives it.
            const Weather w = outlookFor(s.time).expected;
            BalanceInput b;
            b.time = s.time;
            b.demandMw = 260.0;
            b.offline = {QStringLiteral("conv-lcc")};
            b.renewables = {{QStringLiteral("farm"), true, std::min(150.0, 15.0 * w.windSpeedMs)},
                            {QStringLiteral("pv"), false, 0.2 * 800.0 * (1.0 - w.cloudCover)}};
            const BalanceResult r = balance.dispatch(b);
            QCOMPARE(s.linkFlowMw.at(1).p50, r.balance.hvdcLinks.at(1).flowMw);
            QCOMPARE(s.smpKrwPerKwh.p50, r.balance.smpKrwPerKwh);
        }
    }

    void bandsAreOrderedAndWiden()
    {
        const EnergyForecastResult f = EnergyForecast(inputs()).compute(kIssued);
        auto ordered = [](const Band &b) { return b.p10 <= b.p50 + 1e-9 && b.p50 <= b.p90 + 1e-9; };
        for (const QList<ForecastStep> *steps : {&f.quarterHours, &f.hours}) {
            for (const ForecastStep &s : *steps) {
                for (const Band &b : {s.demandMw, s.windMw, s.solarMw, s.thermalMw, s.importMw, s.exportMw, s.curtailmentMw,
                                      s.smpKrwPerKwh, s.carbonGPerKwh})
                    QVERIFY(ordered(b));
            }
        }
        for (const AssetForecast &a : f.assets) {
            for (const Band &b : a.hourMw)
                QVERIFY(ordered(b));
        }
        // Demand's own band widens with lead time.
        const auto width = [](const ForecastStep &s) { return s.demandMw.p90 - s.demandMw.p10; };
        QVERIFY(width(f.hours.last()) > width(f.hours.first()) * 1.5);
        QVERIFY(width(f.quarterHours.first()) > 0.0);
    }

    void sameInputsSameForecast()
    {
        QCOMPARE(EnergyForecast(inputs()).compute(kIssued), EnergyForecast(inputs()).compute(kIssued));
        // And with the real weather process, seeded.
        EnergyForecast::Inputs real = inputs();
        const WeatherProcess weather(7);
        real.outlook = [&weather](const QDateTime &t) { return weather.forecast(kIssued, t); };
        const EnergyForecastResult a = EnergyForecast(real).compute(kIssued), b = EnergyForecast(real).compute(kIssued);
        QCOMPARE(a, b);
        const WeatherProcess other(8);
        real.outlook = [&other](const QDateTime &t) { return other.forecast(kIssued, t); };
        QVERIFY(EnergyForecast(real).compute(kIssued) != a);
    }

    void curtailmentWindowsAreCutAndSummed()
    {
        QList<ForecastStep> steps;
        const QDateTime t0(QDate(2025, 4, 6), QTime(0, 0), Qt::UTC);
        const QList<Band> curtail{{0, 0, 0}, {0, 0, 3}, {1, 4, 8}, {0, 2, 6}, {0, 0, 0.5}, {0, 0, 0}, {0, 1, 2}};
        for (int i = 0; i < curtail.size(); ++i) {
            ForecastStep s;
            s.time = t0.addSecs(i * 900);
            s.curtailmentMw = curtail.at(i);
            steps << s;
        }
        const QList<CurtailmentWindow> w = EnergyForecast::windowsOf(steps, 0.25, 1.0);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w.at(0).start, t0.addSecs(900));
        QCOMPARE(w.at(0).end, t0.addSecs(4 * 900)); // the 0.5 MW step is below the threshold
        QCOMPARE(w.at(0).energyMwh.p50, (0 + 4 + 2) * 0.25);
        QCOMPARE(w.at(0).energyMwh.p90, (3 + 8 + 6) * 0.25);
        QCOMPARE(w.at(0).energyMwh.p10, 1 * 0.25);
        QCOMPARE(w.at(0).peakMw, 8.0);
        QCOMPARE(w.at(1).start, t0.addSecs(6 * 900)); // open at the end of the series
        QCOMPARE(w.at(1).end, t0.addSecs(7 * 900));
    }
};

QTEST_GUILESS_MAIN(TestEnergyForecast)
#include "tst_energyforecast.moc"
