// SPDX-License-Identifier: MIT
// Alarms on the real server: an outage of 한림읍 at severity 4 raises its incident's alarm (high)
// and an alarm per asset it takes down, grouped under it; acknowledging moves the incident's alarm
// to acknowledged-active and a second acknowledgement is a conflict; shelving needs a reason and
// lapses on time; resolving the incident returns the acknowledged alarm to normal and leaves the
// others unacknowledged-cleared; every step is journaled in the alarm and in the audit trail; a
// restart keeps them; a viewer may read but not acknowledge.
#include "domain/alarm/alarm.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using namespace et::domain::alarm;
using domain::UserRole;
using test::HttpReply;

namespace {
// 600 simulated seconds a real one: a 10-minute shelf lapses in about a second.
const QStringList kArgs = {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--speed"), QStringLiteral("600"),
                           QStringLiteral("--tick-ms"), QStringLiteral("100"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                           QStringLiteral("--start"), QStringLiteral("2025-08-20T00:00:00Z")};
} // namespace

class TestAlarms : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::HttpTestClient> m_http;
    QString m_disasterId;
    int m_serial = 0;

    QHash<QByteArray, QByteArray> key() { return test::idempotencyKey("cmd-alarm-" + QByteArray::number(++m_serial)); }

    QHash<QString, Alarm> alarms()
    {
        QHash<QString, Alarm> out;
        for (const QJsonValue &v : m_http->get(QStringLiteral("/api/v1/alarms")).json.value(QStringLiteral("items")).toArray()) {
            auto a = Alarm::fromJson(v);
            if (a.ok())
                out.insert(a.value().id, a.value());
            else
                qWarning() << "an alarm does not decode:" << a.error().toString();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("alarms.sqlite")), kArgs), qPrintable(m_server.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Operator));
        const QJsonObject outage{{QStringLiteral("type"), QStringLiteral("outage")}, {QStringLiteral("severity"), 4},
                                 {QStringLiteral("regions"), QJsonArray{QStringLiteral("한림읍")}}, {QStringLiteral("lat"), 33.41},
                                 {QStringLiteral("lon"), 126.26}, {QStringLiteral("radius_km"), 8.0},
                                 {QStringLiteral("started_at"), QStringLiteral("2025-08-19T00:00:00Z")},
                                 {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("title"), QStringLiteral("한림 정전")}};
        const HttpReply made = m_http->post(QStringLiteral("/api/v1/disasters"), test::compactJson(outage), key());
        QCOMPARE(made.status, 201);
        m_disasterId = made.json.value(QStringLiteral("id")).toString();
    }

    void anIncidentRaisesItsAlarmsGroupedUnderIt()
    {
        const QString id = QStringLiteral("disaster:") + m_disasterId;
        QTRY_VERIFY_WITH_TIMEOUT(alarms().contains(id), 10000);
        const auto all = alarms();
        const Alarm incident = all.value(id);
        QVERIFY(incident.state == State::UnacknowledgedActive);
        QVERIFY(incident.priority == Priority::High); // severity 4
        QCOMPARE(incident.journal.first().event, QStringLiteral("raised"));
        // The figures behind the message travel with it, for a console to word.
        QCOMPARE(incident.facts.value(QStringLiteral("severity")).toInt(), 4);
        QVERIFY(!incident.facts.value(QStringLiteral("type")).toString().isEmpty());
        int children = 0;
        for (const Alarm &a : all) {
            if (a.parentId != m_disasterId)
                continue;
            ++children;
            QVERIFY(a.source == Source::AssetDamage || a.source == Source::FacilityBackup || a.source == Source::EnergyDeficit);
            QVERIFY(a.state == State::UnacknowledgedActive);
            QVERIFY2(!a.facts.isEmpty(), qPrintable(a.id));
        }
        QVERIFY2(children > 0, "the outage's assets raise alarms of their own");
    }

    void acknowledgeAndShelve()
    {
        const QString id = QStringLiteral("disaster:") + m_disasterId;
        const HttpReply acked = m_http->post(QStringLiteral("/api/v1/alarms/%1/acknowledge").arg(id), {}, key());
        QCOMPARE(acked.status, 200);
        QCOMPARE(acked.json.value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged_active"));
        QCOMPARE(acked.json.value(QStringLiteral("acknowledged_by")).toString(), test::testAccount(UserRole::Operator).email);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/alarms/%1/acknowledge").arg(id), {}, key()).status, 409);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/alarms/nothing/acknowledge"), {}, key()).status, 404);

        QString child;
        for (const Alarm &a : alarms()) {
            if (a.parentId == m_disasterId && a.source == Source::AssetDamage)
                child = a.id;
        }
        QVERIFY(!child.isEmpty());
        const QString shelve = QStringLiteral("/api/v1/alarms/%1/shelve").arg(child);
        QCOMPARE(m_http->post(shelve, R"({"minutes":10})", key()).status, 422);
        QCOMPARE(m_http->post(shelve, R"({"minutes":0,"reason":"crew"})", key()).status, 422);
        const HttpReply shelved = m_http->post(shelve, R"({"minutes":10,"reason":"crew on site"})", key());
        QCOMPARE(shelved.status, 200);
        const auto a = Alarm::fromJson(shelved.json);
        QVERIFY(a.ok());
        QCOMPARE(a.value().shelveReason, QStringLiteral("crew on site"));
        QVERIFY(a.value().shelvedUntil.has_value());
        // Ten simulated minutes are a second here: the shelf lapses by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!alarms().value(child).shelvedUntil.has_value(), 15000);
        QCOMPARE(alarms().value(child).journal.last().event, QStringLiteral("unshelved"));

        // A viewer reads but may not acknowledge or shelve.
        test::HttpTestClient viewer(m_server.url(), m_server.signIn(UserRole::Viewer));
        QCOMPARE(viewer.get(QStringLiteral("/api/v1/alarms")).status, 200);
        QCOMPARE(viewer.post(QStringLiteral("/api/v1/alarms/%1/acknowledge").arg(child), {}, key()).status, 403);
        QCOMPARE(viewer.post(shelve, R"({"minutes":10,"reason":"x"})", key()).status, 403);
    }

    void resolvingClearsAndTheJournalSurvivesARestart()
    {
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/disasters/%1/resolve").arg(m_disasterId), {}, key()).status, 200);
        const QString id = QStringLiteral("disaster:") + m_disasterId;
        QTRY_VERIFY_WITH_TIMEOUT(alarms().value(id).state == State::Normal, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Alarm &a : alarms()) {
                    if (a.parentId == m_disasterId && a.state != State::UnacknowledgedCleared)
                        return false;
                }
                return true;
            }(),
            10000);
        const auto before = alarms();
        QVERIFY(m_server.restart());
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_server.signIn(UserRole::Operator));
        const auto after = alarms();
        QCOMPARE(after.value(id), before.value(id));
        QStringList events;
        for (const JournalEntry &j : after.value(id).journal)
            events << j.event;
        QCOMPARE(events, (QStringList{QStringLiteral("raised"), QStringLiteral("acknowledged"), QStringLiteral("cleared")}));

        // The audit trail has the server's steps for good.
        test::HttpTestClient admin(m_server.url(), m_server.signIn(UserRole::Admin));
        const QJsonArray audit = admin.get(QStringLiteral("/api/v1/audit?limit=1000")).json.value(QStringLiteral("items")).toArray();
        QStringList steps;
        for (const QJsonValue &v : audit) {
            if (v.toObject().value(QStringLiteral("path")).toString() == QStringLiteral("/api/v1/alarms/") + id)
                steps << v.toObject().value(QStringLiteral("result")).toString().section(u' ', 0, 0);
        }
        QVERIFY2(steps.contains(QStringLiteral("raised")) && steps.contains(QStringLiteral("cleared")), qPrintable(steps.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestAlarms)
#include "tst_alarms.moc"
