// SPDX-License-Identifier: MIT
// `energytruck-server --history-source kpx DIR` on KPX's real files (shared/data/energy): the real
// server replays 2025-04-13 (a Sunday in April, sun and some wind) from 00:00 KST, and its 1-minute
// history over HTTP is checked against the CSV files read here independently
// (tests/core/domain/energy/energytestdata.h): demand, solar, wind and thermal (LNG + bio heavy
// oil) at the middle of each hour are the files' values, on the hour the mean of two hours, and
// between them interpolated; each kind's assets share its total by capacity, the HVDC links the
// import by rating (the LCC links never reverse), and energy is conserved every minute. The live
// balance's carbon intensity is worked out here from IPCC's medians and Korea's grid factor, and
// the forecast is issued. Bad input — no folder, a CSV cut short, a day missing, a start outside
// the series, a simulation's database — stops the start with a message naming what is wrong.
#include "domain/asset.h"
#include "domain/energybalance.h"
#include "domain/energy/forecastjson.h"
#include "energytestdata.h"
#include "historyfixtures.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et;
using domain::AssetKind;
using domain::EnergyHistoryPoint;

namespace {
using Raw = QMap<QDate, std::array<double, 24>>;

const QString kEnergyDir = QStringLiteral(ET_SHARED_DATA_DIR "/energy");
const QDate kDay(2025, 4, 13);
// What history keeps: hundredths.
constexpr double kResolution = 0.005 + 1e-9;

QDateTime kst(int h, int m)
{
    return QDateTime(kDay, QTime(h, m), QTimeZone(9 * 3600)).toUTC();
}

QStringList replayArgs(const QString &dir, const QString &start)
{
    return {QStringLiteral("--history-source"), QStringLiteral("kpx"), dir, QStringLiteral("--start"), start,
            QStringLiteral("--rate-limit"), QStringLiteral("0")};
}

/// A file's value at `t` worked out here: the value of hour h (h:00–h+1:00 KST) is its mean and
/// sits at h:30; between two middles it is linear.
double fileValueAt(const Raw &raw, const QDateTime &t)
{
    const QDateTime k = t.toOffsetFromUtc(9 * 3600);
    const double hours = (k.time().hour() * 60 + k.time().minute() - 30) / 60.0; // hours after 00:30 of its date
    const QDate date = hours < 0 ? k.date().addDays(-1) : k.date();
    const double after = hours < 0 ? hours + 24.0 : hours;
    const int h = int(std::floor(after));
    const double share = after - h;
    const double v0 = raw.value(date)[size_t(h)];
    const double v1 = h == 23 ? raw.value(date.addDays(1))[0] : raw.value(date)[size_t(h + 1)];
    return v0 + (v1 - v0) * share;
}

/// `bytes` without the line that starts with `prefix`.
QByteArray withoutLine(const QByteArray &bytes, const QByteArray &prefix)
{
    const qsizetype at = bytes.indexOf("\n" + prefix);
    return bytes.left(at) + bytes.mid(bytes.indexOf('\n', at + 1));
}

/// A copy of shared/data/energy's KPX files in `dir`, with `file`'s bytes changed by `change`.
void copyKpxFiles(const QString &dir, const QString &file, const std::function<QByteArray(const QByteArray &)> &change)
{
    for (const QString &folder : {QStringLiteral("kpx-jeju-2025"), QStringLiteral("kpx-jeju-curtailment")}) {
        QDir().mkpath(dir + u'/' + folder);
        for (const QString &name : QDir(kEnergyDir + u'/' + folder).entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            QByteArray bytes = test::fileBytes(kEnergyDir + u'/' + folder + u'/' + name);
            if (name == file)
                bytes = change(bytes);
            QFile out(dir + u'/' + folder + u'/' + name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
    }
}
} // namespace

class TestKpxReplay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    domain::EnergyHistoryPage m_history;
    QHash<QDateTime, qsizetype> m_at;
    QList<domain::Asset> m_assets;
    Raw m_demand, m_solar, m_wind, m_lng, m_bio;

    const EnergyHistoryPoint &point(const QDateTime &t) const { return m_history.points.at(m_at.value(t)); }
    double assetOutput(const EnergyHistoryPoint &p, const QString &id) const
    {
        return p.assetOutputMw.value(m_history.columns.assetIds.indexOf(id)).value_or(std::nan(""));
    }

    /// Runs the server with `args` until it exits (at most 30 s): its exit code and stderr.
    static int runToExit(const QStringList &args, QByteArray *stderrText)
    {
        return test::ServerProcess::runHostCommand(args, {}, stderrText);
    }

private slots:
    void initTestCase();
    void totalsAreKpxsOnTheHalfHour();
    void betweenHalfHoursTheyAreInterpolated();
    void eachKindsAssetsShareItsTotalByCapacity();
    void theImportIsTheRestOverTheLinksByRating();
    void energyIsConservedEveryMinute();
    void theSmpIsTheModelsPriceAtTheMargin();
    void carbonIsTheRealMixsAndTheForecastIsIssued();
    void badInputStopsTheStart_data();
    void badInputStopsTheStart();
    void aSimulationsDatabaseIsNotReplayedInto();
};

void TestKpxReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demand = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_system_demand_2023-09_2026-06_cp949.csv"));
    m_solar = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv"));
    m_wind = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv"));
    m_lng = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_lng_hourly_cp949.csv"));
    m_bio = test::rawKpxHourly(QStringLiteral("kpx-jeju-2025/jeju_2025_bioheavyoil_hourly_utf8bom.csv"));

