// SPDX-License-Identifier: MIT
// The trucks' SoC over time in the offline cache, on a real SQLite file: one sample a truck and
// simulated minute (the minute's last update), kept across a reopen, the last 48 hours kept, and
// nothing written when the batch it came with is refused.
#include "client/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {
const QDateTime kT0(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);

domain::Change truckAt(const QString &id, const QDateTime &at, double soc, qint64 cursor)
{
    domain::Truck t;
    t.id = id;
    t.name = id;
    t.capacityKwh = 1000;
    t.soc = soc;
    t.lat = 33.4;
    t.lon = 126.5;
    t.updatedAt = at;
    domain::Change c;
    c.entity = domain::EntityKind::Truck;
    c.op = domain::ChangeOp::Upsert;
    c.id = id;
    c.cursor = cursor;
    c.data = t.toJson();
    return c;
}
} // namespace

class TestStoreTruckSoc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aSampleAMinuteKeptAcrossAReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("soc.sqlite"));
        {
            client::Store store;
            QVERIFY(store.open(path).ok());
            // Three updates in the first minute (the last counts), one in each of the next two.
            QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(5), 0.50, 1), truckAt("truck-01", kT0.addSecs(30), 0.51, 2)}, 2).ok());
            QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(59), 0.52, 3), truckAt("truck-02", kT0.addSecs(10), 0.9, 4)}, 4).ok());
            QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(61), 0.53, 5)}, 5).ok());
            QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(150), 0.55, 6)}, 6).ok());
        }
        client::Store store;
        QVERIFY(store.open(path).ok());
        const auto history = store.truckSocHistory(QStringLiteral("truck-01"), {});
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0], (QPair<QDateTime, double>{kT0, 0.52}));
        QCOMPARE(history[1], (QPair<QDateTime, double>{kT0.addSecs(60), 0.53}));
        QCOMPARE(history[2], (QPair<QDateTime, double>{kT0.addSecs(120), 0.55}));
        QCOMPARE(store.truckSocHistory(QStringLiteral("truck-01"), kT0.addSecs(60)).size(), 2);
        QCOMPARE(store.truckSocHistory(QStringLiteral("truck-02"), {}).size(), 1);
        QVERIFY(store.truckSocHistory(QStringLiteral("truck-99"), {}).isEmpty());
    }

    void theLast48HoursAreKept()
    {
        client::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("prune.sqlite"))).ok());
        QVERIFY(store.applyChanges({truckAt("truck-01", kT0, 0.5, 1)}, 1).ok());
        QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(47 * 3600), 0.6, 2)}, 2).ok());
        QCOMPARE(store.truckSocHistory(QStringLiteral("truck-01"), {}).size(), 2);
        QVERIFY(store.applyChanges({truckAt("truck-01", kT0.addSecs(49 * 3600), 0.7, 3)}, 3).ok());
        const auto history = store.truckSocHistory(QStringLiteral("truck-01"), {});
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().first, kT0.addSecs(47 * 3600));
    }

    void aRefusedBatchWritesNoSample()
    {
        client::Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("refused.sqlite"))).ok());
        domain::Change bad = truckAt("truck-02", kT0, 0.5, 2);
        bad.data.insert(QStringLiteral("soc"), 1.7);
        QVERIFY(!store.applyChanges({truckAt("truck-01", kT0, 0.5, 1), bad}, 2).ok());
        QVERIFY(store.truckSocHistory(QStringLiteral("truck-01"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreTruckSoc)
#include "tst_storetrucksoc.moc"
