// SPDX-License-Identifier: MIT
// Ineichen–Perez and Haurwitz against every pvlib reference value listed in
// ET_SHARED_DATA_DIR/reference/solar-position-and-clearsky.txt (relative error 1e-6), and the
// air mass, extraterrestrial irradiance and Jeju's Linke turbidity against values worked out
// by hand from their papers.
#include "domain/energy/airmass.h"
#include "domain/energy/clearsky.h"
#include "domain/energy/extraterrestrialirradiance.h"
#include "domain/energy/linketurbidity.h"
#include "domain/energy/solarposition.h"
#include "solarreference.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace et::domain::energy;
using et::test::SolarReference;

namespace {

bool closeRelative(double computed, double expected, double relative = 1e-6)
{
    if (expected == 0.0)
        return std::abs(computed) <= 1e-9;
    return std::abs(computed - expected) <= relative * std::abs(expected);
}

QString describe(const ClearSkyIrradiance &c)
{
    return QStringLiteral("ghi %1 dni %2 dhi %3").arg(c.ghi, 0, 'g', 12).arg(c.dni, 0, 'g', 12).arg(c.dhi, 0, 'g', 12);
}

/// "ghi 1042.72590228 dni 946.35279683 dhi 110.75033088" (commas optional) → three numbers.
QList<double> ghiDniDhi(const QString &text)
{
    const QRegularExpression re(QStringLiteral("ghi ([0-9.]+),? dni ([0-9.]+),? dhi ([0-9.]+)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()};
}

} // namespace

class TestClearSky : public QObject
{
    Q_OBJECT

private:
    SolarReference m_reference;

private slots:
    void initTestCase() { QVERIFY2(m_reference.load(), qPrintable(SolarReference::path())); }

    void ineichenScalarCases_data()
    {
        QTest::addColumn<double>("dniExtra");
        QTest::addColumn<double>("altitude");
        QTest::addColumn<QList<double>>("expected");
        // The default case prints its results on the line after the call.
        const QStringList &lines = m_reference.lines();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(QLatin1String("ineichen(apparent_zenith=10, airmass_absolute=1, linke_turbidity=3)")))
                QTest::newRow("default") << 1364.0 << 0.0 << ghiDniDhi(lines.value(i + 1));
        }
        QTest::newRow("dni_extra 1370") << 1370.0 << 0.0 << ghiDniDhi(m_reference.lineWith(QStringLiteral("dni_extra=1370) ->")));
        QTest::newRow("altitude 2000") << 1364.0 << 2000.0 << ghiDniDhi(m_reference.lineWith(QStringLiteral("altitude=2000)")));
    }

    void ineichenScalarCases()
    {
        QFETCH(double, dniExtra);
        QFETCH(double, altitude);
        QFETCH(QList<double>, expected);
        QCOMPARE(expected.size(), 3);
        IneichenPerezInput in;
        in.apparentZenithDeg = 10;
        in.airMassAbsolute = 1;
        in.linkeTurbidity = 3;
        in.altitudeM = altitude;
        in.dniExtra = dniExtra;
        const auto r = ClearSky::ineichenPerez(in);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const ClearSkyIrradiance &c = r.value();
        QVERIFY2(closeRelative(c.ghi, expected[0]) && closeRelative(c.dni, expected[1]) && closeRelative(c.dhi, expected[2]),
                 qPrintable(describe(c)));
    }

