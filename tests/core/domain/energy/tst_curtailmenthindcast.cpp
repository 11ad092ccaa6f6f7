// SPDX-License-Identifier: MIT
// CurtailmentHindcast counts what it should, year by year: on a small island whose surplus is
// worked out here hour by hour (must-run and the LCC minimum first, the VSC link's export once it
// is in service, then wind curtailed before solar), its hours, days, months and MWh per year are
// the test's own; and Jeju's past years (PastYearIsland) are counted per year, more hours with more
// must-run and fewer with more demand, with the year's demand and capacities as stated.
#include "domain/energy/curtailmenthindcast.h"
#include "domain/energy/jejuassetcatalog.h"
#include "domain/energy/pastyearisland.h"
#include "domain/energy/windfarmcatalog.h"
#include "energytestdata.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et::domain::energy;

namespace {
constexpr double kMustRun = 40.0, kLccMinimum = 20.0;
const QDate kVscFrom(2024, 1, 2);

IslandBalance::Config smallIsland(QDate day)
{
    IslandBalance::Config c;
    c.thermal = {{QStringLiteral("gas"), 100, kMustRun, 150}};
    c.links = {{QStringLiteral("lcc"), QStringLiteral("LCC"), QStringLiteral("A"), QStringLiteral("conv-a"), 100, kLccMinimum, 80, false}};
    if (day >= kVscFrom)
        c.links << HvdcLink{QStringLiteral("vsc"), QStringLiteral("VSC"), QStringLiteral("B"), QStringLiteral("conv-b"), 50, -30, 50, true};
    return c;
}

/// Demand, wind and solar that vary by hour and day, crossing a year's end.
HindcastHour hourAt(const QDateTime &start)
{
    const QDateTime kst = start.toOffsetFromUtc(9 * 3600);
    const int h = kst.time().hour(), day = kst.date().day();
    const double sun = std::max(0.0, std::sin((h - 6) * M_PI / 12.0));
    return {100.0 + 30.0 * std::sin(h * M_PI / 12.0) + day, {{QStringLiteral("w"), true, 20.0 + 7.0 * (day % 5) + (h % 4) * 3.0},
                                                             {QStringLiteral("s"), false, 90.0 * sun}}};
}
} // namespace

