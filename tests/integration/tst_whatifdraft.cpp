// SPDX-License-Identifier: MIT
// A what-if through the models the QML sees, against the real backend: a console (SyncHarness's
// real Store and SyncEngine, the real ConsoleController) drafts an earthquake and drags it
// around. Nothing is sent — no command in the outbox, no write request in the server's request
// log, no disaster on the server — yet the draft is assessed, drawn marked DRAFT and compared with
// the present. With the server killed the console drafts and assesses another one. A viewer cannot
// promote; an operator can, offline: the command waits in the outbox, and when the server is
// back it registers the incident under the console's id and assesses it as the console did (the
// same sites at risk, in the same colours: the console's inputs from its cache and bundled data are
// the server's).
#include "consolecontroller.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "syncharness.h"
#include "testaccounts.h"

#include "domain/hazard/incidentimpactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace et;
using domain::hazard::IncidentImpact;

namespace {

QVariantMap quake(double lat, double lon)
{
    return {{QStringLiteral("type"), QStringLiteral("earthquake")}, {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("title"), QStringLiteral("What-if M5.4")}, {QStringLiteral("started_at"), QStringLiteral("2026-09-01T03:00:00Z")},
            {QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}, {QStringLiteral("radius_km"), 20.0},
            {QStringLiteral("magnitude"), 5.4}, {QStringLiteral("depth_km"), 10.0}};
}

QVariantMap flood()
{
    QVariantList polygon;
    for (const auto &[lat, lon] : {std::pair{33.50, 126.50}, std::pair{33.52, 126.56}, std::pair{33.48, 126.58}})
        polygon << QVariantMap{{QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}};
    return {{QStringLiteral("type"), QStringLiteral("flood")}, {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("title"), QStringLiteral("What-if flood")}, {QStringLiteral("severity"), 3},
            {QStringLiteral("started_at"), QStringLiteral("2026-09-01T03:00:00Z")}, {QStringLiteral("polygon"), polygon},
            {QStringLiteral("depth_m"), 1.2}};
}

/// The server's write requests so far (its JSON request log: "POST /api/v1/… 201").
int writeRequests(test::ServerProcess &server)
{
    int n = 0;
    for (const QByteArray &line : server.stderrLog().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString message = o.value(QStringLiteral("message")).toString();
        if (o.value(QStringLiteral("category")).toString() == u"et.backend.http"
            && (message.startsWith(u"POST /api/v1/disasters") || message.startsWith(u"PUT ") || message.startsWith(u"DELETE ")))
            ++n;
    }
    return n;
}

/// Site id -> inspection colour of the sites at risk.
QHash<QString, QString> sitesAtRisk(const IncidentImpact &impact)
{
    QHash<QString, QString> out;
    for (const auto &s : impact.sites) {
        if (s.impact.probability > 0.0)
            out.insert(s.impact.id, domain::hazard::FragilityCurve::toString(s.impact.priority));
    }
    return out;
}

int draftShapes(const QVariantList &shapes, QString *badge = nullptr)
{
    int n = 0;
    for (const QVariant &v : shapes) {
        const QVariantMap m = v.toMap();
        if (!m.value(QStringLiteral("draft")).toBool())
            continue;
        ++n;
        if (badge && m.contains(QStringLiteral("badge")))
            *badge = m.value(QStringLiteral("badge")).toString();
    }
    return n;
}

} // namespace

class TestWhatIfDraft : public QObject
{
    Q_OBJECT
private slots:
    void aDraftSendsNothingAndPromotesOnlyForOperators()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.startWithTestAccounts(dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--seed"), QStringLiteral("3")}),
                 qPrintable(server.errorString()));
        test::SyncHarness harness;
        QString error;
        QVERIFY2(harness.open(server.url(), &error), qPrintable(error));
        harness.start();
        models::ConsoleController console(&harness.store(), &harness.engine());
        const auto account = [](domain::UserRole role) {
            return domain::UserAccount{QStringLiteral("usr-") + domain::toString(role), test::testAccount(role).email, role};
        };
        console.setUser(account(domain::UserRole::Operator));
        QTRY_VERIFY_WITH_TIMEOUT(harness.isOnline() && harness.store().balance() && !harness.store().assets().isEmpty()
                                     && !harness.store().centers().isEmpty() && !harness.store().trucks().isEmpty(),
                                 20000);
        models::WhatIfDraft &whatIf = *console.whatIf();
        QSignalSpy assessed(&whatIf, &models::WhatIfDraft::assessedChanged);
        const int writesBefore = writeRequests(server);

