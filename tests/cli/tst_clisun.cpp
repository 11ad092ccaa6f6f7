// SPDX-License-Identifier: MIT
// `energytruck-cli sun`, the real binary: the NREL SPA's published example comes out of it
// (zenith, azimuth and sunrise of Reda & Andreas's example, as listed in
// ET_SHARED_DATA_DIR/reference/solar-position-and-clearsky.txt), transit and sunset agree with the
// library's local-date computation, times keep the clock they were asked on, and bad input is
// refused with exit status 2 and a message that names the option.
#include "cliprocess.h"
#include "domain/energy/sunrisetransitset.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using et::test::CliRun;
using et::test::runCli;
using namespace et::domain::energy;

namespace {

const QStringList kGoldenExample = {QStringLiteral("sun"),           QStringLiteral("--lat"),        QStringLiteral("39.742476"),
                                    QStringLiteral("--lon"),         QStringLiteral("-105.1786"),    QStringLiteral("--time"),
                                    QStringLiteral("2003-10-17T12:30:30-07:00"), QStringLiteral("--elevation"), QStringLiteral("1830.14"),
                                    QStringLiteral("--pressure"),    QStringLiteral("820"),          QStringLiteral("--temperature"),
                                    QStringLiteral("11"),            QStringLiteral("--delta-t"),    QStringLiteral("67")};

QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

qint64 msOf(const QJsonObject &o, const QString &key)
{
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestCliSun : public QObject
{
    Q_OBJECT

private slots:
    void publishedExampleAsJson()
    {
        const CliRun r = runCli(kGoldenExample + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // Reda & Andreas's example: zenith 50.111622°, azimuth 194.340241° (spa_tester.c output).
        QVERIFY2(std::abs(o.value(QStringLiteral("zenith_deg")).toDouble() - 50.111622) < 1e-5, qPrintable(r.out));
        QVERIFY2(std::abs(o.value(QStringLiteral("azimuth_deg")).toDouble() - 194.340241) < 1e-5, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("delta_t_estimated")).toBool(), false);
        // Sunrise 06:12:43 local time (spa_tester truncates to the second; we round).
        const qint64 sunrise = msOf(o, QStringLiteral("sunrise"));
        const qint64 published = QDateTime(QDate(2003, 10, 17), QTime(6, 12, 43), QTimeZone(-7 * 3600)).toMSecsSinceEpoch();
        QVERIFY2(std::abs(sunrise - published) <= 1000, qPrintable(o.value(QStringLiteral("sunrise")).toString()));
        QVERIFY(o.value(QStringLiteral("sunrise")).toString().endsWith(QLatin1String("-07:00")));
        // Transit and sunset of that local date, as the library computes them.
        const auto events = SunriseTransitSunset::forLocalDate(QDate(2003, 10, 17), -7 * 3600,
                                                               SunEventsSite{39.742476, -105.1786, 67.0, 0.5667});
        QVERIFY(events.ok() && events.value().transitMs && events.value().sunsetMs);
        QVERIFY(std::abs(msOf(o, QStringLiteral("transit")) - *events.value().transitMs) <= 500);
        QVERIFY(std::abs(msOf(o, QStringLiteral("sunset")) - *events.value().sunsetMs) <= 500);
        QVERIFY(o.value(QStringLiteral("polar")).isNull());
    }

    void textOnTheAskedClock()
    {
        const CliRun r = runCli(kGoldenExample);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("50.1116")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("194.3402")));
        QVERIFY(r.out.contains(QLatin1String("2003-10-17T06:12:4")));

        // Jeju, midsummer, on KST: every time printed with +09:00 and on that date.
        const CliRun jeju = runCli({QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("33.5"), QStringLiteral("--lon"),
                                    QStringLiteral("126.5"), QStringLiteral("--time"), QStringLiteral("2026-06-21T12:00:00+09:00"),
                                    QStringLiteral("--json")});
        QVERIFY2(jeju.exitCode == 0, qPrintable(describe(jeju)));
        const QJsonObject o = QJsonDocument::fromJson(jeju.out.toUtf8()).object();
        for (const char *key : {"sunrise", "transit", "sunset"}) {
            const QString t = o.value(QLatin1String(key)).toString();
            QVERIFY2(t.startsWith(QLatin1String("2026-06-21T")) && t.endsWith(QLatin1String("+09:00")), qPrintable(t));
        }
        QVERIFY(o.value(QStringLiteral("delta_t_estimated")).toBool());
        // At the solstice the sun culminates at 90 − 33.5 + 23.44 = 79.9° around 12:35 KST (Jeju is
        // 6.5° east of the zone's 135° meridian); at 12:00 it is a little lower, still east of south.
        const double elevation = o.value(QStringLiteral("elevation_deg")).toDouble();
        QVERIFY2(elevation > 75.0 && elevation < 79.9, qPrintable(QString::number(elevation)));
        QVERIFY(o.value(QStringLiteral("azimuth_deg")).toDouble() < 180.0);
    }

    void needsNoDataFolder()
    {
        // A data folder that cannot exist: sun must not care.
        const CliRun r = runCli({QStringLiteral("--data-dir"), QStringLiteral("/proc/nonexistent/et"), QStringLiteral("sun"),
                                 QStringLiteral("--lat"), QStringLiteral("33.5"), QStringLiteral("--lon"), QStringLiteral("126.5"),
                                 QStringLiteral("--time"), QStringLiteral("2026-01-01T00:00:00Z")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QLatin1String("zenith")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList lon = {QStringLiteral("--lon"), QStringLiteral("126.5")};
        QTest::newRow("latitude 91") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("91")} + lon
                                     << QStringLiteral("--lat: \"91\" is not a latitude in [-90, 90]");
        QTest::newRow("latitude nan") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("nan")} + lon
                                      << QStringLiteral("--lat");
        QTest::newRow("no latitude") << QStringList{QStringLiteral("sun")} + lon << QStringLiteral("needs --lat");
        QTest::newRow("time without offset")
            << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("33.5"), QStringLiteral("--time"),
                           QStringLiteral("2026-06-21T12:00:00")} + lon
            << QStringLiteral("no UTC offset");
        QTest::newRow("not a time") << QStringList{QStringLiteral("sun"), QStringLiteral("--lat"), QStringLiteral("33.5"),
                                                   QStringLiteral("--time"), QStringLiteral("noon")} + lon
                                    << QStringLiteral("--time");
        QTest::newRow("sun options elsewhere") << QStringList{QStringLiteral("status"), QStringLiteral("--lat"), QStringLiteral("33.5")}
                                               << QStringLiteral("only apply to sun");
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(expected), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSun)
#include "tst_clisun.moc"
