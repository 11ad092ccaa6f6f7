// SPDX-License-Identifier: MIT
// A replay of a real day works with the server killed: the real server replays KPX's 2025-04-13
// (`--history-source kpx`), the real sync engine fills a real console cache with its minutes, the
// server is killed with SIGKILL, and the console's own path — models::TimeCursor scrubbed to a
// minute of that day, models::EnergyInstant reading the cache through client::HistoryReader off
// the GUI thread — shows KPX's values for that minute, worked out here from the CSV files read
// independently (tests/core/domain/energy/energytestdata.h).
#include "energyinstant.h"
#include "energytestdata.h"
#include "fixedtokens.h"
#include "serverprocess.h"
#include "timecursor.h"

#include "client/store.h"
#include "client/syncengine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et;

namespace {
using Raw = QMap<QDate, std::array<double, 24>>;

const QDate kDay(2025, 4, 13);
constexpr double kResolution = 0.005 + 1e-9; // history keeps hundredths

QDateTime kst(int h, int m)
{
    return QDateTime(kDay, QTime(h, m), QTimeZone(9 * 3600)).toUTC();
}

/// The file's value at `t` (same day, after 00:30): hour h's mean sits at h:30, linear between.
double fileValueAt(const Raw &raw, const QDateTime &t)
{
    const QTime k = t.toOffsetFromUtc(9 * 3600).time();
    const double after = (k.hour() * 60 + k.minute() - 30) / 60.0;
    const int h = int(after);
    const auto &day = raw.value(kDay);
    return day[size_t(h)] + (day[size_t(h + 1)] - day[size_t(h)]) * (after - h);
}
} // namespace

class TestKpxReplayKilled : public QObject
{
    Q_OBJECT
private slots:
    void aReplayedDayScrubsFromTheCacheWithTheServerKilled()
    {
        const Raw demand = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_system_demand_2023-09_2026-06_cp949.csv"));
        const Raw solar = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv"));
        const Raw wind = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv"));
        const Raw lng = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_lng_hourly_cp949.csv"));
        const Raw bio = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_bioheavyoil_hourly_utf8bom.csv"));

        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.sqlite")),
                                              {QStringLiteral("--history-source"), QStringLiteral("kpx"), QStringLiteral(ET_SHARED_DATA_DIR "/energy"),
                                               QStringLiteral("--start"), QStringLiteral("2025-04-13T00:00+09:00"), QStringLiteral("--speed"),
                                               QStringLiteral("7200"), QStringLiteral("--tick-ms"), QStringLiteral("100"), QStringLiteral("--rate-limit"),
                                               QStringLiteral("0")}),
                 qPrintable(server.errorString()));
        client::Store cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        test::FixedTokens tokens;
        QVERIFY(tokens.signIn(server));
        {
            client::SyncEngine engine(&cache);
            engine.setAccessTokenSource(&tokens);
            engine.setServerUrl(server.url());
            engine.start();
            // The replayed morning and early afternoon in the console's cache.
            QTRY_VERIFY_WITH_TIMEOUT(cache.oldestHistoryMinute().isValid() && cache.newestHistoryMinute() >= kst(14, 0), 60000);
            QCOMPARE(cache.oldestHistoryMinute(), kst(0, 0));
            server.kill();
            QVERIFY(!server.isRunning());
            engine.stop();
        }

        // The console's path, with no server anywhere.
        models::TimeCursor cursor;
        models::EnergyInstant energy(&cache, &cursor);
        QTRY_COMPARE_WITH_TIMEOUT(cursor.earliest(), kst(0, 0), 5000); // the range comes from the reader thread
        for (const QDateTime &t : {kst(12, 30), kst(12, 47), kst(6, 30), kst(9, 0)}) {
            cursor.scrubTo(t.addSecs(25)); // seconds into a minute show that minute
            QVERIFY(QTest::qWaitFor([&energy] { return !energy.loading(); }, 5000));
            QVERIFY(!energy.live());
            QVERIFY(energy.available());
            QCOMPARE(energy.minute(), t);
            const domain::EnergyBalance &b = *energy.balance();
            const QString at = t.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate);
            const double kpxDemand = fileValueAt(demand, t), kpxSolar = fileValueAt(solar, t), kpxWind = fileValueAt(wind, t);
            const double kpxThermal = fileValueAt(lng, t) + fileValueAt(bio, t);
            QVERIFY2(std::abs(b.demandMw - kpxDemand) <= kResolution, qPrintable(at + QStringLiteral(" demand %1").arg(b.demandMw)));
            QVERIFY2(std::abs(b.solarMw - kpxSolar) <= kResolution, qPrintable(at + QStringLiteral(" solar %1").arg(b.solarMw)));
            QVERIFY2(std::abs(b.windMw - kpxWind) <= kResolution, qPrintable(at + QStringLiteral(" wind %1").arg(b.windMw)));
            QVERIFY2(std::abs(b.thermalMw - kpxThermal) <= kResolution, qPrintable(at + QStringLiteral(" thermal %1").arg(b.thermalMw)));
            // What the links carry is what KPX's demand leaves after its four series.
            QCOMPARE(b.hvdcLinks.size(), 3);
            QVERIFY2(std::abs(b.hvdcImportMw() - (kpxDemand - kpxSolar - kpxWind - kpxThermal)) <= 4 * kResolution,
                     qPrintable(at + QStringLiteral(" import %1").arg(b.hvdcImportMw())));
            QVERIFY(std::abs(b.renewableShare - (b.windMw + b.solarMw) / b.demandMw) < 1e-9);
            // The assets shown are that minute's: the solar plants share KPX's solar by capacity.
            double solarCapacity = 0.0;
            for (const domain::Asset &a : energy.assets())
                solarCapacity += a.kind == domain::AssetKind::Solar ? a.capacityMw : 0.0;
            QVERIFY(solarCapacity > 500.0);
            for (const domain::Asset &a : energy.assets()) {
                if (a.kind == domain::AssetKind::Solar)
                    QVERIFY2(std::abs(a.outputMw - kpxSolar * a.capacityMw / solarCapacity) <= 2 * kResolution, qPrintable(at + u' ' + a.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKpxReplayKilled)
#include "tst_kpxreplaykilled.moc"