    // Four simulated hours a real second, from 00:00 KST to past 15:00.
    QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("replay.sqlite")),
                                            replayArgs(kEnergyDir, QStringLiteral("2025-04-13T00:00+09:00"))
                                                + QStringList{QStringLiteral("--speed"), QStringLiteral("14400"), QStringLiteral("--tick-ms"), QStringLiteral("100")}),
             qPrintable(m_server.errorString()));
    test::HttpTestClient http(m_server.url(), m_server.signIn(domain::UserRole::Viewer));
    QTRY_VERIFY_WITH_TIMEOUT(test::serverSimTime(http) >= kst(15, 1), 30000);
    QString error;
    const auto page = test::fetchAllMinutes(http, kst(0, 0), kst(15, 0), &error);
    QVERIFY2(page, qPrintable(error));
    m_history = *page;
    QCOMPARE(m_history.points.size(), 15 * 60);
    for (qsizetype i = 0; i < m_history.points.size(); ++i)
        m_at.insert(m_history.points[i].timestamp, i);
    const test::HttpReply assets = http.get(QStringLiteral("/api/v1/assets"));
    QCOMPARE(assets.status, 200);
    for (const QJsonValue &v : assets.json.value(QStringLiteral("items")).toArray())
        m_assets << domain::Asset::fromJson(v).value();
    QCOMPARE(m_assets.size(), m_history.columns.assetIds.size());
}

void TestKpxReplay::totalsAreKpxsOnTheHalfHour()
{
    for (int h = 0; h < 15; ++h) {
        const EnergyHistoryPoint &p = point(kst(h, 30));
        const auto cell = [h](const Raw &raw) { return raw.value(kDay)[size_t(h)]; };
        const std::pair<double, double> checks[] = {{p.demandMw, cell(m_demand)}, {p.solarMw, cell(m_solar)}, {p.windMw, cell(m_wind)},
                                                    {p.thermalMw, cell(m_lng) + cell(m_bio)}};
        for (const auto &[got, file] : checks)
            QVERIFY2(std::abs(got - file) <= kResolution, qPrintable(QStringLiteral("%1:30 KST: %2, the file %3").arg(h).arg(got).arg(file)));
        QCOMPARE(p.curtailmentMw, 0.0); // KPX's curtailment record ends in May 2024
    }
    // The middle of the day is what KPX says: solar up, thermal down.
    QVERIFY(point(kst(12, 30)).solarMw > 150.0);
}

