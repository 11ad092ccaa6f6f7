// SPDX-License-Identifier: MIT
// The truck dispatch's suggestions from the real server, a spring morning when Jeju curtails:
// GET /api/v1/dispatch/suggestions decodes, was planned at the simulation's time from the served
// forecast, trucks and assets (every suggestion's truck is free, its site a wind or solar site for
// a charge and a substation for a delivery, no truck or task twice, every value positive and the
// totals their sums); each arrival is the drive worked out here over the road graph from the
// shared data at the stated speed cap and the hour's congestion; the plan is in the change log
// the consoles sync from; and a partner, who may not see the fleet, is refused.
#include "../core/domain/dispatch/jejuroads.h"
#include "httptestclient.h"
#include "serverprocess.h"

#include "domain/asset.h"
#include "domain/dispatch/congestionprofile.h"
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/dispatch/roadtravel.h"
#include "domain/truck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using namespace et::domain::dispatch;
using domain::UserRole;

namespace {
const QStringList kStill = {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--speed"), QStringLiteral("0.001"),
                            QStringLiteral("--tick-ms"), QStringLiteral("60000"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                            QStringLiteral("--start"), QStringLiteral("2025-04-12T00:00:00Z")};
constexpr double kSpeedCapKmh = 80.0; // DispatchPlanning::kSpeedCapKmh, as docs/dispatch.md states it
} // namespace

class TestDispatchApi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.sqlite")), kStill), qPrintable(m_server.errorString()));
    }

    void suggestionsFromTheServedState()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Operator));
        const test::HttpReply reply = http.get(QStringLiteral("/api/v1/dispatch/suggestions"));
        QCOMPARE(reply.status, 200);
        const auto plan = DispatchPlanJson::fromJson(reply.json);
        QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
        QCOMPARE(plan.value().computedAt, QDateTime(QDate(2025, 4, 12), QTime(0, 0), Qt::UTC));

        QHash<QString, domain::Truck> trucks;
        for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray()) {
            const auto t = domain::Truck::fromJson(v);
            QVERIFY2(t.ok(), qPrintable(t.error().toString()));
            trucks.insert(t.value().id, t.value());
        }
        QHash<QString, domain::Asset> assets;
        for (const QJsonValue &v : http.get(QStringLiteral("/api/v1/assets")).json.value(QStringLiteral("items")).toArray()) {
            const auto a = domain::Asset::fromJson(v);
            QVERIFY2(a.ok(), qPrintable(a.error().toString()));
            assets.insert(a.value().id, a.value());
        }
        QCOMPARE(plan.value().trucksConsidered, trucks.size());
        QVERIFY2(!plan.value().suggestions.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(reply.json).toJson())));

        RoadTravel travel(*et::test::jejuRoads());
        travel.setConditions({kSpeedCapKmh, CongestionProfile::factorAt(plan.value().computedAt)});
        QSet<QString> trucksUsed, tasksUsed;
        double total = 0, charge = 0, deliver = 0;
        for (const DispatchSuggestion &s : plan.value().suggestions) {
            QVERIFY2(trucks.contains(s.truckId), qPrintable(s.truckId));
            QVERIFY2(assets.contains(s.task.siteId), qPrintable(s.task.siteId));
            const domain::Truck &t = trucks[s.truckId];
            const domain::Asset &site = assets[s.task.siteId];
            QVERIFY(t.orderId.isEmpty());
            if (s.task.kind == PlanTask::Kind::Charge)
                QVERIFY(site.kind == domain::AssetKind::Wind || site.kind == domain::AssetKind::Solar);
            else
                QVERIFY(site.kind == domain::AssetKind::Substation);
            QCOMPARE(s.task.lat, site.lat);
            QVERIFY(!trucksUsed.contains(s.truckId) && !tasksUsed.contains(s.task.id));
            trucksUsed << s.truckId;
            tasksUsed << s.task.id;
            QVERIFY(s.pairing.parts.valueKrw() > 0);
            QVERIFY(s.pairing.parts.energyKwh > 0 && s.pairing.parts.energyKwh <= s.task.energyKwh + 1e-9);
            total += s.pairing.parts.valueKrw();
            (s.task.kind == PlanTask::Kind::Charge ? charge : deliver) += s.pairing.parts.energyKwh;
            // The drive, worked out here from where the served truck stands.
            const auto drive = travel.between(t.lat, t.lon, site.lat, site.lon);
            QVERIFY(drive.ok());
            const qint64 expectedMs = qint64(std::llround(drive.value().seconds * 1000));
            QVERIFY2(std::abs(plan.value().computedAt.msecsTo(s.pairing.arrival) - expectedMs) <= 1,
                     qPrintable(QStringLiteral("%1 -> %2: %3 ms, expected %4").arg(s.truckId, s.task.siteId)
                                    .arg(plan.value().computedAt.msecsTo(s.pairing.arrival)).arg(expectedMs)));
            QVERIFY(std::abs(s.pairing.travelMetres - drive.value().metres) < 1e-6);
            if (drive.value().basis == TravelEstimate::Basis::Roads)
                QCOMPARE(s.route.size(), drive.value().nodes.size() + 2); // the truck, the junctions, the site
        }
        QVERIFY(std::abs(total - plan.value().totalValueKrw) < 1e-6 * std::max(1.0, total));
        QVERIFY(std::abs(charge - plan.value().chargeKwh) < 1e-6);
        QVERIFY(std::abs(deliver - plan.value().deliverKwh) < 1e-6);
    }

    void inTheChangeLog()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const test::HttpReply changes = http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=1000"));
        QCOMPARE(changes.status, 200);
        int plans = 0;
        for (const QJsonValue &v : changes.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("entity")).toString() != u"dispatch_plan")
                continue;
            ++plans;
            QCOMPARE(c.value(QStringLiteral("id")).toString(), QStringLiteral("current"));
            QVERIFY(DispatchPlanJson::fromJson(c.value(QStringLiteral("data"))).ok());
        }
        QCOMPARE(plans, 1);
    }

    void aPartnerMayNotSeeTheFleet()
    {
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Partner));
        QCOMPARE(http.get(QStringLiteral("/api/v1/dispatch/suggestions")).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestDispatchApi)
#include "tst_dispatchapi.moc"
