// SPDX-License-Identifier: MIT
// WindTurbineModel and WindTurbineLibrary on windpowerlib's turbine library as bundled in
// resources/data/wind-power-curves. Expected values are read off the published CSV rows by hand
// (the points used are named next to each figure), never taken from the code under test.
#include "domain/energy/windturbinelibrary.h"
#include "energytestdata.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
WindTurbineLibrary library()
{
    return et::test::bundledTurbineLibrary();
}

WindTurbineModel model(const QString &type)
{
    auto m = library().model(type);
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    return m.value();
}
} // namespace

class TestWindTurbineModel : public QObject
{
    Q_OBJECT
private slots:
    void readsTheWholeLibrary()
    {
        const WindTurbineLibrary lib = library();
        // shared/data/README.md: 67 power curves; every one has a turbine_data row.
        QCOMPARE(lib.size(), 67);
        QVERIFY2(lib.issues().isEmpty(), qPrintable(lib.issues().join(u'\n')));
        for (const char *t : {"V80/2000", "V90/3000", "V112/3450", "E-70/2000", "E-82/2000", "SWT120/3600"})
            QVERIFY2(lib.contains(QLatin1String(t)), t);
        const WindTurbineModel v80 = model(QStringLiteral("V80/2000"));
        QCOMPARE(v80.spec().manufacturer, QStringLiteral("Vestas"));
        QCOMPARE(v80.spec().rotorDiameterM, 80.0);
        QCOMPARE(v80.spec().hubHeightsM, (QList<double>{60, 67, 78, 80, 100}));
        QVERIFY(!lib.model(QStringLiteral("AW125/3000")).ok()); // a turbine_data row but no curve
        QVERIFY(lib.model(QStringLiteral("no such turbine")).error().message.contains(QStringLiteral("no such turbine")));
    }

