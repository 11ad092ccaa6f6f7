// SPDX-License-Identifier: MIT
// EnergyHistoryStore with the real simulation over a real SQLite file: every minute reads back as
// the simulation committed it to the change log (balance and each asset), hourly means equal the
// means of those minutes worked out here, a failed commit loses no minute, retention drops what
// is older than its days, a reopened store carries on, and columns that change mid-way leave
// no value where an asset did not exist.
#include "sim/fleetgenerator.h"
#include "sim/seeddata.h"
#include "sim/simulation.h"
#include "store/energyhistorystore.h"
#include "store/store.h"

#include "domain/asset.h"
#include "domain/energybalance.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et::backend;
using et::domain::Asset;
using et::domain::Change;
using et::domain::EnergyBalance;
using et::domain::EnergyHistoryPoint;
using et::domain::EntityKind;
using et::domain::HistoryValues;

namespace {
const QDateTime kStart(QDate(2024, 4, 13), QTime(0, 7), Qt::UTC); // mid-hour: the first hour is short

/// What the change log says about one simulated minute: its balance and every asset's output.
struct LoggedMinute
{
    EnergyBalance balance;
    QMap<QString, double> assetMw;
};

/// The server's parts in process: a seeded store, the history attached to it and the
/// simulation feeding it. `log` rebuilds each minute from the committed changes alone (a tick of
/// 60 s commits exactly one minute), independently of the history's own path.
struct World
{
    std::unique_ptr<Store> store = std::make_unique<Store>();
    std::unique_ptr<EnergyHistoryStore> history;
    std::unique_ptr<Simulation> sim;
    QList<LoggedMinute> log;
    QMap<QString, double> assetMw;

    bool open(const QString &path, const SeedData &seed, bool fresh = true)
    {
        if (!store->open(path).ok())
            return false;
        history = std::make_unique<EnergyHistoryStore>(*store);
        if (!history->open().ok())
            return false;
        QObject::connect(store.get(), &Store::committed, [this](const QList<Change> &changes) { note(changes); });
        if (fresh) {
            QList<EntityWrite> writes;
            for (const auto &a : seed.assets)
                writes.append({EntityKind::Asset, a.id, a.toJson()});
            for (const auto &t : FleetGenerator::generate(3, seed.depots, 20, kStart))
                writes.append({EntityKind::Truck, t.id, t.toJson()});
            if (!store->write(writes).ok())
                return false;
        }
        sim = std::make_unique<Simulation>(*store, seed, 3);
        QObject::connect(sim.get(), &Simulation::minuteComputed, history.get(), &EnergyHistoryStore::record);
        return sim->initialize(kStart).ok();
    }

    void note(const QList<Change> &changes)
    {
        std::optional<EnergyBalance> balance;
        for (const Change &c : changes) {
            if (c.entity == EntityKind::Asset)
                assetMw.insert(c.id, c.data.value(QStringLiteral("output_mw")).toDouble());
            if (c.entity == EntityKind::Balance)
                balance = EnergyBalance::fromJson(c.data).value();
        }
        if (balance)
            log.append({*balance, assetMw});
    }

    bool minutes(int n)
    {
        for (int i = 0; i < n; ++i) {
            if (!sim->advance(60).ok())
                return false;
        }
        return true;
    }
};

/// Compares one stored point with a minute of the change log; empty when they agree.
QString differs(const EnergyHistoryPoint &p, const et::domain::EnergyHistoryColumns &columns, const LoggedMinute &m)
{
    const EnergyBalance &b = m.balance;
    if (p.timestamp != b.timestamp)
        return QStringLiteral("time %1 vs %2").arg(p.timestamp.toString(Qt::ISODate), b.timestamp.toString(Qt::ISODate));
    const double got[] = {p.demandMw, p.thermalMw, p.windMw, p.solarMw, p.truckDischargeMw, p.curtailmentMw, p.smpKrwPerKwh};
    const double want[] = {b.demandMw, b.thermalMw, b.windMw, b.solarMw, b.truckDischargeMw, b.curtailmentMw, b.smpKrwPerKwh};
    for (int i = 0; i < 7; ++i) {
        if (got[i] != want[i])
            return QStringLiteral("value %1: %2 vs %3").arg(i).arg(got[i]).arg(want[i]);
    }
    for (qsizetype i = 0; i < b.hvdcLinks.size(); ++i) {
        const qsizetype at = columns.hvdcLinkIds.indexOf(b.hvdcLinks[i].id);
        if (at < 0 || p.hvdcFlowMw.value(at) != b.hvdcLinks[i].flowMw)
            return QStringLiteral("link %1").arg(b.hvdcLinks[i].id);
    }
    for (auto it = m.assetMw.cbegin(); it != m.assetMw.cend(); ++it) {
        const qsizetype at = columns.assetIds.indexOf(it.key());
        if (at < 0 || p.assetOutputMw.value(at) != it.value())
            return QStringLiteral("asset %1: %2 vs %3").arg(it.key()).arg(p.assetOutputMw.value(at).value_or(-1e9)).arg(it.value());
    }
    return {};
}

qint64 count(Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestEnergyHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<SeedData> m_seed;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto seed = SeedData::fromAssetsJson(f.readAll(), kStart);
        QVERIFY(seed.ok());
        m_seed = seed.value();
    }