        // Drafted near Hallim, assessed here, drawn and compared.
        whatIf.setBody(quake(33.40, 126.25));
        QVERIFY(whatIf.active());
        QTRY_VERIFY_WITH_TIMEOUT(whatIf.assessed(), 10000);
        QVERIFY2(whatIf.problem().isEmpty(), qPrintable(whatIf.problem()));
        QVERIFY(whatIf.impact()->rowCount() > 0);
        QCOMPARE(whatIf.impact()->impact()->model, IncidentImpact::Model::EarthquakeIntensity);
        QCOMPARE(whatIf.impact()->unit(), QStringLiteral("MMI"));
        QString badge;
        QVERIFY(draftShapes(console.hazardShapes()->shapes(), &badge) >= 3); // contours and sites
        QCOMPARE(badge, QStringLiteral("DRAFT"));
        QCOMPARE(whatIf.comparison().size(), 6);
        for (const QVariant &row : whatIf.comparison())
            QCOMPARE(row.toMap().value(QStringLiteral("present")).toDouble(), 0.0); // no incident yet
        QVERIFY(whatIf.severity() >= 1);
        QVERIFY(whatIf.freeTrucks() > 0);

        // Dragged east in 20 steps: the last position wins and is assessed.
        for (int i = 0; i < 20; ++i)
            whatIf.moveBy(0.0, 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(whatIf.assessed(), 10000);
        QVERIFY(qFuzzyCompare(whatIf.centre().longitude(), 126.45));
        QVERIFY(assessed.size() >= 2);
        QVERIFY(assessed.size() <= 21);
        const auto atNewPlace = whatIf.draft();
        QVERIFY(atNewPlace && qFuzzyCompare(atNewPlace->lon, 126.45));
        QTest::qWait(1500); // what the sync engine might have sent meanwhile
        QCOMPARE(harness.store().outboxSize(), 0);
        QCOMPARE(writeRequests(server), writesBefore);
        test::HttpTestClient http(server.url(), server.signIn(domain::UserRole::Viewer));
        QCOMPARE(http.get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray().size(), 0);

        // The server is gone: another draft is assessed all the same.
        server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!harness.isOnline(), 10000);
        whatIf.setBody(flood());
        QTRY_VERIFY_WITH_TIMEOUT(whatIf.assessed() && whatIf.title() == u"What-if flood", 10000);
        QCOMPARE(whatIf.impact()->impact()->model, IncidentImpact::Model::FloodDepth);
        whatIf.setBody(quake(33.40, 126.25)); // the drag's offset stays: still at 126.45
        QTRY_VERIFY_WITH_TIMEOUT(whatIf.assessed() && whatIf.title() == u"What-if M5.4", 10000);
        QVERIFY(qFuzzyCompare(whatIf.centre().longitude(), 126.45));
        const auto offline = whatIf.impact()->impact();
        QVERIFY(offline.has_value());

        // A viewer drafts but cannot promote.
        console.setUser(account(domain::UserRole::Viewer));
        QVERIFY(!whatIf.canPromote());
        QVERIFY(whatIf.promote().isEmpty());
        QVERIFY(!whatIf.problem().isEmpty());
        QVERIFY(whatIf.active());
        QCOMPARE(harness.store().outboxSize(), 0);

        // An operator promotes it, offline: one create command, and the draft is gone.
        console.setUser(account(domain::UserRole::Operator));
        QVERIFY(whatIf.canPromote());
        const QString id = whatIf.promote();
        QVERIFY2(id.startsWith(u"dis-"), qPrintable(whatIf.problem()));
        QVERIFY(!whatIf.active());
        QCOMPARE(draftShapes(console.hazardShapes()->shapes()), 0);
        QCOMPARE(harness.store().outboxSize(), 1);

        // The server is back: it registers the incident under that id, where the draft was, and
        // its assessment puts the same sites at risk in the same colours.
        QVERIFY2(server.restart(true), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(harness.store().outboxSize() == 0, 30000);
        test::HttpTestClient again(server.url(), server.signIn(domain::UserRole::Viewer));
        const test::HttpReply impact = again.get(QStringLiteral("/api/v1/disasters/%1/impact").arg(id));
        QCOMPARE(impact.status, 200);
        const auto served = domain::hazard::IncidentImpactJson::fromJson(impact.json);
        QVERIFY2(served.ok(), qPrintable(served.error().toString()));
        QCOMPARE(served.value().model, IncidentImpact::Model::EarthquakeIntensity);
        QCOMPARE(served.value().hazardSeverity, offline->hazardSeverity);
        QCOMPARE(sitesAtRisk(served.value()), sitesAtRisk(*offline));
        QCOMPARE(served.value().facilitiesWithoutPower.size(), offline->facilitiesWithoutPower.size());
        QJsonObject registered;
        for (const QJsonValue &v : again.get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                registered = v.toObject();
        }
        QVERIFY(qFuzzyCompare(registered.value(QStringLiteral("lon")).toDouble(), 126.45));
        QCOMPARE(registered.value(QStringLiteral("magnitude")).toDouble(), 5.4);
        QCOMPARE(registered.value(QStringLiteral("title")).toString(), QStringLiteral("What-if M5.4"));
    }
};

QTEST_GUILESS_MAIN(TestWhatIfDraft)
#include "tst_whatifdraft.moc"
