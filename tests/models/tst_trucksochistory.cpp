// SPDX-License-Identifier: MIT
// The selected truck's SoC chart data over a real Store: the cached samples as hours before the
// cache's latest minute, the last one held until then (an idle truck sends nothing), only the
// last 24 hours, and nothing without a selection.
#include "storefixture.h"
#include "trucksochistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

namespace {
// The snapshot's balance is at this minute; its trucks were updated then too.
QJsonObject truckAt(const QString &updatedAt, double soc)
{
    QJsonObject t = test::StoreFixture::snapshotEntity("truck", "truck-01");
    t["updated_at"] = updatedAt;
    t["soc"] = soc;
    return t;
}
} // namespace

class TestTruckSocHistory : public QObject
{
    Q_OBJECT
private slots:
    void samplesUpToTheLatestMinute()
    {
        test::StoreFixture fixture;
        const QString error = fixture.openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        models::TruckSocHistory history(&fixture.store());
        QCOMPARE(history.count(), 0);
        // Earlier samples: 30 h ago (beyond the chart), 2 h and 1 h before the balance.
        const QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
        const QDateTime now = QDateTime::fromString(balance.value("timestamp").toString(), Qt::ISODateWithMs);
        QVERIFY(now.isValid());
        const auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
        QVERIFY(fixture.upsert("truck", truckAt(iso(now.addSecs(-30 * 3600)), 0.9)).ok());
        QVERIFY(fixture.upsert("truck", truckAt(iso(now.addSecs(-2 * 3600)), 0.5)).ok());
        QVERIFY(fixture.upsert("truck", truckAt(iso(now.addSecs(-3600)), 0.25)).ok());

        QSignalSpy changed(&history, &models::TruckSocHistory::changed);
        history.setTruckId(QStringLiteral("truck-01"));
        QCOMPARE(changed.count(), 1);
        // 2 h and 1 h before, then the snapshot's own sample at the latest minute.
        const QList<QPointF> points = history.points();
        QVERIFY2(points.size() >= 3, qPrintable(QString::number(points.size())));
        QCOMPARE(points.first(), QPointF(-2.0, 50.0));
        QCOMPARE(points.at(1), QPointF(-1.0, 25.0));
        QCOMPARE(points.last().x(), 0.0);
        QCOMPARE(history.latestPercent(), points.last().y());
        for (const QPointF &p : points)
            QVERIFY(p.x() >= -24.0 && p.x() <= 0.0);

        history.setTruckId(QString());
        QCOMPARE(history.count(), 0);
        QCOMPARE(history.latestPercent(), -1.0);
    }
};

QTEST_GUILESS_MAIN(TestTruckSocHistory)
#include "tst_trucksochistory.moc"
