// SPDX-License-Identifier: MIT
// The JSON codecs of every domain type: good input round-trips exactly, and every kind of bad
// input is refused with an error that names the offending field.
#include "domain/asset.h"
#include "domain/center.h"
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/energybalance.h"
#include "domain/servermessage.h"
#include "domain/streamevent.h"
#include "domain/subscriberequest.h"
#include "domain/truck.h"

#include <QJsonDocument>
#include "jsonfixture.h"

#include <QTest>

using namespace et::domain;

using et::test::jsonObject;
using et::test::jsonWith;

namespace {

const char *kAsset = R"({"id":"wind-tamra","kind":"wind","name":"탐라해상풍력","name_en":"Tamra Offshore Wind",
 "lat":33.3606,"lon":126.1703,"capacity_mw":30,"output_mw":12.5,"status":"online","approximate":true,
 "region":"한경면","updated_at":"2026-11-23T05:00:00.000Z"})";
const char *kTruck = R"({"id":"truck-07","name":"에너지트럭 7호","capacity_kwh":1000,"soc":0.42,"lat":33.5,
 "lon":126.52,"heading_deg":270,"speed_kmh":48.5,"status":"driving","target_asset_id":"wind-tamra",
 "updated_at":"2026-11-23T05:00:00.000Z"})";
const char *kDisaster = R"({"id":"d-1","type":"typhoon","severity":4,"lat":33.25,"lon":126.56,"radius_km":80,
 "started_at":"2026-09-01T00:00:00.000Z","ended_at":null,"status":"active","title":"태풍 힌남노",
 "description":"","updated_at":"2026-09-01T00:10:00.000Z"})";
const char *kBalance = R"({"timestamp":"2026-11-23T05:00:00.000Z","demand_mw":720,
 "generation_mw":{"thermal":300,"wind":150,"solar":120,"truck_discharge":0},
 "hvdc_links":[{"id":"hvdc-1","name":"HVDC #1","mainland_terminal":"Haenam","jeju_terminal_asset_id":"conv-jeju",
   "capacity_mw":300,"flow_mw":150,"reversible":false},
  {"id":"hvdc-3","name":"HVDC #3","mainland_terminal":"Wando","jeju_terminal_asset_id":"conv-dongjeju",
   "capacity_mw":200,"flow_mw":-50,"reversible":true}],
 "curtailment_mw":0,"renewable_share":0.375,"smp_krw_per_kwh":-12.5})";
const char *kCenter = R"({"id":"c-1","name":"제주시정신건강복지센터","category":"정신건강복지센터",
 "road_address":"제주특별자치도 제주시 서광로 1","lot_address":"","lat":33.5,"lon":126.52,"services":"상담",
 "opens_at":"09:00","closes_at":"18:00","closed_days":"토,일,공휴일","phone":"064-000-0000",
 "operator":"제주시","data_date":"2023-01-01"})";

template<typename T>
void checkRoundTrip(const char *json)
{
    const auto first = T::fromJson(jsonObject(json));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const auto second = T::fromJson(first.value().toJson());
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QCOMPARE(second.value(), first.value());
}

} // namespace

