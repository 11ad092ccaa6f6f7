// SPDX-License-Identifier: MIT
// Incidents on the real server: a typhoon registered from a real best track (1819 SOULIK, JMA)
// with no circle and no severity gets both from its hazard, and an impact stored with it that
// GET /disasters/{id}/impact serves and the change log carries; the 2021 earthquake is rated by
// the intensity it gives on Jeju; an outage of an eup takes that eup's assets offline in the next
// simulated minute; a client may name the id; updates and resolution; the priority supply of a
// flood over Jeju City shows up in the planning round's suggestions, named by its rule, and a
// reserved truck only takes critical deliveries. (Who may do what: tst_rolematrix.)
#include "domain/disaster.h"
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/geo/geodesy.h"
#include "domain/hazard/hazardseverity.h"
#include "domain/hazard/incidentimpactjson.h"
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/typhoontrackjson.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using namespace et::domain::hazard;
using domain::UserRole;
using test::HttpReply;

namespace {
// Late August 2018, SOULIK's days near Jeju; fast enough that planning rounds come every second.
const QStringList kArgs = {QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--speed"), QStringLiteral("300"),
                           QStringLiteral("--tick-ms"), QStringLiteral("200"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                           QStringLiteral("--start"), QStringLiteral("2018-08-22T00:00:00Z")};

QByteArray source(const char *path)
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/") + QLatin1String(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TyphoonTrack soulik()
{
    const auto tracks = JmaBestTrack::parse(source("resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
    if (!tracks.ok())
        qFatal("the bundled best track does not read");
    for (const TyphoonTrack &t : tracks.value()) {
        if (t.name == u"SOULIK")
            return t;
    }
    qFatal("no SOULIK in the bundled best track");
}

double strongest(const IncidentImpact &impact)
{
    double s = 0.0;
    for (const ImpactedSite &site : impact.sites)
        s = std::max(s, site.impact.intensity);
    return s;
}

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::HttpTestClient> m_http;
    int m_serial = 0;

    QHash<QByteArray, QByteArray> key() { return test::idempotencyKey("cmd-incident-" + QByteArray::number(++m_serial)); }

    HttpReply create(const QJsonObject &body)
    {
        HttpReply r = m_http->post(QStringLiteral("/api/v1/disasters"), test::compactJson(body), key());
        if (r.status != 201)
            qInfo() << "registration answered" << r.status << r.body;
        return r;
    }

    QJsonObject flood(const QString &title) const
    {
        // Jeju City's seaside, 2 m deep: its substations stand in water past their plinths.
        QJsonArray ring;
        for (const auto &[lat, lon] : {std::pair{33.47, 126.45}, {33.47, 126.60}, {33.53, 126.60}, {33.53, 126.45}})
            ring.append(QJsonObject{{QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}});
        return {{QStringLiteral("type"), QStringLiteral("flood")}, {QStringLiteral("severity"), 4}, {QStringLiteral("polygon"), ring},
                {QStringLiteral("depth_m"), 2.0}, {QStringLiteral("started_at"), QStringLiteral("2018-08-21T00:00:00Z")},
                {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("title"), title}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("incidents.sqlite")), kArgs), qPrintable(m_server.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Operator));
    }

    void typhoonFromARealTrackIsRatedByItsWind()
    {
        const TyphoonTrack track = soulik();
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("typhoon")}, {QStringLiteral("track"), TyphoonTrackJson::toJson(track)},
                               {QStringLiteral("started_at"), QStringLiteral("2018-08-22T00:00:00Z")},
                               {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("title"), QStringLiteral("SOULIK")}};
        const HttpReply made = create(body);
        QCOMPARE(made.status, 201);
        const auto d = domain::Disaster::fromJson(made.json);
        QVERIFY2(d.ok(), qPrintable(d.error().toString()));
        QVERIFY(d.value().hazard.track.has_value());
        QCOMPARE(d.value().hazard.track->points.size(), track.points.size());
        // The circle is the fix nearest Jeju (77.8 km from Jeju City, docs/hazards.md).
        double nearest = 1e9;
        for (const TrackPoint &p : track.points)
            nearest = std::min(nearest, domain::geo::Geodesy::distanceKm(p.lat, p.lon, 33.36, 126.53));
        QVERIFY(domain::geo::Geodesy::distanceKm(d.value().lat, d.value().lon, 33.36, 126.53) <= nearest + 1e-6);

