// SPDX-License-Identifier: MIT
// An incident's impact on a hand-made island, worked by hand: an outage polygon over one of two
// substations takes it down for certain (24 h, red), leaves its eup 300 MW short for 7,200 MWh
// (9,600 truckloads), darkens the facilities it feeds, and shares the trucks' energy
// life-critical first, then max-min fair; reserved trucks are the only ones that count when
// there are any; an incident without a physical model goes by its area and severity; the JSON
// reads back to the same impact.
#include "domain/hazard/incidentimpact.h"
#include "domain/hazard/incidentimpactjson.h"

#include <QTest>

using namespace et::domain;
using namespace et::domain::hazard;
using Rule = dispatch::EnergyShare::Rule;

namespace {
const QDateTime kNow(QDate(2026, 8, 10), QTime(3, 0), Qt::UTC);

Asset asset(const QString &id, AssetKind kind, double lat, double lon, const QString &region)
{
    Asset a;
    a.id = id;
    a.kind = kind;
    a.name = id;
    a.lat = lat;
    a.lon = lon;
    a.region = region;
    return a;
}

CriticalFacility facility(const QString &id, CriticalFacility::Kind kind, bool life, int priority, double backup, double lat, double lon)
{
    CriticalFacility f;
    f.id = id;
    f.name = id;
    f.kind = kind;
    f.lifeCritical = life;
    f.priority = priority;
    f.backupHours = backup;
    f.lat = lat;
    f.lon = lon;
    f.approximate = false;
    return f;
}

Truck truck(const QString &id, double kwh, double soc)
{
    Truck t;
    t.id = id;
    t.capacityKwh = kwh;
    t.soc = soc;
    t.soh = 1.0;
    return t;
}

IncidentInputs island()
{
    IncidentInputs in;
    in.assets = {asset(QStringLiteral("sub-a"), AssetKind::Substation, 33.50, 126.50, QStringLiteral("A-dong")),
                 asset(QStringLiteral("sub-b"), AssetKind::Substation, 33.30, 126.80, QStringLiteral("B-myeon")),
                 asset(QStringLiteral("wind-b"), AssetKind::Wind, 33.32, 126.85, QStringLiteral("B-myeon"))};
    in.facilities = {facility(QStringLiteral("hospital"), CriticalFacility::Kind::Hospital, true, 1, 4.0, 33.51, 126.51),
                     facility(QStringLiteral("shelter"), CriticalFacility::Kind::Shelter, false, 3, 0.0, 33.49, 126.49),
                     facility(QStringLiteral("center"), CriticalFacility::Kind::HealthCenter, false, 4, 0.0, 33.50, 126.52)};
    in.loadShare = {{QStringLiteral("sub-a"), 0.6}, {QStringLiteral("sub-b"), 0.4}};
    in.islandDemandMw = 500.0;
    // (1 − 0.2) × 27,500 kWh = 22 MWh above the reserve.
    in.trucks = {truck(QStringLiteral("t1"), 27500.0, 1.0), truck(QStringLiteral("t2"), 1000.0, 0.9)};
    in.trucks[1].orderId = QStringLiteral("ord-busy"); // on an order: not counted unless reserved
    in.now = kNow;
    return in;
}

Disaster outageOverA()
{
    Disaster d;
    d.id = QStringLiteral("dis-a");
    d.type = DisasterType::Outage;
    d.severity = 3;
    d.lat = 33.5;
    d.lon = 126.5;
    d.radiusKm = 5.0;
    d.startedAt = kNow;
    d.hazard.polygon = {QPointF(126.45, 33.45), QPointF(126.55, 33.45), QPointF(126.55, 33.55), QPointF(126.45, 33.55)};
    return d;
}

const ImpactedSite *site(const IncidentImpact &i, const QString &id)
{
    for (const ImpactedSite &s : i.sites) {
        if (s.impact.id == id)
            return &s;
    }
    return nullptr;
}
} // namespace

