// SPDX-License-Identifier: MIT
// DisasterImpact: which assets an active disaster reaches and with what status.
#include "sim/disasterimpact.h"
#include "testfixtures.h"

#include <QTest>

using namespace et::backend;
using et::domain::Asset;
using et::domain::AssetStatus;
using et::domain::Disaster;

namespace {
const QDateTime kNow(QDate(2024, 8, 20), QTime(6, 0), Qt::UTC);

Asset asset(const QString &id, double lat, double lon)
{
    Asset a;
    a.id = id;
    a.lat = lat;
    a.lon = lon;
    return a;
}

Disaster disaster(int severity, double lat, double lon, double radiusKm)
{
    Disaster d = et::test::makeDisaster(et::domain::DisasterType::Typhoon, severity, lat, lon, radiusKm, kNow.addSecs(-3600));
    d.id = QStringLiteral("d%1").arg(severity);
    return d;
}
} // namespace

class TestDisasterImpact : public QObject
{
    Q_OBJECT
private slots:
    void radiusAndSeverity()
    {
        // 0.1 degree of latitude is 11.12 km on the 6371.0088 km sphere.
        const QList<Asset> assets = {asset(QStringLiteral("in"), 33.40, 126.5), asset(QStringLiteral("edge"), 33.49, 126.5),
                                     asset(QStringLiteral("out"), 33.52, 126.5)};
        const auto mild = DisasterImpact::statuses({disaster(3, 33.4, 126.5, 11.0)}, assets, kNow);
        QCOMPARE(mild.size(), 2);
        QVERIFY(mild.value(QStringLiteral("in")) == AssetStatus::Emergency);
        QVERIFY(mild.value(QStringLiteral("edge")) == AssetStatus::Emergency); // 10.0 km < 11 km
        QVERIFY(!mild.contains(QStringLiteral("out")));                       // 13.3 km

        // The worst of two overlapping disasters wins.
        const auto both = DisasterImpact::statuses({disaster(2, 33.4, 126.5, 20.0), disaster(5, 33.4, 126.5, 5.0)}, assets, kNow);
        QVERIFY(both.value(QStringLiteral("in")) == AssetStatus::Offline);
        QVERIFY(both.value(QStringLiteral("edge")) == AssetStatus::Emergency);
        QVERIFY(both.value(QStringLiteral("out")) == AssetStatus::Emergency);
    }

    void onlyActiveDisastersCount()
    {
        const QList<Asset> assets = {asset(QStringLiteral("a"), 33.4, 126.5)};
        Disaster resolved = disaster(5, 33.4, 126.5, 10.0);
        resolved.status = et::domain::DisasterStatus::Resolved;
        Disaster future = disaster(5, 33.4, 126.5, 10.0);
        future.startedAt = kNow.addSecs(60);
        Disaster ended = disaster(5, 33.4, 126.5, 10.0);
        ended.endedAt = kNow.addSecs(-1);
        Disaster monitoring = disaster(4, 33.4, 126.5, 10.0);
        monitoring.status = et::domain::DisasterStatus::Monitoring;
        QVERIFY(DisasterImpact::statuses({resolved, future, ended}, assets, kNow).isEmpty());
        QVERIFY(DisasterImpact::statuses({monitoring}, assets, kNow).value(QStringLiteral("a")) == AssetStatus::Offline);
    }
};

QTEST_GUILESS_MAIN(TestDisasterImpact)
#include "tst_disasterimpact.moc"
