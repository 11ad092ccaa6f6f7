// SPDX-License-Identifier: MIT
// The REST API of the real energytruck-server over loopback HTTP: every endpoint's happy path
// decoded with the domain codecs and checked against independently known facts, and every error.
#include "domain/asset.h"
#include "domain/center.h"
#include "domain/disaster.h"
#include "domain/energybalance.h"
#include "domain/truck.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using et::test::HttpReply;

namespace {
// The published CSV decoded here with ICU directly, not with the importer under test.
QStringList csvLines()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringDecoder cp949("windows-949");
    return QString(cp949.decode(f.readAll())).split(u'\n', Qt::SkipEmptyParts);
}

template<typename T>
QList<T> decodeItems(const HttpReply &reply, domain::Result<T> (*decode)(const QJsonValue &))
{
    auto r = domain::decodeArray<T>(reply.json.value(QStringLiteral("items")).toArray(), decode);
    if (!r.ok())
        qWarning() << "decode failed:" << r.error().toString();
    return r.ok() ? r.value() : QList<T>{};
}

bool inJeju(double lat, double lon)
{
    // Jeju island with Udo and Chuja.
    return lat > 33.1 && lat < 34.0 && lon > 126.1 && lon < 127.0;
}
} // namespace

class TestRestApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token
    std::unique_ptr<test::HttpTestClient> m_http;

    // Every error answer: the status, the code, and a request_id equal to the X-Request-ID header.
    void verifyError(const HttpReply &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.header("X-Request-ID").isEmpty());
        QCOMPARE(e.value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-ID"));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    QJsonObject registration() const
    {
        domain::Disaster d = test::makeDisaster(domain::DisasterType::Typhoon, 4, 33.25, 126.56, 40.0);
        d.title = QStringLiteral("태풍 테스트");
        d.description = QStringLiteral("registered by tst_restapi");
        return d.toRegistrationJson();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.sqlite")), {QStringLiteral("--seed"), QStringLiteral("7")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_token);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        QVERIFY(m_server.terminate());
    }

    void health()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(QStringLiteral("version")).toString(), QStringLiteral(ET_PROJECT_VERSION));
        const QDateTime time = QDateTime::fromString(r.json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(std::abs(time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(QDateTime::fromString(r.json.value(QStringLiteral("sim_time")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(r.json.value(QStringLiteral("cursor")).toDouble() > 0);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.header("X-Request-ID").isEmpty());
    }

    void requestIdIsEchoed()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/health"), {{"X-Request-ID", "tst-restapi-42"}});
        QCOMPARE(r.header("X-Request-ID"), QByteArray("tst-restapi-42"));
        const HttpReply other = m_http->get(QStringLiteral("/api/v1/nope"), {{"X-Request-ID", "tst-restapi-43"}});
        QCOMPARE(other.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("request_id")).toString(), QStringLiteral("tst-restapi-43"));
        // Two requests without an id get different ones.
        QVERIFY(m_http->get(QStringLiteral("/api/v1/health")).header("X-Request-ID") != m_http->get(QStringLiteral("/api/v1/health")).header("X-Request-ID"));
    }

    void assetsCarryJejuFacts()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/assets"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("cursor")).toDouble() > 0);
        const QList<domain::Asset> assets = decodeItems<domain::Asset>(r, &domain::Asset::fromJson);
        QVERIFY(!assets.isEmpty());
        QList<double> hvdc;
        double solar = 0.0, wind = 0.0;
        int thermal = 0;
        for (const auto &a : assets) {
            QVERIFY2(inJeju(a.lat, a.lon), qPrintable(a.id));
            if (a.kind == domain::AssetKind::HvdcConverter)
                hvdc << a.capacityMw;
            if (a.kind == domain::AssetKind::Solar)
                solar += a.capacityMw;
            if (a.kind == domain::AssetKind::Wind)
                wind += a.capacityMw;
            if (a.kind == domain::AssetKind::Thermal)
                ++thermal;
            if (a.kind != domain::AssetKind::Substation)
                QVERIFY(a.approximate);
        }
        // grid-facts.md: HVDC #1 300 MW, #2 400 MW, #3 200 MW; end-2023 solar 538.552 MW, wind 314.69 MW.
        std::sort(hvdc.begin(), hvdc.end());
        QCOMPARE(hvdc, (QList<double>{200.0, 300.0, 400.0}));
        QVERIFY2(std::abs(solar - 539.0) <= 1.0, qPrintable(QString::number(solar)));
        QVERIFY2(std::abs(wind - 315.0) <= 1.0, qPrintable(QString::number(wind)));
        QCOMPARE(thermal, 3);
    }

    void conditionalGetAnswersNotModified()
    {
        // The asset changes at most once a simulated minute; retry if a minute boundary fell
        // between the two requests.
        bool sawNotModified = false;
        for (int attempt = 0; attempt < 3 && !sawNotModified; ++attempt) {
            const HttpReply first = m_http->get(QStringLiteral("/api/v1/assets/wind-tamra"));
            QCOMPARE(first.status, 200);
            const QByteArray etag = first.header("ETag");
            QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
            const HttpReply again = m_http->get(QStringLiteral("/api/v1/assets/wind-tamra"), {{"If-None-Match", etag}});
            if (again.status == 304) {
                sawNotModified = true;
                QVERIFY(again.body.isEmpty());
                QVERIFY(!again.header("X-Request-ID").isEmpty());
            } else {
                QCOMPARE(again.status, 200);
                QVERIFY(again.header("ETag") != etag);
            }
        }
        QVERIFY(sawNotModified);
        const HttpReply stale = m_http->get(QStringLiteral("/api/v1/assets/wind-tamra"), {{"If-None-Match", "\"not-the-tag\""}});
        QCOMPARE(stale.status, 200);
        QVERIFY(!stale.body.isEmpty());
    }

    void assetById()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/assets/wind-tamra"));
        QCOMPARE(r.status, 200);
        auto a = domain::Asset::fromJson(r.json);
        QVERIFY(a.ok());
        QVERIFY(a.value().kind == domain::AssetKind::Wind);
        QCOMPARE(a.value().capacityMw, 30.0); // Tamra offshore wind, 30 MW (grid-facts.md)
        verifyError(m_http->get(QStringLiteral("/api/v1/assets/no-such-asset")), 404, QStringLiteral("not_found"));
    }

    void energyBalance()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/energy/balance"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("cursor")).toDouble() > 0);
        auto decoded = domain::EnergyBalance::fromJson(r.json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        const auto &b = decoded.value();
        QCOMPARE(b.hvdcLinks.size(), 3);
        QList<double> ratings;
        for (const auto &l : b.hvdcLinks)
            ratings << l.capacityMw;
        std::sort(ratings.begin(), ratings.end());
        QCOMPARE(ratings, (QList<double>{200.0, 300.0, 400.0}));
        // Conservation: everything produced or imported is consumed.
        const double supply = b.thermalMw + b.windMw + b.solarMw + b.truckDischargeMw + b.hvdcImportMw();
        QVERIFY2(std::abs(supply - b.demandMw) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(supply).arg(b.demandMw)));
        QVERIFY(b.demandMw >= 450.0 && b.demandMw <= 1100.0);
        QVERIFY(std::abs(b.renewableShare - (b.windMw + b.solarMw) / b.demandMw) < 0.001);
    }

    void trucks()
    {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/trucks"));
        QCOMPARE(r.status, 200);
        const QList<domain::Truck> trucks = decodeItems<domain::Truck>(r, &domain::Truck::fromJson);
        QVERIFY(trucks.size() >= 15 && trucks.size() <= 25);
        QSet<QString> ids;
        for (const auto &t : trucks) {
            ids.insert(t.id);
            QVERIFY(t.capacityKwh >= 500.0 && t.capacityKwh <= 2000.0);
            QVERIFY(t.soc >= 0.0 && t.soc <= 1.0);
            QVERIFY2(inJeju(t.lat, t.lon), qPrintable(t.id));
        }
        QCOMPARE(ids.size(), trucks.size());
    }

    void registerDisaster()
    {
        const QJsonObject body = registration();
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/disasters"), QJsonDocument(body).toJson());
        QCOMPARE(r.status, 201);
        auto stored = domain::Disaster::fromJson(r.json);
        QVERIFY2(stored.ok(), r.body.constData());
        QVERIFY(!stored.value().id.isEmpty());
        QVERIFY(stored.value().updatedAt.isValid());
        QCOMPARE(stored.value().toRegistrationJson(), body);

        const HttpReply list = m_http->get(QStringLiteral("/api/v1/disasters"));
        const auto disasters = decodeItems<domain::Disaster>(list, &domain::Disaster::fromJson);
        QVERIFY(std::any_of(disasters.cbegin(), disasters.cend(), [&](const auto &d) { return d == stored.value(); }));
    }

    void registrationIsIdempotentWithAKey()
    {
        const QByteArray body = QJsonDocument(registration()).toJson();
        const HttpReply first = m_http->post(QStringLiteral("/api/v1/disasters"), body, {{"Idempotency-Key", "key-1"}});
        const HttpReply again = m_http->post(QStringLiteral("/api/v1/disasters"), body, {{"Idempotency-Key", "key-1"}});
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(QStringLiteral("id")), first.json.value(QStringLiteral("id")));
        const auto all = m_http->get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray();
        int withId = 0;
        for (const auto &v : all)
            withId += v.toObject().value(QStringLiteral("id")) == first.json.value(QStringLiteral("id"));
        QCOMPARE(withId, 1);
    }

    void disasterErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto with = [this](const QString &key, const QJsonValue &value) {
            QJsonObject o = registration();
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("malformed") << QByteArray("{\"type\": \"typhoon\",") << 400 << "invalid_json" << "";
        QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << "invalid_json" << "";
        QTest::newRow("empty") << QByteArray() << 400 << "invalid_json" << "";
        QTest::newRow("severity as text") << with(QStringLiteral("severity"), QStringLiteral("high")) << 422 << "validation_failed" << "severity";
        QTest::newRow("severity 6") << with(QStringLiteral("severity"), 6) << 422 << "validation_failed" << "severity";
        QTest::newRow("lat NaN text") << with(QStringLiteral("lat"), QStringLiteral("NaN")) << 422 << "validation_failed" << "lat";
        QTest::newRow("lat 95") << with(QStringLiteral("lat"), 95) << 422 << "validation_failed" << "lat";
        QTest::newRow("lon missing") << with(QStringLiteral("lon"), QJsonValue::Undefined) << 422 << "validation_failed" << "lon";
        QTest::newRow("unknown type") << with(QStringLiteral("type"), QStringLiteral("meteor")) << 422 << "validation_failed" << "type";
        QTest::newRow("radius 0") << with(QStringLiteral("radius_km"), 0) << 422 << "validation_failed" << "radius_km";
        QTest::newRow("bad time") << with(QStringLiteral("started_at"), QStringLiteral("yesterday")) << 422 << "validation_failed" << "started_at";
        // Year 0 in UTC: once stored it was written back as "" and no reader (nor the server's
        // own restart) could decode the disaster again.
        QTest::newRow("year 0 in UTC") << with(QStringLiteral("started_at"), QStringLiteral("0001-01-01T00:00:00+00:20")) << 422 << "validation_failed" << "started_at";
    }
    void disasterErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const int before = m_http->get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray().size();
        const HttpReply r = m_http->post(QStringLiteral("/api/v1/disasters"), body);
        verifyError(r, status, code);
        if (!field.isEmpty())
            QVERIFY2(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().startsWith(field + u':'), r.body.constData());
        // Nothing was stored.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray().size(), before);
    }

    void disastersAreBounded()
    {
        // Registration is the one list a client can grow; a server keeps --max-disasters of them.
        test::ServerProcess small;
        QVERIFY2(small.startWithTestAccounts(m_dir.filePath(QStringLiteral("small.sqlite")), {QStringLiteral("--max-disasters"), QStringLiteral("2")}),
                 qPrintable(small.errorString()));
        test::HttpTestClient http(small.url(), small.signIn(domain::UserRole::Operator));
        const QByteArray body = QJsonDocument(registration()).toJson();
        QCOMPARE(http.post(QStringLiteral("/api/v1/disasters"), body, {{"Idempotency-Key", "bounded-1"}}).status, 201);
        QCOMPARE(http.post(QStringLiteral("/api/v1/disasters"), body).status, 201);
        verifyError(http.post(QStringLiteral("/api/v1/disasters"), body), 409, QStringLiteral("limit_reached"));
        // A replay is not a new disaster: it still answers.
        QCOMPARE(http.post(QStringLiteral("/api/v1/disasters"), body, {{"Idempotency-Key", "bounded-1"}}).status, 201);
        QCOMPARE(http.get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY(small.terminate());
    }

    void bodyTooLarge()
    {
        QJsonObject o = registration();
        o.insert(QStringLiteral("description"), QString(70 * 1024, u'x'));
        verifyError(m_http->post(QStringLiteral("/api/v1/disasters"), QJsonDocument(o).toJson()), 413, QStringLiteral("payload_too_large"));
        // The server is still fine afterwards.
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void wrongMethodAndUnknownPath()
    {
        const HttpReply del = m_http->send("DELETE", QStringLiteral("/api/v1/trucks"));
        verifyError(del, 405, QStringLiteral("method_not_allowed"));
        QCOMPARE(del.header("Allow"), QByteArray("GET"));
        verifyError(m_http->send("PUT", QStringLiteral("/api/v1/health")), 405, QStringLiteral("method_not_allowed"));
        const HttpReply patch = m_http->send("PATCH", QStringLiteral("/api/v1/disasters"), "{}");
        verifyError(patch, 405, QStringLiteral("method_not_allowed"));
        QVERIFY(patch.header("Allow").contains("POST"));
        verifyError(m_http->get(QStringLiteral("/api/v2/health")), 404, QStringLiteral("not_found"));
        verifyError(m_http->get(QStringLiteral("/")), 404, QStringLiteral("not_found"));
        verifyError(m_http->get(QStringLiteral("/api/v1/ws")), 400, QStringLiteral("bad_request"));
    }

    void prometheusMetrics()
    {
        m_http->get(QStringLiteral("/api/v1/not-here"));
        const qint64 cursor = qint64(m_http->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toDouble());
        const HttpReply r = m_http->get(QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        QHash<QByteArray, double> values;
        for (const QByteArray &line : r.body.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype space = line.lastIndexOf(' ');
            QVERIFY2(space > 0, line.constData());
            bool ok = false;
            values.insert(line.left(space), line.mid(space + 1).toDouble(&ok));
            QVERIFY2(ok, line.constData());
        }
        QVERIFY(values.value("et_http_responses_total{status=\"404\"}") >= 1.0);
        QVERIFY(values.value("et_http_responses_total{status=\"200\"}") >= 10.0);
        QVERIFY(values.value("et_change_cursor") >= double(cursor));
        QVERIFY(values.value("et_demand_mw") > 400.0);
        QVERIFY(values.contains("et_websocket_clients"));
        for (const char *name : {"et_idempotent_replays_total", "et_websocket_events_sent_total", "et_websocket_events_dropped_total",
                                 "et_websocket_resyncs_total", "et_orders_open", "et_http_request_duration_seconds_count"})
            QVERIFY2(values.contains(name), name);
        // Every answer so far is in the latency histogram (this one is counted after it is sent).
        double answers = 0.0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().startsWith("et_http_responses_total"))
                answers += it.value();
        }
        QCOMPARE(values.value("et_http_request_duration_seconds_count"), answers);
        QCOMPARE(values.value("et_http_request_duration_seconds_bucket{le=\"+Inf\"}"), answers);
    }

    void centersAreTheJejuRowsOfTheCsv()
    {
        // Count independently: the third column (road address) names the province.
        const QStringList lines = csvLines();
        QCOMPARE(lines.size(), 292); // header + 291 rows (shared/data/README.md)
        static const QRegularExpression jeju(QStringLiteral("^[^,]*,[^,]*,제주특별자치도"));
        const int expected = int(lines.filter(jeju).size());
        QCOMPARE(expected, 10); // README: 10 Jeju rows

        const HttpReply r = m_http->get(QStringLiteral("/api/v1/centers"));
        QCOMPARE(r.status, 200);
        const auto centers = decodeItems<domain::Center>(r, &domain::Center::fromJson);
        QCOMPARE(centers.size(), expected);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), expected);
        for (const auto &c : centers) {
            QVERIFY(c.roadAddress.startsWith(QStringLiteral("제주특별자치도")));
            QVERIFY(!c.distanceKm);
        }
        const auto named = std::find_if(centers.cbegin(), centers.cend(), [](const auto &c) { return c.name == QStringLiteral("제주시정신건강복지센터"); });
        QVERIFY(named != centers.cend());
        QCOMPARE(named->phone, QStringLiteral("064-728-4074"));
        QCOMPARE(named->opensAt, QTime(9, 0));
        QCOMPARE(named->closesAt, QTime(18, 0));
    }

    void centersNearAPoint()
    {
        const auto all = decodeItems<domain::Center>(m_http->get(QStringLiteral("/api/v1/centers")), &domain::Center::fromJson);
        const double lat = 33.4996, lon = 126.5312; // Jeju City Hall
        QSet<QString> expected;
        for (const auto &c : all) {
            if (test::haversineKm(lat, lon, c.lat, c.lon) <= 3.0)
                expected.insert(c.id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < all.size());
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/centers?lat=33.4996&lon=126.5312&radius_km=3"));
        QCOMPARE(r.status, 200);
        const auto found = decodeItems<domain::Center>(r, &domain::Center::fromJson);
        QSet<QString> ids;
        double last = -1.0;
        for (const auto &c : found) {
            ids.insert(c.id);
            QVERIFY(c.distanceKm.has_value());
            QVERIFY(std::abs(*c.distanceKm - test::haversineKm(lat, lon, c.lat, c.lon)) < 0.01);
            QVERIFY(*c.distanceKm >= last);
            last = *c.distanceKm;
        }
        QCOMPARE(ids, expected);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), int(expected.size()));

        // Without a radius every center comes back, nearest first.
        const auto sorted = decodeItems<domain::Center>(m_http->get(QStringLiteral("/api/v1/centers?lat=33.25&lon=126.56")), &domain::Center::fromJson);
        QCOMPARE(sorted.size(), all.size());
        for (qsizetype i = 1; i < sorted.size(); ++i)
            QVERIFY(*sorted[i - 1].distanceKm <= *sorted[i].distanceKm);
    }

    void centersByTextAndCategory()
    {
        const auto all = decodeItems<domain::Center>(m_http->get(QStringLiteral("/api/v1/centers")), &domain::Center::fromJson);
        const QString needle = QStringLiteral("중독");
        QSet<QString> expectedText;
        for (const auto &c : all) {
            if (c.name.contains(needle) || c.roadAddress.contains(needle) || c.lotAddress.contains(needle) || c.services.contains(needle))
                expectedText.insert(c.id);
        }
        QVERIFY(!expectedText.isEmpty());
        const auto byText = decodeItems<domain::Center>(m_http->get(QStringLiteral("/api/v1/centers?q=") + QString::fromLatin1(QUrl::toPercentEncoding(needle))),
                                                        &domain::Center::fromJson);
        QSet<QString> gotText;
        for (const auto &c : byText)
            gotText.insert(c.id);
        QCOMPARE(gotText, expectedText);

        // Category counted from the CSV: Jeju rows whose 건강증진센터구분 is 정신보건.
        static const QRegularExpression jejuMental(QStringLiteral("^[^,]*,정신보건,제주특별자치도"));
        const int mental = int(csvLines().filter(jejuMental).size());
        QVERIFY(mental > 0);
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/centers?category=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("정신보건"))));
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), mental);
        const HttpReply none = m_http->get(QStringLiteral("/api/v1/centers?category=nothing"));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(QStringLiteral("total")).toInt(), 0);
    }

    void centerParameterErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lat text") << "lat=abc&lon=126.5";
        QTest::newRow("lat NaN") << "lat=NaN&lon=126.5";
        QTest::newRow("lon Infinity") << "lat=33.5&lon=Infinity";
        QTest::newRow("lat 91") << "lat=91&lon=126.5";
        QTest::newRow("lon -200") << "lat=33.5&lon=-200";
        QTest::newRow("radius without point") << "radius_km=5";
        QTest::newRow("radius negative") << "lat=33.5&lon=126.5&radius_km=-3";
        QTest::newRow("only lon") << "lon=126.5";
    }
    void centerParameterErrors()
    {
        QFETCH(QString, query);
        verifyError(m_http->get(QStringLiteral("/api/v1/centers?") + query), 400, QStringLiteral("bad_request"));
    }

    void syncParameterErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("since negative") << "since=-1";
        QTest::newRow("since text") << "since=abc";
        QTest::newRow("since fraction") << "since=1.5";
        QTest::newRow("limit 0") << "since=0&limit=0";
        QTest::newRow("limit 5001") << "since=0&limit=5001";
    }
    void syncParameterErrors()
    {
        QFETCH(QString, query);
        verifyError(m_http->get(QStringLiteral("/api/v1/sync/changes?") + query), 400, QStringLiteral("bad_request"));
    }
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_restapi.moc"
