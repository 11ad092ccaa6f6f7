// SPDX-License-Identifier: MIT
// IncidentImpactModel and HazardShapes over a real Store: a disaster whose cached impact (written
// as the server writes it) lists two sites at risk and one untouched gives two rows, red first,
// with the summary, the unserved demand, the facilities and the priority supply with its rule in
// words and the trucks the cached plan sends; selecting nothing empties it; a typhoon's track
// draws its cone, swath and track, and at the replay instant the storm's eye. Under
// QAbstractItemModelTester.
#include "hazardshapes.h"
#include "incidentimpactmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include "domain/hazard/incidentimpactjson.h"

#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTest>

using namespace et;
using namespace et::domain::hazard;

namespace {
const QDateTime kNow(QDate(2026, 9, 1), QTime(3, 0), Qt::UTC);

ImpactedSite site(const QString &id, ImpactedSite::Category category, double intensity, double probability)
{
    ImpactedSite s;
    s.category = category;
    s.name = id;
    s.type = category == ImpactedSite::Category::Asset ? QStringLiteral("substation") : QStringLiteral("hospital");
    s.lat = 33.5;
    s.lon = 126.5;
    s.impact = SiteImpact::of(id, intensity, probability);
    return s;
}

IncidentImpact impact()
{
    IncidentImpact i;
    i.computedAt = kNow;
    i.model = IncidentImpact::Model::TyphoonWind;
    i.hazardSeverity = 4;
    i.alert = AlertLevel::Orange;
    i.sites = {site(QStringLiteral("sub-a"), ImpactedSite::Category::Asset, 38.0, 0.7),
               site(QStringLiteral("hospital-1"), ImpactedSite::Category::Facility, 30.0, 0.12),
               site(QStringLiteral("wind-b"), ImpactedSite::Category::Asset, 12.0, 0.0)};
    i.unservedByRegion = {{QStringLiteral("일도1동"), 42.0}};
    i.unservedMw = 42.0;
    i.deficitMwh = 1008.0;
    i.trucksNeeded = 1344;
    i.availableMwh = 5.0;
    FacilityWithoutPower f;
    f.outage.facilityId = QStringLiteral("hospital-1");
    f.outage.lossProbability = 0.7;
    f.outage.needMwh = 20.0;
    f.outage.lifeCritical = true;
    f.outage.priority = 1;
    f.name = QStringLiteral("Hospital 1");
    f.kind = QStringLiteral("hospital");
    f.lat = 33.5;
    f.lon = 126.5;
    i.facilitiesWithoutPower = {f};
    i.supply = {{QStringLiteral("hospital-1"), QStringLiteral("Hospital 1"), 33.5, 126.5, 5.0, domain::dispatch::EnergyShare::Rule::LifeCritical}};
    return i;
}

QJsonObject typhoon()
{
    QJsonObject d = test::StoreFixture::snapshotEntity("disaster", "dis-typhoon-1");
    d["impact"] = IncidentImpactJson::toJson(impact());
    QJsonArray points;
    for (int h = 0; h <= 48; h += 6)
        points.append(QJsonObject{{"time", kNow.addSecs(h * 3600 - 24 * 3600).toString(Qt::ISODate)}, {"lat", 29.0 + h * 0.15},
                                  {"lon", 125.5 + h * 0.03}, {"pressure_hpa", 960}, {"max_wind_ms", 40},
                                  {"r15_km", QJsonArray{300, 300, 300, 300}}, {"r25_km", QJsonArray{120, 120, 120, 120}}});
    d["track"] = QJsonObject{{"id", "2699"}, {"name", "TESTER"}, {"source", "JMA"}, {"points", points}};
    return d;
}
} // namespace

class TestIncidentImpactModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::StoreFixture> m_fixture;

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
        QVERIFY(m_fixture->applySnapshot().ok());
        QVERIFY(m_fixture->upsert("disaster", typhoon()).ok());
    }
    void cleanup() { m_fixture.reset(); }

    void rowsAndSummaryFromTheCachedImpact()
    {
        models::IncidentImpactModel model(&m_fixture->store());
        const auto tester = test::contractTester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.assessed());
        model.setDisasterId(QStringLiteral("dis-typhoon-1"));
        QVERIFY(model.assessed());
        // The untouched wind farm is not a row; the substation (70 %, red) comes first.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(test::value(model, 0, "siteId").toString(), QStringLiteral("sub-a"));
        QCOMPARE(test::value(model, 0, "priority").toString(), QStringLiteral("red"));
        QCOMPARE(test::value(model, 0, "state").toString(), QStringLiteral("likely_damaged"));
        QCOMPARE(test::value(model, 1, "category").toString(), QStringLiteral("facility"));
        QCOMPARE(test::value(model, 1, "priority").toString(), QStringLiteral("yellow"));
        QCOMPARE(model.unit(), QStringLiteral("m/s"));
        QCOMPARE(model.hazardSeverity(), 4);
        QCOMPARE(model.alert(), QStringLiteral("orange"));
        QCOMPARE(model.trucksNeeded(), 1344);
        QCOMPARE(model.redCount(), 1);
        QCOMPARE(model.yellowCount(), 1);
        QCOMPARE(model.orangeCount(), 0);
        QCOMPARE(model.unservedByRegion().first().toMap().value(QStringLiteral("region")).toString(), QStringLiteral("일도1동"));
        const QVariantMap share = model.supply().first().toMap();
        QCOMPARE(share.value(QStringLiteral("rule")).toString(), QStringLiteral("life_critical"));
        QCOMPARE(share.value(QStringLiteral("ruleText")).toString(), models::IncidentImpactModel::ruleText(domain::dispatch::EnergyShare::Rule::LifeCritical));
        QCOMPARE(model.facilitiesWithoutPower().size(), 1);

        // A new assessment (the next sync) replaces the rows.
        QJsonObject d = typhoon();
        IncidentImpact calmer = impact();
        calmer.sites.removeFirst();
        d["impact"] = IncidentImpactJson::toJson(calmer);
        QSignalSpy changed(&model, &models::IncidentImpactModel::impactChanged);
        QVERIFY(m_fixture->upsert("disaster", d).ok());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 1);
        model.setDisasterId({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.assessed());
    }

    void shapesOfATyphoonAndItsReplay()
    {
        models::HazardShapes shapes(&m_fixture->store());
        shapes.setIssuedAt(kNow);
        shapes.setSelectedId(QStringLiteral("dis-typhoon-1"));
        QStringList styles;
        for (const QVariant &v : shapes.shapes())
            styles << v.toMap().value(QStringLiteral("style")).toString();
        for (const char *s : {"swath", "cone", "track", "site"})
            QVERIFY2(styles.contains(QLatin1String(s)), s);
        QVERIFY(!styles.contains(QStringLiteral("eye")));
        QVERIFY(shapes.replayText().isEmpty());
        // At 6 h into the track the eye is at the interpolated fix: 29.0 + 30 × 0.15 = 29.9 N.
        shapes.setAt(kNow.addSecs(-24 * 3600 + 6 * 3600));
        QVariantMap eye;
        for (const QVariant &v : shapes.shapes()) {
            if (v.toMap().value(QStringLiteral("style")).toString() == u"eye")
                eye = v.toMap();
        }
        QVERIFY(!eye.isEmpty());
        const auto c = eye.value(QStringLiteral("points")).toList().first().value<QGeoCoordinate>();
        QVERIFY(qAbs(c.latitude() - 29.9) < 1e-6);
        QCOMPARE(eye.value(QStringLiteral("label")).toString(), QStringLiteral("TESTER"));
        QVERIFY2(shapes.replayText().contains(QStringLiteral("TESTER")), qPrintable(shapes.replayText()));
        // Resolved, nothing is drawn.
        QJsonObject d = typhoon();
        d["status"] = "resolved";
        QVERIFY(m_fixture->upsert("disaster", d).ok());
        for (const QVariant &v : shapes.shapes())
            QVERIFY(v.toMap().value(QStringLiteral("label")).toString() != u"TESTER");
    }
};

QTEST_GUILESS_MAIN(TestIncidentImpactModel)
#include "tst_incidentimpactmodel.moc"
