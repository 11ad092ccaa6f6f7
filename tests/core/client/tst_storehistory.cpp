// SPDX-License-Identifier: MIT
// The offline cache's energy history on real SQLite files: pages go in and come back out, range
// reads are [from, to), seven days are kept counted from the newest minute, what the cache cannot
// take is refused with nothing written, columns may change, another process's columns are read,
// and a schema-3 cache is upgraded.
#include "client/store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using domain::EnergyHistoryPage;
using domain::EnergyHistoryPoint;
using domain::HistoryValues;

namespace {
const QDateTime kT0(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);
const domain::EnergyHistoryColumns kColumns{{QStringLiteral("hvdc-1"), QStringLiteral("hvdc-3")},
                                            {QStringLiteral("thermal-jeju"), QStringLiteral("wind-tamra")}};

EnergyHistoryPoint minute(const QDateTime &t, double demand)
{
    EnergyHistoryPoint p;
    p.timestamp = t;
    p.demandMw = demand;
    p.thermalMw = 238;
    p.windMw = 120.55;
    p.solarMw = 311.45;
    p.curtailmentMw = 0.5;
    p.smpKrwPerKwh = -12.25;
    // Every third minute as a server before the carbon accounting sent it.
    if (t.toSecsSinceEpoch() / 60 % 3 != 0)
        p.carbonGPerKwh = std::round((250.0 + demand / 10.0) * 100.0) / 100.0; // hundredths, as sent
    p.hvdcFlowMw = {30.0, 0.0};
    p.assetOutputMw = {76.0, std::nullopt};
    return p;
}

/// `count` minutes from `start`, demand 700 + i/100 MW (all in hundredths, as the server sends).
EnergyHistoryPage minutes(const QDateTime &start, int count)
{
    EnergyHistoryPage page;
    page.from = start;
    page.to = start.addSecs(60 * count);
    page.columns = kColumns;
    for (int i = 0; i < count; ++i)
        page.points << minute(start.addSecs(60 * i), (70000 + i) / 100.0);
    return page;
}

qint64 rows(const QString &path)
{
    qint64 n = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM energy_history")) && q.next())
            n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return n;
}
} // namespace

class TestStoreHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    client::Store m_store;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n));
        QVERIFY(m_store.open(m_path).ok());
    }
    void cleanup() { m_store.close(); }

    void pagesComeBackAsTheyWent()
    {
        QSignalSpy changed(&m_store, &client::Store::historyChanged);
        const EnergyHistoryPage page = minutes(kT0, 90);
        QVERIFY(m_store.appendHistory(page).ok());
        QCOMPARE(changed.count(), 1);
        const auto back = m_store.history(kT0, kT0.addSecs(90 * 60));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value().columns, kColumns);
        QCOMPARE(back.value().points, page.points);
        QCOMPARE(m_store.newestHistoryMinute(), kT0.addSecs(89 * 60));
        QCOMPARE(m_store.oldestHistoryMinute(), kT0);
        QCOMPARE(m_store.historyMinutes(), 90);
        // [from, to): the end is left out, the start kept.
        const auto part = m_store.history(kT0.addSecs(600), kT0.addSecs(900));
        QCOMPARE(part.value().points.size(), 5);
        QCOMPARE(part.value().points.first().timestamp, kT0.addSecs(600));
        QCOMPARE(part.value().points.last().demandMw, 700.14);
    }

    void aMinuteCachedTwiceIsOneRow()
    {
        QVERIFY(m_store.appendHistory(minutes(kT0, 30)).ok());
        QVERIFY(m_store.appendHistory(minutes(kT0.addSecs(600), 30)).ok());
        QCOMPARE(m_store.historyMinutes(), 40);
        QCOMPARE(rows(m_path), 40);
    }

    void sevenDaysAreKeptFromTheNewest()
    {
        QVERIFY(m_store.appendHistory(minutes(kT0, 60)).ok());
        // The newest minute 7 days and 30 minutes after kT0: the first 31 minutes go.
        QVERIFY(m_store.appendHistory(minutes(kT0.addDays(7).addSecs(29 * 60), 2)).ok());
        QCOMPARE(m_store.newestHistoryMinute(), kT0.addDays(7).addSecs(30 * 60));
        QCOMPARE(m_store.oldestHistoryMinute(), kT0.addSecs(31 * 60));
        QCOMPARE(m_store.historyMinutes(), 29 + 2);
        // A page older than the window counts from the newest minute, whichever came first.
        QVERIFY(m_store.appendHistory(minutes(kT0, 10)).ok());
        QCOMPARE(m_store.oldestHistoryMinute(), kT0.addSecs(31 * 60));
    }

    void whatTheCacheCannotTakeIsRefused()
    {
        QVERIFY(m_store.appendHistory(minutes(kT0, 5)).ok());
        QSignalSpy changed(&m_store, &client::Store::historyChanged);
        EnergyHistoryPage quarter = minutes(kT0.addSecs(3600), 2);
        quarter.step = domain::HistoryStep::QuarterHour;
        auto refused = m_store.appendHistory(quarter);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("step"));
        EnergyHistoryPage wide = minutes(kT0.addSecs(3600), 3);
        wide.points[2].minutes = 2;
        refused = m_store.appendHistory(wide);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("points[2].minutes"));
        QCOMPARE(m_store.historyMinutes(), 5);
        QCOMPARE(m_store.history(kT0, kT0.addDays(1)).value().points, minutes(kT0, 5).points);
        QCOMPARE(changed.count(), 0);
    }

    void columnsMayChange()
    {
        QVERIFY(m_store.appendHistory(minutes(kT0, 2)).ok());
        EnergyHistoryPage later = minutes(kT0.addSecs(120), 1);
        later.columns.assetIds = {QStringLiteral("wind-tamra"), QStringLiteral("battery-new")};
        later.points[0].assetOutputMw = {3.5, 12.25};
        QVERIFY(m_store.appendHistory(later).ok());
        const auto back = m_store.history(kT0, kT0.addSecs(180));
        QVERIFY(back.ok());
        QCOMPARE(back.value().columns.assetIds,
                 (QStringList{QStringLiteral("thermal-jeju"), QStringLiteral("wind-tamra"), QStringLiteral("battery-new")}));
        QCOMPARE(back.value().points[0].assetOutputMw, (HistoryValues{76.0, std::nullopt, std::nullopt}));
        QCOMPARE(back.value().points[2].assetOutputMw, (HistoryValues{std::nullopt, 3.5, 12.25}));
    }

    void anotherProcessesColumnsAreRead()
    {
        QVERIFY(m_store.appendHistory(minutes(kT0, 2)).ok());
        QCOMPARE(m_store.history(kT0, kT0.addSecs(120)).value().points.size(), 2); // columns now known here
        {
            client::Store other; // the CLI on the same cache
            QVERIFY(other.open(m_path).ok());
            EnergyHistoryPage page = minutes(kT0.addSecs(120), 1);
            page.columns.hvdcLinkIds = {QStringLiteral("hvdc-2"), QStringLiteral("hvdc-1")};
            QVERIFY(other.appendHistory(page).ok());
        }
        const auto back = m_store.history(kT0, kT0.addSecs(180));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value().columns.hvdcLinkIds, (QStringList{QStringLiteral("hvdc-1"), QStringLiteral("hvdc-3"), QStringLiteral("hvdc-2")}));
        QCOMPARE(back.value().points[2].hvdcFlowMw, (HistoryValues{0.0, std::nullopt, 30.0}));
    }

    /// Takes out what versions 11 (the centers' full-text index) and 12 (the self-check) added.
    static bool undoVersions11And12(QSqlQuery &q)
    {
        for (const char *sql : {"DROP TRIGGER centers_fts_insert", "DROP TRIGGER centers_fts_delete", "DROP TRIGGER centers_fts_update",
                                "DROP TABLE centers_fts", "ALTER TABLE centers DROP COLUMN search_text",
                                "ALTER TABLE centers DROP COLUMN road_address", "ALTER TABLE centers DROP COLUMN lot_address",
                                "ALTER TABLE centers DROP COLUMN services", "ALTER TABLE centers DROP COLUMN opens_at",
                                "ALTER TABLE centers DROP COLUMN closes_at", "ALTER TABLE centers DROP COLUMN closed_days",
                                "DROP TABLE self_check"}) {
            if (!q.exec(QLatin1String(sql))) {
                qWarning() << sql << q.lastError().text();
                return false;
            }
        }
        return true;
    }

    void aVersion3CacheIsUpgraded()
    {
        m_store.close();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw3"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE energy_history")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE energy_history_columns")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE forecast")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE dispatch_plan")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE truck_soc")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE alarms")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE favorite_centers")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE center_notices")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE center_reviews")));
            QVERIFY(undoVersions11And12(q));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw3"));
        QVERIFY(m_store.open(m_path).ok());
        QCOMPARE(client::Store::schemaVersion(), 13);
        QVERIFY(m_store.appendHistory(minutes(kT0, 3)).ok());
        QCOMPARE(m_store.historyMinutes(), 3);
    }

    void aVersion5CacheKeepsItsMinutesWithoutCarbon()
    {
        const EnergyHistoryPage page = minutes(kT0, 6);
        QVERIFY(m_store.appendHistory(page).ok());
        m_store.close();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw5"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE energy_history DROP COLUMN carbon")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE dispatch_plan")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE truck_soc")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE alarms")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE favorite_centers")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE center_notices")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE center_reviews")));
            QVERIFY(undoVersions11And12(q));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw5"));
        QVERIFY(m_store.open(m_path).ok());
        const auto back = m_store.history(kT0, kT0.addSecs(6 * 60));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value().points.size(), 6);
        for (qsizetype i = 0; i < 6; ++i) {
            QVERIFY(!back.value().points[i].carbonGPerKwh);
            EnergyHistoryPoint without = page.points[i];
            without.carbonGPerKwh.reset();
            QCOMPARE(back.value().points[i], without);
        }
        // Minutes cached after the upgrade keep their carbon.
        const EnergyHistoryPage later = minutes(kT0.addSecs(6 * 60), 3);
        QVERIFY(m_store.appendHistory(later).ok());
        QCOMPARE(m_store.history(later.from, later.to).value().points, later.points);
    }
};

QTEST_GUILESS_MAIN(TestStoreHistory)
#include "tst_storehistory.moc"