class TestCurtailmentHindcast : public QObject
{
    Q_OBJECT
private slots:
    void countsPerYearWhatTheSurplusGives()
    {
        const QDate first(2023, 12, 25), last(2024, 1, 6);
        // By hand: the surplus over demand after export, curtailed from wind first, then solar.
        QMap<int, CurtailmentHindcast::Totals> expected;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            CurtailmentHindcast::Totals &t = expected[d.year()];
            bool any = false;
            for (int h = 0; h < 24; ++h) {
                const HindcastHour in = hourAt(QDateTime(d, QTime(h, 0), QTimeZone(9 * 3600)));
                const double wind = in.renewables.at(0).availableMw, solar = in.renewables.at(1).availableMw;
                double surplus = kMustRun + kLccMinimum + wind + solar - in.demandMw;
                if (d >= kVscFrom)
                    surplus -= std::min(std::max(surplus, 0.0), 30.0);
                const double windCut = std::clamp(surplus, 0.0, wind);
                const double solarCut = std::clamp(surplus - windCut, 0.0, solar);
                ++t.hoursSimulated;
                t.windMwh += windCut;
                t.solarMwh += solarCut;
                t.anyHours += windCut + solarCut > 1.0 ? 1 : 0;
                if (windCut > 1.0) {
                    ++t.windHours;
                    ++t.windHoursByMonth[d.month() - 1];
                    any = true;
                }
            }
            t.windDays += any ? 1 : 0;
        }
        QCOMPARE(expected.size(), 2);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const int year = it.key();
            const CurtailmentHindcast::Totals got =
                CurtailmentHindcast::run(smallIsland, std::max(first, QDate(year, 1, 1)), std::min(last, QDate(year, 12, 31)), hourAt, 1.0);
            const CurtailmentHindcast::Totals &want = it.value();
            QCOMPARE(got.hoursSimulated, want.hoursSimulated);
            QCOMPARE(got.windHours, want.windHours);
            QCOMPARE(got.windDays, want.windDays);
            QCOMPARE(got.anyHours, want.anyHours);
            QCOMPARE(got.windHoursByMonth, want.windHoursByMonth);
            QVERIFY(std::abs(got.windMwh - want.windMwh) < 1e-6);
            QVERIFY(std::abs(got.solarMwh - want.solarMwh) < 1e-6);
            QVERIFY(want.windHours > 10 && want.windHours < want.hoursSimulated);
        }
        // The grid of each day is asked for: without the VSC link, January 2024 curtails more.
        const auto noVsc = [](QDate) { return smallIsland(QDate(2000, 1, 1)); };
        QVERIFY(CurtailmentHindcast::run(noVsc, QDate(2024, 1, 2), last, hourAt).windMwh
                > CurtailmentHindcast::run(smallIsland, QDate(2024, 1, 2), last, hourAt).windMwh + 10.0);
    }

    void jejusPastYearsAreCountedPerYear()
    {
        auto assets = JejuAssetCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-assets.json")), JejuCalibration::pvPrototype());
        QVERIFY(assets.ok());
        auto farms = WindFarmCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-wind-farms.json")), et::test::bundledTurbineLibrary());
        QVERIFY(farms.ok());
        const DemandShape shape = DemandShape::jeju(et::test::bundledHolidays(2021, 2026));
        const auto runYear = [&](const JejuCalibration::GridYear &y, double mustRunScale) {
            JejuAssetCatalog::Assets a = assets.value();
            for (ThermalUnit &u : a.thermal)
                u.minStableMw *= mustRunScale;
            const PastYearIsland island(y, WeatherProcess(3), SolarFleet(a.solar), farms.value(), shape);
            return CurtailmentHindcast::run([&](QDate d) { return a.gridOn(d); }, y.first, y.last,
                                            [&](const QDateTime &s) { return island.hour(s); });
        };
        for (const JejuCalibration::GridYear &y : JejuCalibration::pastGrids()) {
            if (y.year != 2022 && y.year != 2023)
                continue;
            const CurtailmentHindcast::Totals t = runYear(y, 1.0);
            qInfo("%d: %d hours, %d days, %.1f GWh of wind curtailed (seed 3)", y.year, t.windHours, t.windDays, t.windMwh / 1000.0);
            QCOMPARE(t.hoursSimulated, 24 * int(y.first.daysTo(y.last) + 1));
            QVERIFY(t.windHours > 0 && t.windHours < t.hoursSimulated / 4);
            QVERIFY(t.windDays * 24 >= t.windHours);
            QVERIFY(runYear(y, 1.2).windHours > t.windHours);
            JejuCalibration::GridYear busier = y;
            busier.demandMeanMw *= 1.1;
            const PastYearIsland island(busier, WeatherProcess(3), SolarFleet(assets.value().solar), farms.value(), shape);
            QVERIFY(CurtailmentHindcast::run([&](QDate d) { return assets.value().gridOn(d); }, y.first, y.last,
                                             [&](const QDateTime &s) { return island.hour(s); })
                        .windHours
                    < t.windHours);
        }
    }

    void pastYearIslandIsTheStatedYear()
    {
        auto assets = JejuAssetCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-assets.json")), JejuCalibration::pvPrototype());
        auto farms = WindFarmCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-wind-farms.json")), et::test::bundledTurbineLibrary());
        const JejuCalibration::GridYear y = JejuCalibration::pastGrids().at(1); // 2022
        const PastYearIsland island(y, WeatherProcess(5), SolarFleet(assets.value().solar), farms.value(),
                                    DemandShape::jeju(et::test::bundledHolidays(2021, 2026)));
        double demand = 0.0, windMax = 0.0, solarMax = 0.0;
        int hours = 0;
        for (QDate d = y.first; d <= y.last; d = d.addDays(1)) {
            for (int h = 0; h < 24; ++h, ++hours) {
                const HindcastHour x = island.hour(QDateTime(d, QTime(h, 0), QTimeZone(9 * 3600)));
                demand += x.demandMw;
                windMax = std::max(windMax, x.renewables.at(0).availableMw);
                solarMax = std::max(solarMax, x.renewables.at(1).availableMw);
                QVERIFY(x.renewables.at(0).wind && !x.renewables.at(1).wind);
            }
        }
        QVERIFY2(std::abs(demand / hours / y.demandMeanMw - 1.0) < 0.01, qPrintable(QString::number(demand / hours)));
        QVERIFY(windMax <= y.windMw && windMax > 0.7 * y.windMw);
        QVERIFY(solarMax <= y.solarMw && solarMax > 0.5 * y.solarMw);
    }
};

QTEST_GUILESS_MAIN(TestCurtailmentHindcast)
#include "tst_curtailmenthindcast.moc"
