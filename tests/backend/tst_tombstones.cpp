// SPDX-License-Identifier: MIT
// Deletes on the real server with short retentions: a finished order is deleted (a tombstone in
// the change log, `order.deleted` on the WebSocket), the tombstone is purged later and moves the
// horizon, and sync/changes then answers 410 — cursor_expired below the horizon, cursor_unknown
// beyond the server's cursor — while since=0 and the horizon itself are still answered.
#include "domain/change.h"
#include "domain/dispatchorder.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using test::HttpReply;

class TestTombstones : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token
    std::unique_ptr<test::HttpTestClient> m_http;

    qint64 serverCursor() { return qint64(m_http->get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toDouble()); }

    void verifyGone(const HttpReply &r, const QString &code, qint64 horizon)
    {
        QCOMPARE(r.status, 410);
        const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(qint64(e.value(QStringLiteral("horizon")).toDouble(-1)), horizon);
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("since=0")));
        QCOMPARE(e.value(QStringLiteral("request_id")).toString().toLatin1(), r.header("X-Request-ID"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 600x: a finished order goes after one simulated minute (0.1 s), its tombstone after
        // 3000 simulated seconds (5 s), so there is time to see it first.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("tombstones.sqlite")),
                                {QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--speed"), QStringLiteral("600"),
                                 QStringLiteral("--tick-ms"), QStringLiteral("100"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                 QStringLiteral("--order-retention"), QStringLiteral("60"),
                                 QStringLiteral("--tombstone-retention"), QStringLiteral("3000")}),
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

    void aFinishedOrderIsDeletedThenForgotten()
    {
        test::EventRecorder recorder;
        QVERIFY(recorder.open(m_server.url(), {domain::channel::orders}, m_token));
        const QList<domain::StreamEvent> &events = recorder.events;

        const auto target = test::pickOrderTarget(*m_http, domain::OrderKind::Charge, 50);
        QVERIFY(target);
        const auto order = test::makeOrder(QStringLiteral("ord-tomb-0001"), target->truck.id, domain::OrderKind::Charge, target->assetId, 50);
        const qint64 before = serverCursor();
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders"), test::compactJson(order.toRequestJson()), test::idempotencyKey("cmd-t-1")).status, 201);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders/ord-tomb-0001/cancel"), {}, test::idempotencyKey("cmd-t-2")).status, 200);

        // Deleted after the retention: announced, and a tombstone in the log.
        auto deletedEvent = [&]() -> std::optional<domain::StreamEvent> {
            for (const auto &e : events) {
                if (e.event == u"order.deleted")
                    return e;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(deletedEvent().has_value(), 5000);
        const domain::StreamEvent deleted = *deletedEvent();
        QCOMPARE(deleted.channel, QStringLiteral("orders"));
        QCOMPARE(deleted.data, (QJsonObject{{QStringLiteral("id"), order.id}}));
        const HttpReply delta = m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(before));
        QCOMPARE(delta.status, 200);
        QJsonObject tombstone;
        for (const auto &v : delta.json.value(QStringLiteral("changes")).toArray()) {
            if (v.toObject().value(QStringLiteral("entity")).toString() == u"order")
                tombstone = v.toObject();
        }
        QCOMPARE(tombstone.value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        QCOMPARE(tombstone.value(QStringLiteral("id")).toString(), order.id);
        QVERIFY(tombstone.contains(QStringLiteral("data")) && tombstone.value(QStringLiteral("data")).isNull());
        QCOMPARE(qint64(tombstone.value(QStringLiteral("cursor")).toDouble()), deleted.cursor);
        QVERIFY(m_http->get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray().isEmpty());
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders/ord-tomb-0001/cancel"), {}, test::idempotencyKey("cmd-t-3")).status, 404);
        // A snapshot holds no deletes.
        const auto snapshot = domain::ChangeBatch::fromJson(m_http->get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")).json);
        QVERIFY(snapshot.ok());
        for (const auto &c : snapshot.value().changes)
            QVERIFY(c.op == domain::ChangeOp::Upsert);

        // The tombstone goes after its retention and the horizon moves to it.
        QTRY_VERIFY_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/sync/changes?since=1")).status == 410, 15000);
        const qint64 horizon = qint64(m_http->get(QStringLiteral("/api/v1/sync/changes?since=1")).json.value(QStringLiteral("error")).toObject()
                                          .value(QStringLiteral("horizon")).toDouble());
        QCOMPARE(horizon, deleted.cursor);
        verifyGone(m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before)), QStringLiteral("cursor_expired"), horizon);
        verifyGone(m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(horizon - 1)), QStringLiteral("cursor_expired"), horizon);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(horizon)).status, 200);
        verifyGone(m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(serverCursor() + 1000000)), QStringLiteral("cursor_unknown"), horizon);

        // A snapshot paged in small steps still reaches the end: no page continues below the horizon.
        qint64 since = 0;
        int pages = 0, entities = 0;
        for (;;) {
            const HttpReply page = m_http->get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5").arg(since));
            QVERIFY2(page.status == 200, page.body.constData());
            const auto batch = domain::ChangeBatch::fromJson(page.json);
            QVERIFY(batch.ok());
            entities += int(batch.value().changes.size());
            since = batch.value().cursor;
            QVERIFY(++pages < 1000);
            if (!batch.value().hasMore)
                break;
        }
        QVERIFY(pages > 1);
        QVERIFY(entities >= int(snapshot.value().changes.size()));

        // The id is free again: a new order under it is created (and announced as created).
        const auto again = test::makeOrder(order.id, target->truck.id, domain::OrderKind::Charge, target->assetId, 20);
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/orders"), test::compactJson(again.toRequestJson()), test::idempotencyKey("cmd-t-4")).status, 201);
        auto created = [&] {
            int n = 0;
            for (const auto &e : events)
                n += e.event == u"order.created";
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(created(), 2, 5000);
    }

    void theHorizonSurvivesARestart()
    {
        const qint64 horizon = qint64(m_http->get(QStringLiteral("/api/v1/sync/changes?since=1")).json.value(QStringLiteral("error")).toObject()
                                          .value(QStringLiteral("horizon")).toDouble());
        QVERIFY(horizon > 0);
        QVERIFY(m_server.terminate());
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        m_http = std::make_unique<test::HttpTestClient>(m_server.url(), m_token);
        verifyGone(m_http->get(QStringLiteral("/api/v1/sync/changes?since=1")), QStringLiteral("cursor_expired"), horizon);
        QCOMPARE(m_http->get(QStringLiteral("/api/v1/sync/changes?since=0")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTombstones)
#include "tst_tombstones.moc"