    void minutesAreWhatTheSimulationCommitted()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("minutes.sqlite")), *m_seed));
        QVERIFY(w.minutes(150));
        QCOMPARE(w.log.size(), 151); // the first minute at start, then one a tick
        const auto rows = w.history->read(kStart.toSecsSinceEpoch(), kStart.addDays(1).toSecsSinceEpoch(), false);
        QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
        QCOMPARE(rows.value().points.size(), w.log.size());
        QCOMPARE(rows.value().columns.assetIds.size(), m_seed->assets.size());
        QCOMPARE(rows.value().columns.hvdcLinkIds, (QStringList{QStringLiteral("hvdc-1"), QStringLiteral("hvdc-2"), QStringLiteral("hvdc-3")}));
        for (qsizetype i = 0; i < w.log.size(); ++i) {
            const QString d = differs(rows.value().points[i], rows.value().columns, w.log[i]);
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("minute %1: %2").arg(i).arg(d)));
            QCOMPARE(rows.value().points[i].minutes, 1);
        }
        QCOMPARE(w.history->newest(), w.log.last().balance.timestamp);
    }

    void hourlyMeansAreTheMeansOfTheirMinutes()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("hours.sqlite")), *m_seed));
        QVERIFY(w.minutes(3 * 60 + 20)); // 00:07 to 03:27: hours 00 (53 minutes), 01, 02 complete
        QCOMPARE(count(*w.store, QStringLiteral("energy_history_hours")), 3);
        const QDateTime h0(QDate(2024, 4, 13), QTime(0, 0), Qt::UTC);
        const auto rows = w.history->read(h0.toSecsSinceEpoch(), h0.addSecs(4 * 3600).toSecsSinceEpoch(), true);
        QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
        // Three stored hours, then the 28 minutes of the hour in progress.
        QCOMPARE(rows.value().points.size(), 3 + 28);
        const qsizetype jeju = rows.value().columns.assetIds.indexOf(QStringLiteral("thermal-jeju"));
        QVERIFY(jeju >= 0);
        for (int hour = 0; hour < 3; ++hour) {
            double demand = 0, wind = 0, curtailment = 0, smpEnergy = 0, thermalJeju = 0;
            int n = 0;
            for (const LoggedMinute &m : std::as_const(w.log)) {
                if (m.balance.timestamp < h0.addSecs(hour * 3600) || m.balance.timestamp >= h0.addSecs((hour + 1) * 3600))
                    continue;
                demand += m.balance.demandMw;
                wind += m.balance.windMw;
                curtailment += m.balance.curtailmentMw;
                smpEnergy += m.balance.smpKrwPerKwh * m.balance.demandMw;
                thermalJeju += m.assetMw.value(QStringLiteral("thermal-jeju"));
                ++n;
            }
            const EnergyHistoryPoint &p = rows.value().points[hour];
            QCOMPARE(p.timestamp, h0.addSecs(hour * 3600));
            QCOMPARE(p.minutes, hour == 0 ? 53 : 60);
            QCOMPARE(n, p.minutes);
            // Kept in hundredths: the stored mean is within half of one of the exact mean.
            QVERIFY2(std::abs(p.demandMw - demand / n) <= 0.005 + 1e-9, qPrintable(QString::number(p.demandMw - demand / n)));
            QVERIFY(std::abs(p.windMw - wind / n) <= 0.005 + 1e-9);
            QVERIFY(std::abs(p.curtailmentMw - curtailment / n) <= 0.005 + 1e-9);
            QVERIFY(std::abs(p.smpKrwPerKwh - smpEnergy / demand) <= 0.005 + 1e-9);
            QVERIFY(std::abs(*p.assetOutputMw[jeju] - thermalJeju / n) <= 0.005 + 1e-9);
        }
        QCOMPARE(rows.value().points[3].timestamp, h0.addSecs(3 * 3600));
        QCOMPARE(rows.value().points.last().timestamp, w.log.last().balance.timestamp);
    }

    void aFailedCommitLosesNoMinute()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("fail.sqlite")), *m_seed));
        QVERIFY(w.minutes(5));
        QSqlQuery q(w.store->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON energy_history_minutes "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")));
        QVERIFY(!w.sim->advance(60).ok());
        QVERIFY(!w.sim->advance(60).ok());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(w.minutes(3));
        const auto rows = w.history->read(kStart.toSecsSinceEpoch(), kStart.addDays(1).toSecsSinceEpoch(), false);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().points.size(), 1 + 5 + 2 + 3);
        for (qsizetype i = 0; i < rows.value().points.size(); ++i)
            QCOMPARE(rows.value().points[i].timestamp, kStart.addSecs(60 * i));
        QCOMPARE(w.history->newest(), kStart.addSecs(60 * 10));
    }

    void retentionDropsWhatIsOlderThanItsDays()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("retention.sqlite")), *m_seed));
        w.history->setRetention(1, 2);
        for (int hour = 0; hour < 3 * 24 + 5; ++hour)
            QVERIFY(w.sim->advance(3600).ok());
        const QDateTime newest = w.history->newest();
        QCOMPARE(newest, kStart.addSecs((3 * 24 + 5) * 3600));
        QSqlQuery q(w.store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(t), COUNT(*) FROM energy_history_minutes")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), newest.addDays(-1).toSecsSinceEpoch());
        QCOMPARE(q.value(1).toLongLong(), 1440 + 1);
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(t) FROM energy_history_hours")) && q.next());
        const qint64 oldestHour = q.value(0).toLongLong();
        QVERIFY(oldestHour >= newest.addDays(-2).toSecsSinceEpoch());
        QVERIFY(oldestHour < newest.addDays(-2).toSecsSinceEpoch() + 3600);
        QCOMPARE(w.history->minuteHorizon(), newest.addDays(-1));
        // Hours stay contiguous up to the hour in progress.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(t) FROM energy_history_hours")) && q.next());
        QCOMPARE(q.value(1).toLongLong(), newest.toSecsSinceEpoch() - newest.toSecsSinceEpoch() % 3600 - 3600);
        QCOMPARE(q.value(0).toLongLong(), (q.value(1).toLongLong() - oldestHour) / 3600 + 1);
    }

    void aReopenedStoreCarriesOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            World w;
            QVERIFY(w.open(path, *m_seed));
            QVERIFY(w.sim->advance(90 * 60).ok());
        }
        World w;
        QVERIFY(w.open(path, *m_seed, false));
        QCOMPARE(w.history->newest(), kStart.addSecs(90 * 60));
        QVERIFY(w.sim->advance(120 * 60).ok());
        QCOMPARE(count(*w.store, QStringLiteral("energy_history_minutes")), 1 + 210);
        QSqlQuery q(w.store->database());
        // 00:07 to 03:37: hours 00, 01, 02 are complete, each written once.
        QVERIFY(q.exec(QStringLiteral("SELECT t, minutes FROM energy_history_hours ORDER BY t")));
        QList<int> minutes;
        while (q.next())
            minutes << q.value(1).toInt();
        QCOMPARE(minutes, (QList<int>{53, 60, 60}));
    }

    void anAssetAddedLaterHasNoValueBefore()
    {
        World w;
        QVERIFY(w.open(m_dir.filePath(QStringLiteral("columns.sqlite")), *m_seed));
        QVERIFY(w.minutes(2));
        EnergyBalance b = w.log.last().balance;
        Asset extra;
        extra.id = QStringLiteral("battery-new");
        extra.outputMw = 12.5;
        QList<Asset> assets = m_seed->assets;
        assets << extra;
        b.timestamp = b.timestamp.addSecs(60);
        w.history->record(b, assets);
        QVERIFY(w.store->commit(StoreTransaction{}).ok()); // nothing but the history
        const auto rows = w.history->read(kStart.toSecsSinceEpoch(), kStart.addDays(1).toSecsSinceEpoch(), false);
        QVERIFY(rows.ok());
        const qsizetype at = rows.value().columns.assetIds.indexOf(QStringLiteral("battery-new"));
        QCOMPARE(at, m_seed->assets.size());
        QCOMPARE(rows.value().points.size(), 4);
        QCOMPARE(rows.value().points[2].assetOutputMw[at], std::nullopt);
        QCOMPARE(rows.value().points[3].assetOutputMw[at], std::optional<double>(12.5));
        QCOMPARE(rows.value().points[3].assetOutputMw.size(), rows.value().points[0].assetOutputMw.size());
    }
};

QTEST_GUILESS_MAIN(TestEnergyHistoryStore)
#include "tst_energyhistorystore.moc"