    void interpolatesBetweenPublishedPoints_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("expectedW");
        // V80/2000: 7.0 → 459,000 W, 7.5 → 580,000 W; halfway: 519,500 W.
        QTest::newRow("V80 7.25") << "V80/2000" << 7.25 << 519500.0;
        // V80/2000: 10.0 → 1,289,000, 10.5 → 1,428,000; at 10.1 a fifth of the way: 1,316,800.
        QTest::newRow("V80 10.1") << "V80/2000" << 10.1 << 1316800.0;
        // E-82/2000 publishes every 1 m/s, the cells between are empty: 6.0 → 321,000,
        // 7.0 → 532,000; at 6.5: 426,500 W.
        QTest::newRow("E-82 6.5 across empty cells") << "E-82/2000" << 6.5 << 426500.0;
        // E-82/2000: 12.0 → 1,980,000, 13.0 → 2,050,000 capped at 2,000,000; at 12.5: 1,990,000.
        QTest::newRow("E-82 12.5 capped end point") << "E-82/2000" << 12.5 << 1990000.0;
        // V90/3000: 9.0 → 1,273,000, 10.0 → 1,710,000; at 9.3: 1,404,100.
        QTest::newRow("V90/3000 9.3") << "V90/3000" << 9.3 << 1404100.0;
        // Exactly on a published point.
        QTest::newRow("V80 on 8.0") << "V80/2000" << 8.0 << 701000.0;
    }

    void interpolatesBetweenPublishedPoints()
    {
        QFETCH(QString, type);
        QFETCH(double, speed);
        QFETCH(double, expectedW);
        QCOMPARE(std::round(model(type).powerW(speed) * 1000.0) / 1000.0, expectedW);
    }

    void speedsMatchTheCsv_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("cutIn");
        QTest::addColumn<double>("rated");
        QTest::addColumn<double>("cutOut");
        QTest::addColumn<bool>("endsWithoutCutOut");
        // V80/2000: 0 up to 3.0, 35,000 at 3.5; 1,990,000 at 14.0, 2,000,000 from 14.5; the
        // curve ends at 25.0 with 2,000,000.
        QTest::newRow("V80/2000") << "V80/2000" << 3.5 << 14.5 << 25.0 << true;
        // E-82/2000: 0 at 1.0, 3,000 at 2.0; 2,050,000 (≥ nominal) first at 13.0; ends at 25.0.
        QTest::newRow("E-82/2000") << "E-82/2000" << 2.0 << 13.0 << 25.0 << true;
        // AD116/5000: 0 up to 3.5, 50,000 at 4.0; 5,000,000 from 12.5; 0 again at 25.5.
        QTest::newRow("AD116/5000") << "AD116/5000" << 4.0 << 12.5 << 25.0 << false;
        // SWT120/3600: 0 at 3.0, 174,000 at 4.0; 3,600,000 from 14.0; ends at 25.0.
        QTest::newRow("SWT120/3600") << "SWT120/3600" << 4.0 << 14.0 << 25.0 << true;
        // E-101/3050: 3,000 at 2.0; its maximum 3,000,000 (below the 3,050,000 nominal) from
        // 12.0; 0 from 25.5 on.
        QTest::newRow("E-101/3050") << "E-101/3050" << 2.0 << 12.0 << 25.0 << false;
        // V90/2000: the published curve stops at 16.5 m/s (2,006,500 W), so the cut-out is the
        // curve's end; the type's own cut-out (25 m/s) is not in the library.
        QTest::newRow("V90/2000") << "V90/2000" << 3.5 << 12.5 << 16.5 << true;
    }

    void speedsMatchTheCsv()
    {
        QFETCH(QString, type);
        QFETCH(double, cutIn);
        QFETCH(double, rated);
        QFETCH(double, cutOut);
        QFETCH(bool, endsWithoutCutOut);
        const WindTurbineModel m = model(type);
        QCOMPARE(m.cutInMs(), cutIn);
        QCOMPARE(m.ratedMs(), rated);
        QCOMPARE(m.cutOutMs(), cutOut);
        QCOMPARE(m.curveEndsWithoutCutOut(), endsWithoutCutOut);
    }

    void neverExceedsNominalAndStopsOutsideItsRange()
    {
        const WindTurbineLibrary lib = library();
        for (const QString &type : lib.types()) {
            const WindTurbineModel m = lib.model(type).value();
            for (int i = 0; i <= 4000; ++i) {
                const double v = i * 0.01;
                const double p = m.powerW(v);
                QVERIFY2(p >= 0.0 && p <= m.nominalPowerW(), qPrintable(QStringLiteral("%1 at %2 m/s: %3 W").arg(type).arg(v).arg(p)));
                if (v < m.cutInMs() || v > m.cutOutMs())
                    QVERIFY2(p == 0.0, qPrintable(QStringLiteral("%1 at %2 m/s: %3 W outside cut-in..cut-out").arg(type).arg(v).arg(p)));
            }
            QVERIFY2(m.powerW(m.cutInMs()) > 0.0, qPrintable(type));
            QVERIFY2(m.powerW(m.cutOutMs()) > 0.0, qPrintable(type));
            QCOMPARE(m.powerW(m.cutOutMs() + 1e-9), 0.0);
            QCOMPARE(m.powerW(-3.0), 0.0);
            QVERIFY(std::isnan(m.powerW(std::nan(""))));
            // On every published point between cut-in and cut-out the model returns the published
            // value, capped at the nominal power.
            for (const auto &pt : m.publishedPoints()) {
                if (pt.speedMs >= m.cutInMs() && pt.speedMs <= m.cutOutMs())
                    QCOMPARE(m.powerW(pt.speedMs), std::min(pt.powerW, m.nominalPowerW()));
            }
        }
        // Published above the nameplate: E-70/2000 reaches 2,050,000 W.
        QCOMPARE(model(QStringLiteral("E-70/2000")).publishedMaxPowerW(), 2050000.0);
        QCOMPARE(model(QStringLiteral("E-70/2000")).powerW(20.0), 2000000.0);
    }

    void malformedRowsAreNamedAndTheRestIsKept()
    {
        const QByteArray curves = "turbine_type,0.0,1.0,2.0,3.0\n"
                                  "GOOD/1000,0.0,,500.0,1000.0\n"
                                  "BAD/1000,0.0,12a,500.0,1000.0\n"
                                  "SHORT/1000,0.0,100.0\n"
                                  "NEG/1000,0.0,-5,500.0,1000.0\n"
                                  "NODATA/1000,0.0,1.0,2.0,3.0\n"
                                  "ZERO/1000,0.0,0.0,0.0,0.0\n"
                                  ",0.0,1.0,2.0,3.0\n";
        const QByteArray data = "turbine_type,nominal_power,rotor_diameter,hub_height\n"
                                "GOOD/1000,1000,30,40\n"
                                "BAD/1000,1000,30,40\n"
                                "SHORT/1000,1000,30,40\n"
                                "NEG/1000,1000,30,40\n"
                                "ZERO/1000,1000,30,40\n"
                                "BROKEN/1000,lots,30,40\n";
        auto lib = WindTurbineLibrary::parse(curves, data);
        QVERIFY2(lib.ok(), qPrintable(lib.error().toString()));
        QCOMPARE(lib.value().types(), QStringList{QStringLiteral("GOOD/1000")});
        const QString all = lib.value().issues().join(u'\n');
        for (const char *expected : {"turbine_data.csv line 7 (BROKEN/1000): nominal_power \"lots\"",
                                     "power_curves.csv line 3 (BAD/1000): \"12a\" at 1 m/s is not a power",
                                     "power_curves.csv line 4 (SHORT/1000): 3 fields where the header has 5",
                                     "power_curves.csv line 5 (NEG/1000): \"-5\" at 1 m/s",
                                     "power_curves.csv line 6 (NODATA/1000): not in turbine_data.csv",
                                     "power_curves.csv line 7 (ZERO/1000): the power curve has no point with power above 0",
                                     "power_curves.csv line 8: no turbine_type"})
            QVERIFY2(all.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(QString::fromUtf8(expected), all)));
        QCOMPARE(lib.value().issues().size(), 7);
        // The good row's empty cell at 1.0 is skipped: 0 → 500 W between 0 and 2 m/s is not
        // interpolated (cut-in is 2.0), 750 W at 2.5.
        QCOMPARE(lib.value().model(QStringLiteral("GOOD/1000")).value().powerW(2.5), 750.0);
    }

    void unusableFilesAreErrors()
    {
        const QByteArray data = "turbine_type,nominal_power\nA/1,1000\n";
        QVERIFY(!WindTurbineLibrary::parse("", data).ok());
        auto noSpeeds = WindTurbineLibrary::parse("type,a,b\nA/1,0,1\n", data);
        QVERIFY(!noSpeeds.ok());
        QVERIFY2(noSpeeds.error().toString().contains(QStringLiteral("turbine_type")), qPrintable(noSpeeds.error().toString()));
        auto badSpeed = WindTurbineLibrary::parse("turbine_type,0.0,2.0,1.0\nA/1,0,1,2\n", data);
        QVERIFY2(badSpeed.error().toString().contains(QStringLiteral("column 4")), qPrintable(badSpeed.error().toString()));
        auto noNominal = WindTurbineLibrary::parse("turbine_type,0.0\n", "turbine_type,rotor\n");
        QVERIFY2(noNominal.error().toString().contains(QStringLiteral("nominal_power")), qPrintable(noNominal.error().toString()));
    }

    void fromCurveRejectsBadPoints()
    {
        WindTurbineSpec spec{QStringLiteral("T/1"), {}, {}, 1000.0, 0.0, {}, {}};
        QVERIFY(!WindTurbineModel::fromCurve(spec, {{1.0, 0.0}, {1.0, 10.0}}).ok());
        QVERIFY(!WindTurbineModel::fromCurve(spec, {{1.0, 0.0}, {2.0, std::nan("")}}).ok());
        spec.nominalPowerW = 0.0;
        QVERIFY(!WindTurbineModel::fromCurve(spec, {{1.0, 0.0}, {2.0, 10.0}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestWindTurbineModel)
#include "tst_windturbinemodel.moc"