void TestKpxReplay::betweenHalfHoursTheyAreInterpolated()
{
    for (const QDateTime &t : {kst(0, 0), kst(6, 0), kst(13, 0), kst(12, 47), kst(7, 13)}) {
        const EnergyHistoryPoint &p = point(t);
        const QString at = t.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate);
        QVERIFY2(std::abs(p.demandMw - fileValueAt(m_demand, t)) <= kResolution, qPrintable(at));
        QVERIFY2(std::abs(p.solarMw - fileValueAt(m_solar, t)) <= kResolution, qPrintable(at));
        QVERIFY2(std::abs(p.windMw - fileValueAt(m_wind, t)) <= kResolution, qPrintable(at));
        QVERIFY2(std::abs(p.thermalMw - fileValueAt(m_lng, t) - fileValueAt(m_bio, t)) <= kResolution, qPrintable(at));
    }
    // On the hour: the mean of the two hours around it, from the cells themselves.
    const EnergyHistoryPoint &one = point(kst(13, 0));
    QVERIFY(std::abs(one.demandMw - (m_demand.value(kDay)[12] + m_demand.value(kDay)[13]) / 2.0) <= kResolution);
}

void TestKpxReplay::eachKindsAssetsShareItsTotalByCapacity()
{
    int checked = 0;
    for (const EnergyHistoryPoint &p : m_history.points) {
        for (const auto &[kind, total] : {std::pair{AssetKind::Thermal, p.thermalMw}, std::pair{AssetKind::Wind, p.windMw},
                                          std::pair{AssetKind::Solar, p.solarMw}}) {
            double capacity = 0.0, sum = 0.0;
            int n = 0;
            for (const domain::Asset &a : std::as_const(m_assets)) {
                if (a.kind == kind) {
                    capacity += a.capacityMw;
                    sum += assetOutput(p, a.id);
                    ++n;
                }
            }
            QVERIFY(n > 0);
            QVERIFY2(std::abs(sum - total) <= (n + 1) * kResolution,
                     qPrintable(QStringLiteral("%1 kind %2: assets %3, total %4").arg(p.timestamp.toString(Qt::ISODate)).arg(int(kind)).arg(sum).arg(total)));
            for (const domain::Asset &a : std::as_const(m_assets)) {
                if (a.kind == kind)
                    QVERIFY2(std::abs(assetOutput(p, a.id) - total * a.capacityMw / capacity) <= 2 * kResolution,
                             qPrintable(QStringLiteral("%1 %2: %3").arg(p.timestamp.toString(Qt::ISODate), a.id).arg(assetOutput(p, a.id))));
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 3 * 15 * 60);
}

void TestKpxReplay::theImportIsTheRestOverTheLinksByRating()
{
    QHash<QString, double> rating{{QStringLiteral("hvdc-1"), 300.0}, {QStringLiteral("hvdc-2"), 400.0}, {QStringLiteral("hvdc-3"), 200.0}};
    QHash<QString, QString> converter{{QStringLiteral("hvdc-1"), QStringLiteral("hvdc-conv-jeju")},
                                      {QStringLiteral("hvdc-2"), QStringLiteral("hvdc-conv-seojeju")},
                                      {QStringLiteral("hvdc-3"), QStringLiteral("hvdc-conv-dongjeju")}};
    QCOMPARE(m_history.columns.hvdcLinkIds.size(), 3);
    for (const EnergyHistoryPoint &p : m_history.points) {
        double import = 0.0;
        for (qsizetype i = 0; i < 3; ++i)
            import += *p.hvdcFlowMw[i];
        for (qsizetype i = 0; i < 3; ++i) {
            const QString link = m_history.columns.hvdcLinkIds[i];
            const double flow = *p.hvdcFlowMw[i];
            QVERIFY2(flow >= 0.0 && flow <= rating[link], qPrintable(link)); // LCC or not, 2025's residual is an import
            QVERIFY(std::abs(flow - import * rating[link] / 900.0) <= 2 * kResolution);
            QCOMPARE(assetOutput(p, converter[link]), flow);
        }
    }
    // At a middle of an hour the import is what KPX's demand leaves after its four series.
    for (int h : {3, 12}) {
        const EnergyHistoryPoint &p = point(kst(h, 30));
        const auto cell = [h](const Raw &raw) { return raw.value(kDay)[size_t(h)]; };
        const double rest = cell(m_demand) - cell(m_solar) - cell(m_wind) - cell(m_lng) - cell(m_bio);
        double import = 0.0;
        for (const auto &f : p.hvdcFlowMw)
            import += *f;
        QVERIFY2(std::abs(import - rest) <= 4 * kResolution, qPrintable(QStringLiteral("%1 h: %2, the files leave %3").arg(h).arg(import).arg(rest)));
    }
}

void TestKpxReplay::energyIsConservedEveryMinute()
{
    for (const EnergyHistoryPoint &p : m_history.points) {
        double net = 0.0;
        for (const auto &f : p.hvdcFlowMw)
            net += *f;
        const double supplied = p.thermalMw + p.windMw + p.solarMw + p.truckDischargeMw + net;
        QVERIFY2(std::abs(supplied - p.demandMw) <= 7 * kResolution,
                 qPrintable(QStringLiteral("%1: %2 in, %3 out").arg(p.timestamp.toString(Qt::ISODate)).arg(supplied).arg(p.demandMw)));
        // The substations take the demand.
        double load = 0.0;
        for (const domain::Asset &a : std::as_const(m_assets)) {
            if (a.kind == AssetKind::Substation)
                load -= assetOutput(p, a.id);
        }
        QVERIFY(std::abs(load - p.demandMw) <= 9 * kResolution);
    }
}

void TestKpxReplay::theSmpIsTheModelsPriceAtTheMargin()
{
    // The catalog's thermal units (resources/data/jeju-assets.json) share the thermal total by
    // capacity, 190 + 300 + 105 MW, and each has its minimum stable level at 40 % of it (76,
    // 120, 42 MW): above 238 MW all run above it and the dearest, Jeju's bio heavy oil plant at
    // 175 KRW/kWh, is at the margin; below, the import is (the model's 110 KRW/kWh).
    int above = 0, below = 0;
    for (const EnergyHistoryPoint &p : m_history.points) {
        if (std::abs(p.thermalMw - 238.0) < 0.02)
            continue; // rounding decides
        const bool thermalAtMargin = p.thermalMw > 238.0;
        QCOMPARE(p.smpKrwPerKwh, thermalAtMargin ? 175.0 : 110.0);
        (thermalAtMargin ? above : below) += 1;
    }
    QVERIFY2(above > 60 && below > 60, qPrintable(QStringLiteral("%1 minutes above, %2 below").arg(above).arg(below)));
}

void TestKpxReplay::carbonIsTheRealMixsAndTheForecastIsIssued()
{
    // A server that stays at 12:30 KST: its live balance is that minute's.
    test::ServerProcess still;
    QVERIFY2(still.startWithTestAccounts(m_dir.filePath(QStringLiteral("still.sqlite")),
                                         replayArgs(kEnergyDir, QStringLiteral("2025-04-13T12:30+09:00"))
                                             + QStringList{QStringLiteral("--speed"), QStringLiteral("0.001"), QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
             qPrintable(still.errorString()));
    test::HttpTestClient http(still.url(), still.signIn(domain::UserRole::Viewer));
    const auto balance = domain::EnergyBalance::fromJson(http.get(QStringLiteral("/api/v1/energy/balance")).json);
    QVERIFY2(balance.ok(), qPrintable(balance.error().toString()));
    QCOMPARE(balance.value().timestamp, kst(12, 30));
    const auto cell = [](const Raw &raw) { return raw.value(kDay)[12]; };
    // Tamra (30 of the 314.69 MW of wind assets) is offshore (resources/data/jeju-wind-farms.json).
    double windCapacity = 0.0;
    for (const domain::Asset &a : std::as_const(m_assets))
        windCapacity += a.kind == AssetKind::Wind ? a.capacityMw : 0.0;
    const double offshore = cell(m_wind) * 30.0 / windCapacity, onshore = cell(m_wind) - offshore;
    const double import = cell(m_demand) - cell(m_solar) - cell(m_wind) - cell(m_lng) - cell(m_bio);
    // gCO₂eq/kWh: LNG 490 (gas combined cycle), bio heavy oil 230 (as dedicated biomass), PV 48,
    // wind onshore 11, offshore 12 (IPCC AR5 WG3 Annex III medians), imports 417.3 (Korea's
    // consumption-side grid factor of 2023).
    const double grams = cell(m_lng) * 490.0 + cell(m_bio) * 230.0 + cell(m_solar) * 48.0 + onshore * 11.0 + offshore * 12.0 + import * 417.3;
    const double expected = grams / cell(m_demand);
    QVERIFY2(std::abs(balance.value().carbonGPerKwh - expected) <= kResolution,
             qPrintable(QStringLiteral("%1 g/kWh, worked out %2").arg(balance.value().carbonGPerKwh).arg(expected)));
    const test::HttpReply forecast = http.get(QStringLiteral("/api/v1/energy/forecast"));
    QCOMPARE(forecast.status, 200);
    // The forecast stays the model's own, issued at the replay's clock.
    const auto issued = domain::energy::ForecastJson::fromJson(forecast.json);
    QVERIFY2(issued.ok(), qPrintable(issued.error().toString()));
    QCOMPARE(issued.value().issued, kst(12, 30));
}

void TestKpxReplay::badInputStopsTheStart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("cutAt");    // the line whose start the change works at
    QTest::addColumn<int>("keep");            // bytes of that line kept (-1: the line is removed)
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("message");
    QTest::newRow("a CSV cut short") << QStringLiteral("jeju_2025_lng_hourly_cp949.csv") << QByteArray("2025-07-19,") << 30
                                     << QStringLiteral("2025-04-13T00:00+09:00")
                                     << QStringLiteral("jeju_2025_lng_hourly_cp949.csv: line 201: 3 fields, the header needs 25");
    QTest::newRow("a day missing") << QStringLiteral("jeju_2025_wind_hourly_cp949.csv") << QByteArray("2025-03-02,") << -1
                                   << QStringLiteral("2025-04-13T00:00+09:00")
                                   << QStringLiteral("jeju_2025_wind_hourly_cp949.csv: has no row for 2025-03-02");
    QTest::newRow("a start outside the series") << QString() << QByteArray() << 0 << QStringLiteral("2026-02-01T00:00+09:00")
                                                << QStringLiteral("--start: 2026-01-31T15:00:00.000Z is outside KPX's series "
                                                                  "(2025-01-01T00:00+09:00 – 2025-12-31T23:59+09:00)");
}

void TestKpxReplay::badInputStopsTheStart()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, cutAt);
    QFETCH(int, keep);
    QFETCH(QString, start);
    QFETCH(QString, message);
    QTemporaryDir dir;
    copyKpxFiles(dir.filePath(QStringLiteral("energy")), file, [&](const QByteArray &bytes) {
        if (keep < 0)
            return withoutLine(bytes, cutAt);
        return bytes.left(bytes.indexOf("\n" + cutAt) + 1 + keep); // "2025-07-19," and two values, no line end
    });
    const QString db = dir.filePath(QStringLiteral("server.sqlite"));
    QByteArray err;
    const int code = runToExit(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db}
                                   + replayArgs(dir.filePath(QStringLiteral("energy")), start),
                               &err);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
    // Nothing was replayed into the database.
    QVERIFY(!err.contains("started at"));
}