class TestIncidentImpact : public QObject
{
    Q_OBJECT

private slots:
    void outageWorkedByHand()
    {
        const IncidentImpact i = IncidentImpact::assess(outageOverA(), island());
        QCOMPARE(i.model, IncidentImpact::Model::OutageArea);
        QCOMPARE(i.hazardSeverity, 0); // an outage has no rule: the operator's severity stands
        QVERIFY(!i.alert);
        const ImpactedSite *a = site(i, QStringLiteral("sub-a"));
        QVERIFY(a);
        QCOMPARE(a->impact.probability, 1.0);
        QCOMPARE(a->impact.state, DamageState::LikelyDamaged);
        QCOMPARE(a->impact.priority, InspectionPriority::Red);
        QVERIFY(!site(i, QStringLiteral("sub-b")));
        QVERIFY(!site(i, QStringLiteral("wind-b")));
        // 0.6 × 500 MW, for 24 h; 7,200 MWh / 0.75 MWh a truck.
        QCOMPARE(i.unservedByRegion.size(), 1);
        QCOMPARE(i.unservedByRegion.first().first, QStringLiteral("A-dong"));
        QCOMPARE(i.unservedMw, 300.0);
        QCOMPARE(i.deficitMwh, 7200.0);
        QCOMPARE(i.trucksNeeded, 9600);

        // The hospital runs 4 of the 24 h on its own: 20 h × 1 MW. The shelter 24 h × 100 kW,
        // the health center 24 h × 30 kW.
        QCOMPARE(i.facilitiesWithoutPower.size(), 3);
        QCOMPARE(i.facilitiesWithoutPower.first().outage.facilityId, QStringLiteral("hospital"));
        QCOMPARE(i.facilitiesWithoutPower.first().outage.needMwh, 20.0);
        // 22 MWh (t2 is on an order): the hospital's 20 first; the 2 left max-min fair: 1 each,
        // the center needs only 0.72 and gives 0.28 back to the shelter.
        QCOMPARE(i.availableMwh, 22.0);
        QCOMPARE(i.supply.size(), 3);
        QCOMPARE(i.supply[0].facilityId, QStringLiteral("hospital"));
        QCOMPARE(i.supply[0].rule, Rule::LifeCritical);
        QCOMPARE(i.supply[0].mwh, 20.0);
        QHash<QString, PrioritySupply> byId;
        for (const PrioritySupply &s : i.supply)
            byId.insert(s.facilityId, s);
        QVERIFY(qAbs(byId.value(QStringLiteral("center")).mwh - 0.72) < 1e-9);
        QVERIFY(qAbs(byId.value(QStringLiteral("shelter")).mwh - 1.28) < 1e-9);
        QCOMPARE(byId.value(QStringLiteral("shelter")).rule, Rule::FairShare);
        // The facilities are listed as sites too, by the probability of losing power.
        QCOMPARE(site(i, QStringLiteral("hospital"))->category, ImpactedSite::Category::Facility);
        QCOMPARE(site(i, QStringLiteral("hospital"))->impact.probability, 1.0);
    }

    void reservedTrucksAreTheOnlyOnesThatCount()
    {
        Disaster d = outageOverA();
        d.reservedTruckIds = {QStringLiteral("t2")};
        const IncidentImpact i = IncidentImpact::assess(d, island());
        // (0.9 − 0.2) × 1,000 kWh, all to the hospital.
        QVERIFY(qAbs(i.availableMwh - 0.7) < 1e-12);
        QCOMPARE(i.supply.size(), 1);
        QCOMPARE(i.supply.first().facilityId, QStringLiteral("hospital"));
        QVERIFY(qAbs(i.supply.first().mwh - 0.7) < 1e-12);
    }

    void anIncidentWithoutAModelGoesByAreaAndSeverity()
    {
        Disaster d;
        d.id = QStringLiteral("dis-fire");
        d.type = DisasterType::Wildfire;
        d.severity = 4;
        d.lat = 33.32;
        d.lon = 126.85;
        d.radiusKm = 1.0;
        d.startedAt = kNow;
        const IncidentImpact i = IncidentImpact::assess(d, island());
        QCOMPARE(i.model, IncidentImpact::Model::AreaBySeverity);
        QCOMPARE(i.sites.size(), 1);
        QCOMPARE(i.sites.first().impact.id, QStringLiteral("wind-b"));
        QCOMPARE(i.sites.first().impact.probability, 0.6);
        QCOMPARE(i.sites.first().impact.state, DamageState::LikelyDamaged);
        d.severity = 2;
        QCOMPARE(IncidentImpact::assess(d, island()).sites.first().impact.state, DamageState::Inspect);
    }

    void jsonReadsBackTheSame()
    {
        const IncidentImpact i = IncidentImpact::assess(outageOverA(), island());
        const auto back = IncidentImpactJson::fromJson(IncidentImpactJson::toJson(i));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), i);
        QJsonObject broken = IncidentImpactJson::toJson(i);
        broken.insert(QStringLiteral("sites"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}});
        const auto refused = IncidentImpactJson::fromJson(broken);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().field.startsWith(QStringLiteral("sites[0]")), qPrintable(refused.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestIncidentImpact)
#include "tst_incidentimpact.moc"