    void ineichenSeries()
    {
        // "   82.85457044 / 6.97935524 -> 65.49426624, 321.16092181, 25.54562017"
        const QRegularExpression re(QStringLiteral("^\\s+([0-9.]+) +/ +([0-9.]+) +-> +([0-9.]+), ([0-9.]+), ([0-9.]+)\\s*$"));
        int points = 0;
        for (const QString &line : m_reference.lines()) {
            const auto m = re.match(line);
            if (!m.hasMatch())
                continue;
            ++points;
            IneichenPerezInput in;
            in.apparentZenithDeg = m.captured(1).toDouble();
            in.airMassAbsolute = m.captured(2).toDouble();
            in.linkeTurbidity = 3;
            const auto r = ClearSky::ineichenPerez(in);
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            const ClearSkyIrradiance &c = r.value();
            QVERIFY2(closeRelative(c.ghi, m.captured(3).toDouble()) && closeRelative(c.dni, m.captured(4).toDouble())
                         && closeRelative(c.dhi, m.captured(5).toDouble()),
                     qPrintable(line + QStringLiteral(" got ") + describe(c)));
        }
        QCOMPARE(points, 5);
    }

    void ineichenSunDownAndBadInput()
    {
        IneichenPerezInput in;
        in.apparentZenithDeg = 95;
        in.airMassAbsolute = std::numeric_limits<double>::quiet_NaN(); // no air mass below the horizon
        const auto down = ClearSky::ineichenPerez(in);
        QVERIFY(down.ok());
        QCOMPARE(down.value().ghi, 0.0);
        QCOMPARE(down.value().dni, 0.0);
        QCOMPARE(down.value().dhi, 0.0);
        in.apparentZenithDeg = 30;
        QVERIFY(!ClearSky::ineichenPerez(in).ok()); // NaN air mass with the sun up
        in.airMassAbsolute = 1.2;
        in.linkeTurbidity = 0.5;
        const auto badTl = ClearSky::ineichenPerez(in);
        QVERIFY(!badTl.ok());
        QCOMPARE(badTl.error().field, QStringLiteral("linke_turbidity"));
        in.linkeTurbidity = 3;
        in.apparentZenithDeg = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!ClearSky::ineichenPerez(in).ok());
    }

    void haurwitz()
    {
        // " -20 -> 0 ; -0.05 -> 0 ; … ; 90 -> 1035.09203253450" (apparent elevation → GHI), on the
        // lines between " Haurwitz:" and the next model.
        const QStringList &lines = m_reference.lines();
        QString line;
        for (qsizetype i = lines.indexOf(m_reference.lineWith(QStringLiteral(" Haurwitz:"))) + 1;
             i > 0 && i < lines.size() && lines.at(i).startsWith(QLatin1String("   ")); ++i)
            line += lines.at(i);
        const QRegularExpression re(QStringLiteral("(-?[0-9.]+) -> ([0-9.]+)"));
        int points = 0;
        for (auto it = re.globalMatch(line); it.hasNext(); ++points) {
            const auto m = it.next();
            const double elevation = m.captured(1).toDouble();
            const double expected = m.captured(2).toDouble();
            const auto ghi = ClearSky::haurwitzGhi(90.0 - elevation);
            QVERIFY(ghi.ok());
            QVERIFY2(closeRelative(ghi.value(), expected), qPrintable(QStringLiteral("elevation %1: %2 vs %3")
                                                                          .arg(elevation).arg(ghi.value(), 0, 'g', 15).arg(expected)));
        }
        QCOMPARE(points, 8);
        QVERIFY(!ClearSky::haurwitzGhi(std::numeric_limits<double>::quiet_NaN()).ok());
    }

    void airMass()
    {
        // Kasten & Young (1989): 37.92 at the horizon; close to sec z high in the sky.
        QVERIFY(std::abs(*AirMass::relativeKastenYoung(90.0) - 37.92) < 0.01);
        QVERIFY(std::abs(*AirMass::relativeKastenYoung(0.0) - 1.0) < 0.001);
        QVERIFY(std::abs(*AirMass::relativeKastenYoung(60.0) / 2.0 - 1.0) < 0.005);
        QVERIFY(!AirMass::relativeKastenYoung(90.5));
        QVERIFY(!AirMass::relativeKastenYoung(std::numeric_limits<double>::quiet_NaN()));
        QCOMPARE(AirMass::absolute(2.0, 101325.0 / 2.0), 1.0);
        // The standard atmosphere: 101.325 kPa at sea level, 79.5 kPa at 2000 m.
        QVERIFY(std::abs(AirMass::pressureAtAltitudePa(0.0) - 101325.0) < 10.0);
        QVERIFY(std::abs(AirMass::pressureAtAltitudePa(2000.0) - 79495.0) < 100.0);
    }

    void extraterrestrialFollowsTheSunsDistance()
    {
        // Spencer's series and the SPA's radius vector agree to 0.1 % through the year.
        for (int month = 1; month <= 12; ++month) {
            SpaInput in;
            in.year = 2025;
            in.month = month;
            in.day = 15;
            in.hour = 12;
            in.deltaTSeconds = 69;
            const auto spa = SolarPosition::compute(in, SolarPosition::Parts::Position);
            QVERIFY(spa.ok());
            const int dayOfYear = QDate(2025, month, 15).dayOfYear();
            const double spencer = ExtraterrestrialIrradiance::spencerWm2(dayOfYear);
            const double fromR = ExtraterrestrialIrradiance::fromEarthSunDistanceWm2(spa.value().r);
            QVERIFY2(std::abs(spencer / fromR - 1.0) < 1e-3, qPrintable(QStringLiteral("month %1: %2 vs %3").arg(month).arg(spencer).arg(fromR)));
        }
        // Perihelion in early January, aphelion in early July: +3.4 % and −3.3 % of the constant.
        QVERIFY(ExtraterrestrialIrradiance::spencerWm2(3) > 1.03 * ExtraterrestrialIrradiance::kSolarConstant);
        QVERIFY(ExtraterrestrialIrradiance::spencerWm2(185) < 0.97 * ExtraterrestrialIrradiance::kSolarConstant);
    }

    void linkeTurbidityForJeju()
    {
        // Ineichen (2008) by hand for aod550 0.2, w 1 cm, sea level:
        // (3.91·e^0.689·0.2 + 0.376·ln 1 + 2 + 0.54 − 0.5 + 0.16)·0.8662 = 3.7575·0.8662 = 3.2548.
        QVERIFY(std::abs(LinkeTurbidity::fromAerosolAndWater(0.2, 1.0) - 3.2548) < 1e-4);
        // More water or aerosol, more turbidity.
        QVERIFY(LinkeTurbidity::fromAerosolAndWater(0.2, 3.0) > LinkeTurbidity::fromAerosolAndWater(0.2, 1.0));
        QVERIFY(LinkeTurbidity::fromAerosolAndWater(0.3, 1.0) > LinkeTurbidity::fromAerosolAndWater(0.2, 1.0));
        double winter = 0.0;
        double springSummer = 0.0;
        for (int month = 1; month <= 12; ++month) {
            const double tl = LinkeTurbidity::jejuMonthly(month);
            QVERIFY2(tl > 2.5 && tl < 6.0, qPrintable(QString::number(tl)));
            if (month == 12 || month <= 2)
                winter += tl / 3.0;
            if (month >= 4 && month <= 7)
                springSummer += tl / 4.0;
        }
        QVERIFY(springSummer > winter + 0.8);
        // Mid-month days carry the month's value; the year wraps without a step.
        QVERIFY(std::abs(LinkeTurbidity::jejuForDayOfYear(105.0) - LinkeTurbidity::jejuMonthly(4)) < 1e-12);
        QVERIFY(std::abs(LinkeTurbidity::jejuForDayOfYear(1.0) - LinkeTurbidity::jejuForDayOfYear(366.0)) < 0.02);
        const double newYear = LinkeTurbidity::jejuForDayOfYear(1.0);
        QVERIFY(newYear >= std::min(LinkeTurbidity::jejuMonthly(12), LinkeTurbidity::jejuMonthly(1)) - 1e-12);
        QVERIFY(newYear <= std::max(LinkeTurbidity::jejuMonthly(12), LinkeTurbidity::jejuMonthly(1)) + 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestClearSky)
#include "tst_clearsky.moc"