class TestDomainCodecs : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        checkRoundTrip<Asset>(kAsset);
        checkRoundTrip<Truck>(kTruck);
        checkRoundTrip<Disaster>(kDisaster);
        checkRoundTrip<EnergyBalance>(kBalance);
        checkRoundTrip<Center>(kCenter);
    }

    void decodedValues()
    {
        const auto a = Asset::fromJson(jsonObject(kAsset));
        QVERIFY(a.ok());
        QCOMPARE(toString(a.value().kind), QStringLiteral("wind"));
        QCOMPARE(a.value().name, QStringLiteral("탐라해상풍력"));
        QCOMPARE(a.value().capacityMw, 30.0);
        QCOMPARE(a.value().updatedAt, QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC));

        const auto t = Truck::fromJson(jsonObject(kTruck));
        QVERIFY(t.ok());
        QCOMPARE(t.value().energyKwh(), 420.0);
        QVERIFY(t.value().status == TruckStatus::Driving);

        const auto b = EnergyBalance::fromJson(jsonObject(kBalance));
        QVERIFY(b.ok());
        QCOMPARE(b.value().hvdcLinks.size(), 2);
        QCOMPARE(b.value().hvdcImportMw(), 100.0);
        QCOMPARE(b.value().smpKrwPerKwh, -12.5);

        const auto c = Center::fromJson(jsonObject(kCenter));
        QVERIFY(c.ok());
        QCOMPARE(c.value().opensAt, QTime(9, 0));
        QVERIFY(!c.value().distanceKm.has_value());
    }

    void timeZonesAreNormalisedToUtc()
    {
        const auto a = Asset::fromJson(jsonWith(kAsset, QStringLiteral("updated_at"), QStringLiteral("2026-11-23T14:00:00+09:00")));
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QCOMPARE(a.value().updatedAt, QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC));
    }

    void centerAcceptsUnpaddedTimesAndMissingHours()
    {
        QJsonObject o = jsonWith(kCenter, QStringLiteral("opens_at"), QStringLiteral("9:00"));
        o.insert(QStringLiteral("closes_at"), QJsonValue::Null);
        const auto c = Center::fromJson(o);
        QVERIFY2(c.ok(), qPrintable(c.error().toString()));
        QCOMPARE(c.value().opensAt, QTime(9, 0));
        QVERIFY(!c.value().closesAt.isValid());
        QCOMPARE(c.value().toJson().value(QStringLiteral("closes_at")), QJsonValue(QJsonValue::Null));
    }

    void badAsset_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::addRow("missing id") << jsonWith(kAsset, QStringLiteral("id"), QJsonValue::Undefined) << "id" << "missing";
        QTest::addRow("empty name") << jsonWith(kAsset, QStringLiteral("name"), QStringLiteral("  ")) << "name" << "empty";
        QTest::addRow("lat as string") << jsonWith(kAsset, QStringLiteral("lat"), QStringLiteral("33.5")) << "lat" << "a string";
        QTest::addRow("lat null") << jsonWith(kAsset, QStringLiteral("lat"), QJsonValue::Null) << "lat" << "null";
        QTest::addRow("lat out of range") << jsonWith(kAsset, QStringLiteral("lat"), 91.0) << "lat" << "out of range";
        QTest::addRow("lon out of range") << jsonWith(kAsset, QStringLiteral("lon"), -180.5) << "lon" << "out of range";
        QTest::addRow("unknown kind") << jsonWith(kAsset, QStringLiteral("kind"), QStringLiteral("nuclear")) << "kind" << "nuclear";
        QTest::addRow("bad status type") << jsonWith(kAsset, QStringLiteral("status"), 1) << "status" << "a number";
        QTest::addRow("negative capacity") << jsonWith(kAsset, QStringLiteral("capacity_mw"), -1) << "capacity_mw" << "out of range";
        QTest::addRow("kW sent as MW") << jsonWith(kAsset, QStringLiteral("capacity_mw"), 30000) << "capacity_mw" << "out of range";
        QTest::addRow("approximate as string") << jsonWith(kAsset, QStringLiteral("approximate"), QStringLiteral("true")) << "approximate" << "a boolean";
        QTest::addRow("time without zone") << jsonWith(kAsset, QStringLiteral("updated_at"), QStringLiteral("2026-11-23T05:00:00")) << "updated_at" << "zone";
        QTest::addRow("not a time") << jsonWith(kAsset, QStringLiteral("updated_at"), QStringLiteral("yesterday")) << "updated_at" << "ISO 8601";
    }
    void badAsset()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const auto r = Asset::fromJson(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().toString().contains(phrase), qPrintable(r.error().toString()));
    }

    void badOthers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("field");
        QTest::addRow("truck soc above 1") << "truck" << jsonWith(kTruck, QStringLiteral("soc"), 1.2) << "soc";
        QTest::addRow("truck unknown status") << "truck" << jsonWith(kTruck, QStringLiteral("status"), QStringLiteral("flying")) << "status";
        QTest::addRow("truck heading as array") << "truck" << jsonWith(kTruck, QStringLiteral("heading_deg"), QJsonArray{1}) << "heading_deg";
        QTest::addRow("truck target wrong type") << "truck" << jsonWith(kTruck, QStringLiteral("target_asset_id"), 5) << "target_asset_id";
        QTest::addRow("severity 0") << "disaster" << jsonWith(kDisaster, QStringLiteral("severity"), 0) << "severity";
        QTest::addRow("severity 6") << "disaster" << jsonWith(kDisaster, QStringLiteral("severity"), 6) << "severity";
        QTest::addRow("severity 2.5") << "disaster" << jsonWith(kDisaster, QStringLiteral("severity"), 2.5) << "severity";
        QTest::addRow("radius 0") << "disaster" << jsonWith(kDisaster, QStringLiteral("radius_km"), 0) << "radius_km";
        QTest::addRow("ends before start") << "disaster" << jsonWith(kDisaster, QStringLiteral("ended_at"), QStringLiteral("2026-08-01T00:00:00Z")) << "ended_at";
        QTest::addRow("unknown disaster type") << "disaster" << jsonWith(kDisaster, QStringLiteral("type"), QStringLiteral("meteor")) << "type";
        QTest::addRow("share above 1") << "balance" << jsonWith(kBalance, QStringLiteral("renewable_share"), 1.5) << "renewable_share";
        QTest::addRow("generation not object") << "balance" << jsonWith(kBalance, QStringLiteral("generation_mw"), 5) << "generation_mw";
        QTest::addRow("center bad time") << "center" << jsonWith(kCenter, QStringLiteral("opens_at"), QStringLiteral("25:61")) << "opens_at";
        QTest::addRow("center lat NaN-like string") << "center" << jsonWith(kCenter, QStringLiteral("lat"), QStringLiteral("NaN")) << "lat";
    }
    void badOthers()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, input);
        QFETCH(QString, field);
        Error e;
        if (type == u"truck") {
            const auto r = Truck::fromJson(input);
            QVERIFY(!r.ok());
            e = r.error();
        } else if (type == u"disaster") {
            const auto r = Disaster::fromJson(input);
            QVERIFY(!r.ok());
            e = r.error();
        } else if (type == u"balance") {
            const auto r = EnergyBalance::fromJson(input);
            QVERIFY(!r.ok());
            e = r.error();
        } else {
            const auto r = Center::fromJson(input);
            QVERIFY(!r.ok());
            e = r.error();
        }
        QCOMPARE(e.field, field);
        QVERIFY(!e.message.isEmpty());
    }

    void nestedErrorsCarryTheirPath()
    {
        QJsonObject b = jsonObject(kBalance);
        QJsonArray links = b.value(QStringLiteral("hvdc_links")).toArray();
        QJsonObject second = links.at(1).toObject();
        second.insert(QStringLiteral("capacity_mw"), QStringLiteral("200"));
        links.replace(1, second);
        b.insert(QStringLiteral("hvdc_links"), links);
        const auto r = EnergyBalance::fromJson(b);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("hvdc_links[1].capacity_mw"));

        QJsonObject gen = jsonObject(kBalance);
        QJsonObject g = gen.value(QStringLiteral("generation_mw")).toObject();
        g.remove(QStringLiteral("wind"));
        gen.insert(QStringLiteral("generation_mw"), g);
        const auto r2 = EnergyBalance::fromJson(gen);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().field, QStringLiteral("generation_mw.wind"));
    }

    void hvdcPhysicalLimits()
    {
        // A line-commutated link cannot reverse, and no link carries far beyond its rating.
        QJsonObject b = jsonObject(kBalance);
        QJsonArray links = b.value(QStringLiteral("hvdc_links")).toArray();
        QJsonObject lcc = links.at(0).toObject();
        lcc.insert(QStringLiteral("flow_mw"), -10);
        links.replace(0, lcc);
        b.insert(QStringLiteral("hvdc_links"), links);
        auto r = EnergyBalance::fromJson(b);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QStringLiteral("non-reversible")), qPrintable(r.error().toString()));

        lcc.insert(QStringLiteral("flow_mw"), 900);
        links.replace(0, lcc);
        b.insert(QStringLiteral("hvdc_links"), links);
        r = EnergyBalance::fromJson(b);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("hvdc_links[0].flow_mw"));
    }

    void notAnObject()
    {
        QVERIFY(!Asset::fromJson(QJsonValue(QStringLiteral("asset"))).ok());
        QVERIFY(!Truck::fromJson(QJsonArray{}).ok());
        QVERIFY(Disaster::fromJson(QJsonValue::Null).error().message.contains(QStringLiteral("null")));
    }

    void malformedJsonText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("truncated") << QByteArray(R"({"id":"a","lat":33.)");
        QTest::addRow("NaN literal") << QByteArray(R"({"lat":NaN})");
        QTest::addRow("top-level array") << QByteArray("[1,2]");
        QTest::addRow("garbage bytes") << QByteArray("\xff\xfe\x00garbage", 10);
    }
    void malformedJsonText()
    {
        QFETCH(QByteArray, text);
        const auto r = parseJsonObject(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
    }

    void hugeNumbersAreRefused()
    {
        // 1e999 overflows a double; the codec must not store infinity as a coordinate.
        const auto parsed = parseJsonObject(QByteArray(R"({"lat":1e999})"));
        if (parsed.ok()) {
            JsonFieldReader r(parsed.value());
            r.latitude(QStringLiteral("lat"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, QStringLiteral("lat"));
        }
    }

    void fractionalCursorsAreRefused()
    {
        // Found by fuzz_change: cursor 10.5 used to be cut to 10, so a client would ask for a
        // change it had already applied. Every cursor on the wire must be a whole number.
        QCOMPARE(Change::fromJson(jsonObject(R"({"cursor":10.5,"entity":"truck","op":"delete","id":"t"})")).error().field,
                 QStringLiteral("cursor"));
        QCOMPARE(ChangeBatch::fromJson(jsonObject(R"({"changes":[],"cursor":0.25,"has_more":false})")).error().field,
                 QStringLiteral("cursor"));
        QCOMPARE(StreamEvent::fromJson(jsonObject(R"({"channel":"trucks","event":"truck.updated","data":{},"cursor":9.5})")).error().field,
                 QStringLiteral("cursor"));
        QCOMPARE(ControlMessage::fromJson(jsonObject(R"({"event":"resync","cursor":3.75})")).error().field, QStringLiteral("cursor"));
        const auto big = Change::fromJson(jsonObject(R"({"cursor":9007199254740992,"entity":"truck","op":"delete","id":"t"})"));
        QVERIFY2(big.ok(), qPrintable(big.error().toString()));
        QCOMPARE(big.value().cursor, kMaxCursor);
    }

    void timesOutsideFourDigitYearsInUtcAreRefused()
    {
        // Found by fuzz_disaster: 0001-01-01T00:00:00+00:20 is year 0 in UTC. It was accepted,
        // then stored as "started_at":"" and no console could read the disaster back.
        for (const char *time : {"0001-01-01T00:00:00+00:20", "9999-12-31T23:00:00-05:00"}) {
            const auto r = Disaster::fromRegistrationJson(jsonWith(kDisaster, QStringLiteral("started_at"), QString::fromLatin1(time)));
            QVERIFY2(!r.ok(), time);
            QCOMPARE(r.error().field, QStringLiteral("started_at"));
        }
        for (const char *time : {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "9999-12-31T23:00:00+05:00"}) {
            const auto r = Asset::fromJson(jsonWith(kAsset, QStringLiteral("updated_at"), QString::fromLatin1(time)));
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QVERIFY(Asset::fromJson(r.value().toJson()).ok());
        }
    }

    void disasterRegistration()
    {
        const auto stored = Disaster::fromJson(jsonObject(kDisaster));
        QVERIFY(stored.ok());
        const QJsonObject request = stored.value().toRegistrationJson();
        QVERIFY(!request.contains(QStringLiteral("id")));
        const auto back = Disaster::fromRegistrationJson(request);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value().severity, 4);
        QVERIFY(back.value().id.isEmpty());
        // A registration still needs every required field.
        QJsonObject missing = request;
        missing.remove(QStringLiteral("radius_km"));
        QCOMPARE(Disaster::fromRegistrationJson(missing).error().field, QStringLiteral("radius_km"));
    }

    void changesAndEvents()
    {
        const auto truck = Truck::fromJson(jsonObject(kTruck));
        QVERIFY(truck.ok());
        Change c{42, EntityKind::Truck, ChangeOp::Upsert, truck.value().id, truck.value().toJson()};
        const StreamEvent e = StreamEvent::fromChange(c);
        QCOMPARE(e.channel, channel::trucks);
        QCOMPARE(e.event, QStringLiteral("truck.updated"));
        const auto decoded = StreamEvent::fromJson(e.toJson());
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
        const auto back = decoded.value().toChange();
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), c);

        Change del{43, EntityKind::Disaster, ChangeOp::Delete, QStringLiteral("d-1"), {}};
        const auto delBack = StreamEvent::fromChange(del).toChange();
        QVERIFY(delBack.ok());
        QCOMPARE(delBack.value(), del);

        ChangeBatch batch{{c, del}, 43, false};
        const auto b = ChangeBatch::fromJson(batch.toJson());
        QVERIFY2(b.ok(), qPrintable(b.error().toString()));
        QCOMPARE(b.value().changes.size(), 2);
        QCOMPARE(b.value().changes.at(1), del);

        // A batch whose cursor is behind its own changes would make a client skip data.
        batch.cursor = 10;
        QCOMPARE(ChangeBatch::fromJson(batch.toJson()).error().field, QStringLiteral("cursor"));
    }

    void badEvents()
    {
        QVERIFY(!StreamEvent::fromJson(jsonObject(R"({"channel":"weather","event":"x.updated","data":{},"cursor":1})")).ok());
        QVERIFY(!StreamEvent::fromJson(jsonObject(R"({"channel":"trucks","event":"truck.updated","data":{},"cursor":0})")).ok());
        const auto wrongChannel = StreamEvent::fromJson(jsonObject(R"({"channel":"energy","event":"truck.updated","data":{"id":"t"},"cursor":5})"));
        QVERIFY(wrongChannel.ok());
        QVERIFY(!wrongChannel.value().toChange().ok());
        const auto noId = StreamEvent::fromJson(jsonObject(R"({"channel":"trucks","event":"truck.updated","data":{},"cursor":5})"));
        QVERIFY(noId.ok());
        QCOMPARE(noId.value().toChange().error().field, QStringLiteral("data.id"));
        const auto unknownVerb = StreamEvent::fromJson(jsonObject(R"({"channel":"trucks","event":"truck.exploded","data":{"id":"t"},"cursor":5})"));
        QVERIFY(!unknownVerb.value().toChange().ok());
    }

    void controlMessages()
    {
        const auto sub = ControlMessage::fromJson(jsonObject(R"({"event":"subscribe","channels":["energy","trucks"]})"));
        QVERIFY(sub.ok());
        QCOMPARE(sub.value().channels, (QStringList{QStringLiteral("energy"), QStringLiteral("trucks")}));
        QCOMPARE(ControlMessage::fromJson(jsonObject(R"({"event":"subscribe","channels":["energy",7]})")).error().field,
                 QStringLiteral("channels[1]"));
        QVERIFY(!ControlMessage::fromJson(jsonObject(R"({"event":"subscribe","channels":"energy"})")).ok());
        const auto err = ControlMessage::fromJson(jsonObject(R"({"event":"error","error":{"code":"bad","message":"no"},"cursor":3})"));
        QVERIFY(err.ok());
        QCOMPARE(err.value().errorCode, QStringLiteral("bad"));
        QCOMPARE(err.value().cursor, 3);
    }

    void serverMessages()
    {
        const auto event = ServerMessage::decode(R"({"channel":"trucks","event":"truck.updated","data":{"id":"t"},"cursor":9})");
        QVERIFY2(event.ok(), qPrintable(event.error().toString()));
        QVERIFY(event.value().event() && !event.value().control());
        QCOMPARE(event.value().event()->cursor, 9);
        const auto resync = ServerMessage::decode(R"({"event":"resync","cursor":12})");
        QVERIFY(resync.ok() && resync.value().control());
        QCOMPARE(resync.value().control()->cursor, 12);
        QVERIFY(ServerMessage::decode("this is not json").error().toString().startsWith(u"malformed JSON"));
        QVERIFY(ServerMessage::decode(R"({"channel":"pizza","event":"x","data":{},"cursor":1})").error().toString().contains(u"pizza"));
        // A server never sends "subscribe"; a console must not take it for something it knows.
        QVERIFY(ServerMessage::decode(R"({"event":"subscribe","channels":[]})").error().toString().contains(u"unknown control message"));
    }

    void authMessages()
    {
        const auto auth = decodeClientRequest(R"({"event":"auth","token":"eyJ.x.y"})");
        QVERIFY(std::holds_alternative<AuthRequest>(auth));
        QCOMPARE(std::get<AuthRequest>(auth).token, QStringLiteral("eyJ.x.y"));
        ControlMessage sent;
        sent.event = QStringLiteral("auth");
        sent.token = QStringLiteral("abc");
        QCOMPARE(sent.toJson(), jsonObject(R"({"event":"auth","token":"abc"})"));
        const auto missing = decodeClientRequest(R"({"event":"auth"})");
        QVERIFY(std::holds_alternative<ControlMessage>(missing));
        QCOMPARE(std::get<ControlMessage>(missing).errorCode, QStringLiteral("validation_failed"));
        const QByteArray longToken = QByteArrayLiteral("{\"event\":\"auth\",\"token\":\"") + QByteArray(5000, 'a') + QByteArrayLiteral("\"}");
        QVERIFY(std::holds_alternative<ControlMessage>(decodeClientRequest(longToken)));
        QVERIFY(std::holds_alternative<SubscribeRequest>(decodeClientRequest(R"({"event":"subscribe","channels":["energy"]})")));

        const auto welcome = ServerMessage::decode(
            R"({"event":"authenticated","cursor":7,"user":{"id":"usr-1","email":"op@jeju-grid.kr","role":"operator","disabled":false}})");
        QVERIFY2(welcome.ok(), qPrintable(welcome.error().toString()));
        const ControlMessage *c = welcome.value().control();
        QVERIFY(c && c->user);
        QCOMPARE(c->cursor, 7);
        QVERIFY(c->user->role == UserRole::Operator);
        QVERIFY(ServerMessage::decode(QJsonDocument(c->toJson()).toJson()).value().control()->user == c->user);
        QVERIFY(!ServerMessage::decode(R"({"event":"authenticated","cursor":7})").ok());
        QVERIFY(!ServerMessage::decode(R"({"event":"auth","token":"x"})").ok()); // a server never sends it
    }

    void subscribeRequests()
    {
        const auto ok = SubscribeRequest::decode(R"({"event":"subscribe","channels":["energy","trucks"]})");
        QVERIFY(std::holds_alternative<SubscribeRequest>(ok));
        QCOMPARE(std::get<SubscribeRequest>(ok).channels, (QStringList{QStringLiteral("energy"), QStringLiteral("trucks")}));
        const QList<QPair<QByteArray, QString>> refused = {
            {"this is not json", QStringLiteral("invalid_json")},
            {"[1,2,3]", QStringLiteral("invalid_json")},
            {R"({"event":"subscribe","channels":["bogus"]})", QStringLiteral("validation_failed")},
            {R"({"event":"dance"})", QStringLiteral("bad_request")},
        };
        for (const auto &[text, code] : refused) {
            const auto r = SubscribeRequest::decode(text);
            QVERIFY2(std::holds_alternative<ControlMessage>(r), text.constData());
            QCOMPARE(std::get<ControlMessage>(r).event, QStringLiteral("error"));
            QCOMPARE(std::get<ControlMessage>(r).errorCode, code);
            QVERIFY(!std::get<ControlMessage>(r).errorMessage.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDomainCodecs)
#include "tst_domaincodecs.moc"
