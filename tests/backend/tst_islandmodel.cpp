// SPDX-License-Identifier: MIT
// Jeju's energy model as the simulation builds it from the bundled seed (assets, wind farms,
// holidays): over a simulated year energy is conserved at every step, the LCC links never
// reverse, the sun makes nothing at night, prices and carbon stay within their bounds; and the
// forecast is the same for the same seed, different for another, with ordered bands.
#include "sim/seeddata.h"

#include "domain/energy/airmass.h"
#include "domain/energy/carbonintensity.h"
#include "domain/energy/clearsky.h"
#include "domain/energy/linketurbidity.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace et::backend;
using namespace et::domain::energy;

class TestIslandModel : public QObject
{
    Q_OBJECT

    std::optional<SeedData> m_seed;

    IslandModel model(quint64 seed) const { return IslandModel(m_seed->islandModelSpec(), DemandShape::jeju(m_seed->holidays), seed); }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto seed = SeedData::fromAssetsJson(f.readAll(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(seed.ok(), qPrintable(seed.ok() ? QString() : seed.error().toString()));
        m_seed = seed.value();
        QVERIFY(!m_seed->windFarms.isEmpty());
        QVERIFY(m_seed->holidays.coversYear(2025));
    }

    void aYearConservesEnergyAndTheLccLinksNeverReverse()
    {
        const IslandModel m = model(11);
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        double solarMwh = 0.0, windMwh = 0.0, curtailedHours = 0.0;
        int steps = 0;
        for (QDateTime t = start; t < start.addDays(365); t = t.addSecs(1800), ++steps) {
            const BalanceResult r = m.dispatch(t, 1.0, 0.0, 0.0, {});
            const auto &b = r.balance;
            QVERIFY2(std::abs(r.suppliedMw() - r.usedMw()) < 1e-6, qPrintable(t.toString(Qt::ISODate)));
            for (qsizetype i = 0; i < b.hvdcLinks.size(); ++i) {
                const HvdcLink &spec = m.spec().grid.links[i];
                QCOMPARE(b.hvdcLinks[i].id, spec.id);
                if (!spec.reversible)
                    QVERIFY2(b.hvdcLinks[i].flowMw >= spec.minMw - 1e-9, qPrintable(spec.id + t.toString(Qt::ISODate)));
                QVERIFY(b.hvdcLinks[i].flowMw >= spec.minMw - 1e-9 && b.hvdcLinks[i].flowMw <= spec.maxOperatingMw + 1e-9);
            }
            if (m.sky(t, m.weather().at(t)).zenithDeg >= 90.0)
                QCOMPARE(b.solarMw, 0.0);
            if (b.curtailmentMw > 1e-9)
                QVERIFY(b.smpKrwPerKwh < 0.0);
            // Between the cleanest (onshore wind, 11) and the dirtiest fuel Jeju burns (840).
            QVERIFY2(b.carbonGPerKwh >= CarbonIntensity::lifeCycleGPerKWh(Fuel::WindOnshore) - 1e-9
                         && b.carbonGPerKwh <= CarbonIntensity::lifeCycleGPerKWh(Fuel::Oil) + 1e-9,
                     qPrintable(QString::number(b.carbonGPerKwh)));
            solarMwh += b.solarMw * 0.5;
            windMwh += b.windMw * 0.5;
            curtailedHours += b.curtailmentMw > 1e-9 ? 0.5 : 0.0;
        }
        QCOMPARE(steps, 365 * 48);
        double solarCapacity = 0.0;
        for (const auto &s : m.spec().solar)
            solarCapacity += s.site.inverterKw / 1000.0;
        double windCapacity = 0.0;
        for (const auto &f : m.spec().wind)
            windCapacity += f.installedMw();
        // Capacity factors of what reached the grid, in the range of Korean fleets (solar ~14 %,
        // onshore wind ~20-25 % before curtailment).
        const double solarCf = solarMwh / (solarCapacity * 8760.0);
        const double windCf = windMwh / (windCapacity * 8760.0);
        qInfo("year: solar CF %.3f, wind CF %.3f, %.0f hours curtailed", solarCf, windCf, curtailedHours);
        QVERIFY2(solarCf > 0.06 && solarCf < 0.22, qPrintable(QString::number(solarCf)));
        QVERIFY2(windCf > 0.08 && windCf < 0.45, qPrintable(QString::number(windCf)));
        QVERIFY(curtailedHours > 0.0);
    }

    void aClearSkyIsIneichenPerezAtJejuTurbidity()
    {
        const IslandModel m = model(1);
        const QDateTime noon(QDate(2025, 6, 21), QTime(3, 30), Qt::UTC); // 12:30 KST
        const StepSky sky = m.sky(noon, Weather{5.0, 0.0, 25.0});
        QVERIFY(sky.zenithDeg > 9.0 && sky.zenithDeg < 12.0); // Jeju at 33.4°N near the solstice: ~10°
        IneichenPerezInput in;
        in.apparentZenithDeg = sky.zenithDeg;
        in.airMassAbsolute = AirMass::absolute(*AirMass::relativeKastenYoung(sky.zenithDeg), AirMass::pressureAtAltitudePa(100.0));
        in.linkeTurbidity = LinkeTurbidity::jejuForDayOfYear(noon.addSecs(9 * 3600).date().dayOfYear());
        in.altitudeM = 100.0;
        in.dniExtra = sky.dniExtra;
        const auto clear = ClearSky::ineichenPerez(in).value();
        QCOMPARE(sky.ghi, clear.ghi);
        // Overcast lets a quarter through.
        QVERIFY(std::abs(m.sky(noon, Weather{5.0, 1.0, 25.0}).ghi - 0.25 * clear.ghi) < 1e-9);
    }

    void theForecastIsDeterministicForASeed()
    {
        const QDateTime issued(QDate(2025, 4, 12), QTime(23, 7), Qt::UTC);
        const auto a = model(42).forecast(issued, {});
        const auto b = model(42).forecast(issued, {});
        const auto c = model(43).forecast(issued, {});
        QCOMPARE(a.quarterHours.size(), 96);
        QCOMPARE(a.hours.size(), 168);
        QVERIFY(a == b);
        QVERIFY(!(a.quarterHours == c.quarterHours));
        QCOMPARE(a.assets.size(), m_seed->windFarms.size() + model(42).spec().solar.size());
        for (const auto &s : a.quarterHours) {
            for (const Band &band : {s.demandMw, s.windMw, s.solarMw, s.curtailmentMw, s.carbonGPerKwh})
                QVERIFY(band.p10 <= band.p50 + 1e-9 && band.p50 <= band.p90 + 1e-9);
        }
        // The window's energy is its quarter-hours' expected curtailment.
        for (const auto &w : a.windows) {
            double mwh = 0.0;
            for (const auto &s : a.quarterHours) {
                if (s.time >= w.start && s.time < w.end)
                    mwh += s.curtailmentMw.p50 * 0.25;
            }
            QVERIFY2(std::abs(mwh - w.energyMwh.p50) < 1e-6, qPrintable(QString::number(mwh) + " vs " + QString::number(w.energyMwh.p50)));
        }
    }

    void anOfflineFarmIsForecastAtZero()
    {
        const QDateTime issued(QDate(2025, 1, 10), QTime(0, 0), Qt::UTC);
        const QString farm = m_seed->windFarms.first().assetId;
        const auto f = model(5).forecast(issued, {farm});
        for (const auto &asset : f.assets) {
            if (asset.assetId != farm)
                continue;
            for (const Band &b : asset.quarterHourMw)
                QCOMPARE(b.p90, 0.0);
            return;
        }
        QFAIL("the farm is missing from the forecast");
    }
};

QTEST_GUILESS_MAIN(TestIslandModel)
#include "tst_islandmodel.moc"