        const auto impact = IncidentImpactJson::fromJson(d.value().impact);
        QVERIFY2(impact.ok(), qPrintable(impact.error().toString()));
        QCOMPARE(impact.value().model, IncidentImpact::Model::TyphoonWind);
        // Jeju took SOULIK's storm-force winds: the strongest site wind is past 25 m/s, and the
        // severity is KMA's class of it.
        QVERIFY2(strongest(impact.value()) > 25.0, qPrintable(QString::number(strongest(impact.value()))));
        QCOMPARE(d.value().severity, HazardSeverity::ofTyphoonWind(strongest(impact.value())));
        QCOMPARE(impact.value().hazardSeverity, d.value().severity);
        QVERIFY(!impact.value().sites.isEmpty());

        const HttpReply served = m_http->get(QStringLiteral("/api/v1/disasters/%1/impact").arg(d.value().id));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.json, d.value().impact);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/disasters/dis-nothing/impact")).status, 404);

        // The change log carries the impact with the disaster.
        const HttpReply changes = m_http->get(QStringLiteral("/api/v1/sync/changes?since=0&limit=1000"));
        bool found = false;
        for (const QJsonValue &v : changes.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("id")).toString() == d.value().id)
                found = c.value(QStringLiteral("data")).toObject().value(QStringLiteral("impact")) == d.value().impact;
        }
        QVERIFY(found);
    }

    void earthquakeIsRatedByItsIntensityOnJeju()
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("earthquake")}, {QStringLiteral("lat"), 33.09}, {QStringLiteral("lon"), 126.16},
                               {QStringLiteral("radius_km"), 60.0}, {QStringLiteral("magnitude"), 4.9}, {QStringLiteral("depth_km"), 17.0},
                               {QStringLiteral("started_at"), QStringLiteral("2018-08-22T00:00:00Z")},
                               {QStringLiteral("status"), QStringLiteral("monitoring")}};
        const HttpReply made = create(body);
        QCOMPARE(made.status, 201);
        const auto impact = IncidentImpactJson::fromJson(made.json.value(QStringLiteral("impact")));
        QVERIFY2(impact.ok(), qPrintable(impact.error().toString()));
        QCOMPARE(impact.value().model, IncidentImpact::Model::EarthquakeIntensity);
        // The nearest sites feel it near V (docs/hazards.md: 4.9 on Marado, 4.4 at Gosan).
        QVERIFY(strongest(impact.value()) > 4.0 && strongest(impact.value()) < 5.5);
        QCOMPARE(made.json.value(QStringLiteral("severity")).toInt(), HazardSeverity::ofEarthquakeIntensity(strongest(impact.value())));
        // Only one of magnitude and depth is an error that names the missing one.
        QJsonObject half = body;
        half.remove(QStringLiteral("depth_km"));
        const HttpReply refused = create(half);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("depth_km"), refused.body.constData());
    }

    void outageOfAnEupTakesItsAssetsOffline()
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("outage")}, {QStringLiteral("severity"), 3},
                               {QStringLiteral("regions"), QJsonArray{QStringLiteral("한림읍")}}, {QStringLiteral("lat"), 33.41},
                               {QStringLiteral("lon"), 126.26}, {QStringLiteral("radius_km"), 8.0},
                               {QStringLiteral("started_at"), QStringLiteral("2018-08-21T00:00:00Z")},
                               {QStringLiteral("status"), QStringLiteral("active")}};
        const HttpReply made = create(body);
        QCOMPARE(made.status, 201);
        QStringList hallim;
        for (const QJsonValue &v : m_http->get(QStringLiteral("/api/v1/assets")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("region")).toString() == u"한림읍")
                hallim << v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!hallim.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &v : m_http->get(QStringLiteral("/api/v1/assets")).json.value(QStringLiteral("items")).toArray()) {
                    const QJsonObject a = v.toObject();
                    if (hallim.contains(a.value(QStringLiteral("id")).toString()) && a.value(QStringLiteral("status")).toString() != u"offline")
                        return false;
                }
                return true;
            }(),
            10000);
        // Resolved, it lets them go again, and it can no longer be changed.
        const QString id = made.json.value(QStringLiteral("id")).toString();
        const HttpReply resolved = m_http->post(QStringLiteral("/api/v1/disasters/%1/resolve").arg(id), {}, key());
        QCOMPARE(resolved.status, 200);
        QCOMPARE(resolved.json.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QVERIFY(!resolved.json.value(QStringLiteral("ended_at")).isNull());
        const HttpReply late = m_http->post(QStringLiteral("/api/v1/disasters/%1/update").arg(id), R"({"severity":5})", key());
        QCOMPARE(late.status, 409);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue &v : m_http->get(QStringLiteral("/api/v1/assets")).json.value(QStringLiteral("items")).toArray()) {
                    const QJsonObject a = v.toObject();
                    if (hallim.contains(a.value(QStringLiteral("id")).toString()) && a.value(QStringLiteral("status")).toString() == u"offline")
                        return false;
                }
                return true;
            }(),
            10000);
    }

    void clientNamedIdsAndUpdates()
    {
        QJsonObject body = flood(QStringLiteral("named"));
        body.insert(QStringLiteral("id"), QStringLiteral("dis-console-0001"));
        const HttpReply made = create(body);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json.value(QStringLiteral("id")).toString(), QStringLiteral("dis-console-0001"));
        QCOMPARE(create(body).status, 409); // another key, the same id
        body.insert(QStringLiteral("id"), QStringLiteral("not-a-disaster-id"));
        QCOMPARE(create(body).status, 422);

        const QString path = QStringLiteral("/api/v1/disasters/dis-console-0001/update");
        const HttpReply raised = m_http->post(path, R"({"severity":5,"depth_m":0.2})", key());
        QCOMPARE(raised.status, 200);
        QCOMPARE(raised.json.value(QStringLiteral("severity")).toInt(), 5);
        QCOMPARE(raised.json.value(QStringLiteral("depth_m")).toDouble(), 0.2);
        // 20 cm of water harms nothing: the impact was assessed again.
        const auto shallow = IncidentImpactJson::fromJson(raised.json.value(QStringLiteral("impact")));
        QVERIFY(shallow.ok());
        for (const ImpactedSite &s : shallow.value().sites)
            QVERIFY2(s.impact.probability < 0.05 || s.category == ImpactedSite::Category::Facility, qPrintable(s.impact.id));
        const HttpReply typeChange = m_http->post(path, R"({"type":"earthquake"})", key());
        QCOMPARE(typeChange.status, 422);
        QVERIFY(typeChange.body.contains("type"));
        QCOMPARE(m_http->post(path, R"({"severity":"high"})", key()).status, 422);
        QCOMPARE(m_http->post(path, R"({"severity":4)", key()).status, 400);
        QCOMPARE(test::errorCode(m_http->post(QStringLiteral("/api/v1/disasters/dis-nothing/update"), R"({"severity":4})", key())),
                 QStringLiteral("not_found"));
    }

    void prioritySupplyReachesThePlanningRound()
    {
        // A truck the incident reserves: free now, so the round would otherwise use it at will.
        QString reserved;
        for (const QJsonValue &v : m_http->get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("order_id")).toString().isEmpty() && t.value(QStringLiteral("status")).toString() != u"maintenance") {
                reserved = t.value(QStringLiteral("id")).toString();
                break;
            }
        }
        QVERIFY(!reserved.isEmpty());
        QJsonObject body = flood(QStringLiteral("Jeju City flood"));
        const HttpReply made = create(body);
        QCOMPARE(made.status, 201);
        const auto impact = IncidentImpactJson::fromJson(made.json.value(QStringLiteral("impact")));
        QVERIFY2(impact.ok(), qPrintable(impact.error().toString()));
        QVERIFY(!impact.value().facilitiesWithoutPower.isEmpty());
        QVERIFY(!impact.value().supply.isEmpty());
        double shared = 0.0;
        bool fairSeen = false;
        for (const PrioritySupply &s : impact.value().supply) {
            shared += s.mwh;
            // Life-critical shares come first.
            if (s.rule == domain::dispatch::EnergyShare::Rule::FairShare)
                fairSeen = true;
            else
                QVERIFY(!fairSeen);
        }
        QVERIFY(shared <= impact.value().availableMwh + 1e-9);

        const QString id = made.json.value(QStringLiteral("id")).toString();
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/disasters/%1/update").arg(id),
                              test::compactJson({{QStringLiteral("reserved_truck_ids"), QJsonArray{reserved}}}), key())
                     .status,
                 200);
        QSet<QString> facilities;
        for (const PrioritySupply &s : impact.value().supply)
            facilities.insert(s.facilityId);
        // Rounds come every 300 simulated seconds: within a few real ones at this speed.
        std::optional<domain::dispatch::DispatchPlan> plan;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto p = domain::dispatch::DispatchPlanJson::fromJson(m_http->get(QStringLiteral("/api/v1/dispatch/suggestions")).json);
                if (!p.ok())
                    return false;
                for (const auto &s : p.value().suggestions) {
                    if (s.task.rule != domain::dispatch::PlanTask::Rule::BestValue) {
                        plan = p.value();
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        for (const auto &s : plan->suggestions) {
            if (s.task.rule != domain::dispatch::PlanTask::Rule::BestValue) {
                QVERIFY2(facilities.contains(s.task.siteId), qPrintable(s.task.siteId));
                QVERIFY(s.task.critical);
            }
            if (s.truckId == reserved)
                QVERIFY2(s.task.critical, qPrintable(s.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
