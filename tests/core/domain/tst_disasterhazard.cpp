// SPDX-License-Identifier: MIT
// A disaster's hazard on the wire and the operator's commands on it: what a registration may leave
// to its hazard (the circle from a polygon or a track, the severity from a track or a magnitude),
// what it may not get wrong (the failing field named), how an update merges and refits, and the
// create, update and resolve commands' checks and optimistic effects.
#include "domain/disaster.h"
#include "domain/disasterupdate.h"
#include "domain/geo/geodesy.h"
#include "domain/operatorcommand.h"
#include "jsonfixture.h"

#include <QTest>

using namespace et::domain;
using et::test::jsonObject;

namespace {
const char *kFlood = R"({"type":"flood","severity":3,"depth_m":1.2,"started_at":"2026-09-01T00:00:00Z","status":"active",
 "polygon":[{"lat":33.50,"lon":126.50},{"lat":33.50,"lon":126.56},{"lat":33.54,"lon":126.56},{"lat":33.54,"lon":126.50}]})";
const char *kTyphoon = R"({"type":"typhoon","started_at":"2026-09-01T00:00:00Z","status":"active",
 "track":{"id":"2611","name":"TEST","source":"JMA","points":[
  {"time":"2026-09-01T00:00:00Z","lat":30.0,"lon":125.0,"pressure_hpa":960,"max_wind_ms":40,"r15_km":[300,300,300,300],"r25_km":[150,150,150,150]},
  {"time":"2026-09-01T12:00:00Z","lat":33.0,"lon":126.5,"pressure_hpa":965,"max_wind_ms":38,"r15_km":[280,280,280,280],"r25_km":[140,140,140,140]},
  {"time":"2026-09-02T00:00:00Z","lat":36.0,"lon":128.0,"pressure_hpa":980,"max_wind_ms":28}]}})";
const char *kStored = R"({"id":"dis-1","type":"flood","severity":3,"lat":33.52,"lon":126.53,"radius_km":3,
 "started_at":"2026-09-01T00:00:00.000Z","ended_at":null,"status":"active","title":"","description":"",
 "updated_at":"2026-09-01T00:10:00.000Z","depth_m":1.2})";
const QDateTime kAt(QDate(2026, 9, 1), QTime(1, 0), Qt::UTC);

QJsonObject with(const char *json, const QString &key, const QJsonValue &value)
{
    QJsonObject o = jsonObject(json);
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}
} // namespace

class TestDisasterHazard : public QObject
{
    Q_OBJECT

private slots:
    void polygonGivesTheCircle()
    {
        const auto d = Disaster::fromRegistrationJson(jsonObject(kFlood));
        QVERIFY2(d.ok(), qPrintable(d.error().toString()));
        // The vertices' centroid, and the distance to the farthest corner.
        QCOMPARE(d.value().lat, 33.52);
        QCOMPARE(d.value().lon, 126.53);
        QVERIFY(qAbs(d.value().radiusKm - geo::Geodesy::distanceKm(33.52, 126.53, 33.50, 126.50)) < 1e-9);
        QCOMPARE(d.value().hazard.polygon.size(), 4);
        QCOMPARE(d.value().hazard.floodDepthM, 1.2);
        // Back to JSON and in again: the same disaster.
        QCOMPARE(Disaster::fromRegistrationJson(d.value().toRegistrationJson()).value(), d.value());
    }

    void trackGivesTheCircleAndLeavesTheSeverityToTheServer()
    {
        const auto d = Disaster::fromRegistrationJson(jsonObject(kTyphoon));
        QVERIFY2(d.ok(), qPrintable(d.error().toString()));
        QCOMPARE(d.value().severity, 0);
        // The fix nearest Jeju (33.0 N 126.5 E), with the reach of its 15 m/s wind.
        QCOMPARE(d.value().lat, 33.0);
        QCOMPARE(d.value().lon, 126.5);
        QVERIFY(d.value().radiusKm > 100.0 && d.value().radiusKm < 400.0);
        QVERIFY(!d.value().toRegistrationJson().contains(QStringLiteral("severity")));
        // A stored disaster must have one.
        QJsonObject stored = d.value().toJson();
        stored.insert(QStringLiteral("updated_at"), QStringLiteral("2026-09-01T00:00:00Z"));
        stored.insert(QStringLiteral("id"), QStringLiteral("dis-x"));
        QCOMPARE(Disaster::fromJson(stored).error().field, QStringLiteral("severity"));
    }

