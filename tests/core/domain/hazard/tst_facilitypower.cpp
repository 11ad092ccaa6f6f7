// SPDX-License-Identifier: MIT
// Critical facilities without power, by hand: each is fed by its nearest substation, loses power
// for the repair time of that substation's state, covers its backup hours itself, and needs its
// load for the rest; the list is life-critical first; and the needs feed the priority allocation.
#include "domain/hazard/facilitypower.h"

#include <QTest>

using namespace et::domain::hazard;
using et::domain::AssetKind;
using et::domain::dispatch::EnergyShare;
using et::domain::dispatch::PriorityAllocation;

class TestFacilityPower : public QObject
{
    Q_OBJECT
private slots:
    void byHand()
    {
        const auto facility = [](const char *id, CriticalFacility::Kind kind, bool life, int priority, double backup, double lat, double lon) {
            CriticalFacility f;
            f.id = QString::fromLatin1(id);
            f.kind = kind;
            f.lifeCritical = life;
            f.priority = priority;
            f.backupHours = backup;
            f.lat = lat;
            f.lon = lon;
            return f;
        };
        // West (Hallim) substation likely damaged, east (Seongsan) one to inspect.
        const QList<ImpactSite> subs{{QStringLiteral("sub-west"), AssetKind::Substation, 33.41, 126.27},
                                     {QStringLiteral("sub-east"), AssetKind::Substation, 33.45, 126.90}};
        SiteImpact west{QStringLiteral("sub-west"), 40.0, 0.7, DamageState::LikelyDamaged, InspectionPriority::Red};
        SiteImpact east{QStringLiteral("sub-east"), 30.0, 0.3, DamageState::Inspect, InspectionPriority::Orange};
        const QList<CriticalFacility> facilities{
            facility("shelter-west", CriticalFacility::Kind::Shelter, false, 4, 0.0, 33.40, 126.25),
            facility("hospital-west", CriticalFacility::Kind::Hospital, true, 1, 24.0, 33.42, 126.28),
            facility("water-west", CriticalFacility::Kind::Water, true, 2, 8.0, 33.39, 126.30),
            facility("telecom-east", CriticalFacility::Kind::Telecom, false, 3, 4.0, 33.46, 126.91)};
        const auto outages = FacilityPower::assess(facilities, subs, {west, east});
        QCOMPARE(outages.size(), 4);
        // Life-critical first (hospital priority 1, water 2), then telecom (3), then the shelter (4).
        QCOMPARE(outages[0].facilityId, QStringLiteral("hospital-west"));
        QCOMPARE(outages[1].facilityId, QStringLiteral("water-west"));
        QCOMPARE(outages[2].facilityId, QStringLiteral("telecom-east"));
        QCOMPARE(outages[3].facilityId, QStringLiteral("shelter-west"));
        // Hospital: 24 h repair, 24 h backup: nothing uncovered. Water: 24 − 8 = 16 h at 500 kW = 8 MWh.
        QCOMPARE(outages[0].substationId, QStringLiteral("sub-west"));
        QCOMPARE(outages[0].uncoveredHours, 0.0);
        QCOMPARE(outages[1].needMwh, 8.0);
        // Telecom (east): 4 h to inspect, 4 h of batteries: nothing. Shelter: 24 h at 100 kW = 2.4 MWh.
        QCOMPARE(outages[2].substationId, QStringLiteral("sub-east"));
        QCOMPARE(outages[2].needMwh, 0.0);
        QVERIFY(std::abs(outages[3].needMwh - 2.4) < 1e-12);
        QCOMPARE(outages[3].lossProbability, 0.7);

        // 5 MWh of truck energy: the water works (life-critical) gets it all before the shelter.
        const auto shares = PriorityAllocation::allocate(5.0, FacilityPower::needs(outages));
        QCOMPARE(shares.size(), 2);
        QCOMPARE(shares[0].id, QStringLiteral("water-west"));
        QCOMPARE(shares[0].mwh, 5.0);
        QVERIFY(shares[0].rule == EnergyShare::Rule::LifeCritical);
        QCOMPARE(shares[1].mwh, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFacilityPower)
#include "tst_facilitypower.moc"