void TestKpxReplay::aSimulationsDatabaseIsNotReplayedInto()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.sqlite"));
    const QStringList port{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db};
    QByteArray err;
    // No folder at all, and no folder after "kpx".
    QCOMPARE(runToExit(port + replayArgs(dir.filePath(QStringLiteral("nowhere")), QStringLiteral("2025-04-13T00:00+09:00")), &err), 1);
    QVERIFY2(err.contains(dir.filePath(QStringLiteral("nowhere")).toUtf8() + ": is not a folder"), err.constData());
    QCOMPARE(runToExit(port + QStringList{QStringLiteral("--history-source"), QStringLiteral("kpx")}, &err), 2);
    QVERIFY2(err.contains("--history-source: kpx needs the folder of KPX's series"), err.constData());
    // A database the simulation made keeps the simulation's history.
    {
        test::ServerProcess simulation;
        QVERIFY2(simulation.start(db, {QStringLiteral("--start"), QStringLiteral("2025-04-13T00:00+09:00")}), qPrintable(simulation.errorString()));
        QVERIFY(simulation.terminate());
    }
    QCOMPARE(runToExit(port + replayArgs(kEnergyDir, QStringLiteral("2025-04-13T00:00+09:00")), &err), 1);
    QVERIFY2(err.contains("this database holds the simulation's history: a replay of KPX's series needs a new --db"), err.constData());
}

QTEST_GUILESS_MAIN(TestKpxReplay)
#include "tst_kpxreplay.moc"