    void badHazardsNameTheirField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QJsonArray two{QJsonObject{{"lat", 33.5}, {"lon", 126.5}}, QJsonObject{{"lat", 33.6}, {"lon", 126.5}}};
        QTest::newRow("two points") << with(kFlood, "polygon", two) << "polygon";
        QJsonArray badPoint = jsonObject(kFlood).value("polygon").toArray();
        badPoint.replace(2, QJsonObject{{"lat", 133.5}, {"lon", 126.5}});
        QTest::newRow("latitude out of range") << with(kFlood, "polygon", badPoint) << "polygon[2].lat";
        QTest::newRow("deep water on a typhoon") << with(kTyphoon, "depth_m", 2.0) << "depth_m";
        QTest::newRow("a track on a flood") << with(kFlood, "track", jsonObject(kTyphoon).value("track")) << "track";
        QJsonObject quake{{"type", "earthquake"}, {"lat", 33.09}, {"lon", 126.16}, {"radius_km", 50}, {"magnitude", 4.9},
                          {"started_at", "2021-12-14T08:19:14Z"}, {"status", "active"}};
        QTest::newRow("magnitude without depth") << quake << "depth_km";
        QTest::newRow("NaN-like magnitude") << with(kTyphoon, "magnitude", 12.0) << "magnitude";
        QTest::newRow("half a circle") << with(kFlood, "lat", 33.5) << "lon";
        QTest::newRow("no circle, no polygon") << with(kFlood, "polygon", QJsonValue::Undefined) << "lat";
        QTest::newRow("a region that is not text") << with(kFlood, "regions", QJsonArray{3}) << "regions[0]";
        QJsonObject track = jsonObject(kTyphoon).value("track").toObject();
        QJsonArray points = track.value("points").toArray();
        QJsonObject p = points.at(1).toObject();
        p.insert("pressure_hpa", 200);
        points.replace(1, p);
        track.insert("points", points);
        QTest::newRow("a track's pressure") << with(kTyphoon, "track", track) << "track.points[1].pressure_hpa";
    }

    void badHazardsNameTheirField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const auto d = Disaster::fromRegistrationJson(body);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().field, field);
    }

    void clientIds()
    {
        QVERIFY(Disaster::isValidClientId(u"dis-console-0001"));
        QVERIFY(Disaster::isValidClientId(u"dis-0123456789abcdef"));
        for (const char16_t *bad : {u"dis-", u"DROP TABLE", u"dis-a b", u"ord-1", u"dis-ä"})
            QVERIFY(!Disaster::isValidClientId(bad));
        QVERIFY(!Disaster::isValidClientId(QString(QStringLiteral("dis-") + QString(61, u'a'))));
    }

    void updateMergesAndRefits()
    {
        const Disaster stored = Disaster::fromJson(jsonObject(kStored)).value();
        auto raised = DisasterUpdate::apply(stored, {{"severity", 5}, {"depth_m", QJsonValue::Null}});
        QVERIFY2(raised.ok(), qPrintable(raised.error().toString()));
        QCOMPARE(raised.value().severity, 5);
        QVERIFY(!raised.value().hazard.floodDepthM);
        QCOMPARE(raised.value().id, stored.id);
        QCOMPARE(raised.value().lat, stored.lat);
        // A new polygon without a circle moves the circle with it.
        const QJsonArray moved = jsonObject(kFlood).value("polygon").toArray();
        QJsonArray shifted;
        for (const QJsonValue &v : moved)
            shifted.append(QJsonObject{{"lat", v["lat"].toDouble() - 0.2}, {"lon", v["lon"].toDouble()}});
        auto refit = DisasterUpdate::apply(stored, {{"polygon", shifted}});
        QVERIFY2(refit.ok(), qPrintable(refit.error().toString()));
        QCOMPARE(refit.value().lat, 33.32);
        QCOMPARE(DisasterUpdate::apply(stored, {{"type", "earthquake"}}).error().field, QStringLiteral("type"));
        QCOMPARE(DisasterUpdate::apply(stored, {{"severity", 9}}).error().field, QStringLiteral("severity"));
        QVERIFY(!DisasterUpdate::apply(stored, {}).ok());
    }

    void commandsCheckAndShowTheirEffect()
    {
        Disaster d = Disaster::fromRegistrationJson(jsonObject(kFlood)).value();
        d.id = QStringLiteral("dis-console-1");
        const OperatorCommand create = OperatorCommand::createDisaster(d, OperatorCommand::newKey(), kAt);
        QCOMPARE(create.path(), QStringLiteral("/disasters"));
        QVERIFY(create.targetEntity() == EntityKind::Disaster);
        QCOMPARE(OperatorCommand::fromJson(create.toJson()).value(), create);
        // What the console shows while it waits decodes as a stored disaster.
        const auto shown = Disaster::fromJson(create.optimisticEffect({}));
        QVERIFY2(shown.ok(), qPrintable(shown.error().toString()));
        QCOMPARE(shown.value().id, d.id);
        QCOMPARE(shown.value().hazard, d.hazard);
        // A body that is not the target's is refused.
        QJsonObject forged = create.toJson();
        forged.insert(QStringLiteral("target_id"), QStringLiteral("dis-other"));
        QCOMPARE(OperatorCommand::fromJson(forged).error().field, QStringLiteral("target_id"));

        const QJsonObject current = jsonObject(kStored);
        const OperatorCommand update = OperatorCommand::updateDisaster(QStringLiteral("dis-1"), {{"severity", 5}}, OperatorCommand::newKey(), kAt);
        QCOMPARE(update.path(), QStringLiteral("/disasters/dis-1/update"));
        QCOMPARE(update.optimisticEffect(current).value(QStringLiteral("severity")).toInt(), 5);
        const OperatorCommand resolve = OperatorCommand::resolveDisaster(QStringLiteral("dis-1"), OperatorCommand::newKey(), kAt);
        QCOMPARE(resolve.path(), QStringLiteral("/disasters/dis-1/resolve"));
        const QJsonObject resolved = resolve.optimisticEffect(current);
        QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(resolved.value(QStringLiteral("ended_at")).toString(), toIsoUtc(kAt));
    }
};

QTEST_GUILESS_MAIN(TestDisasterHazard)
#include "tst_disasterhazard.moc"
