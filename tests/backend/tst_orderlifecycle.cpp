// SPDX-License-Identifier: MIT
// Orders run by the real server's simulation at 600x: one completes with exactly its energy
// and frees its truck, one survives a kill -9 and still finishes exactly once, one fails when a
// severity-5 disaster takes its target offline.
#include "domain/asset.h"
#include "domain/dispatchorder.h"
#include "domain/streamevent.h"
#include "domain/truck.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::DispatchOrder;
using domain::OrderKind;
using domain::OrderStatus;
using domain::Truck;

namespace {
/// The orders and trucks events of one server, and what they say about one order.
class EventLog : public test::EventRecorder
{
public:
    bool open(const QUrl &http, const QString &token) { return EventRecorder::open(http, {domain::channel::orders, domain::channel::trucks}, token); }

    QList<DispatchOrder> orders(const QString &id) const
    {
        QList<DispatchOrder> out;
        for (const auto &e : events) {
            if (e.channel == u"orders" && e.data.value(QStringLiteral("id")).toString() == id)
                out << DispatchOrder::fromJson(e.data).value();
        }
        return out;
    }

    /// The truck as of the newest truck event before `cursor` (the same commit as the order
    /// event at `cursor`: a busy truck is written every tick, before the orders).
    std::optional<Truck> truckBefore(const QString &id, qint64 cursor) const
    {
        std::optional<Truck> t;
        for (const auto &e : events) {
            if (e.cursor < cursor && e.channel == u"trucks" && e.data.value(QStringLiteral("id")).toString() == id)
                t = Truck::fromJson(e.data).value();
        }
        return t;
    }

    /// For every event of the order while it was active, its truck from the same commit.
    QList<QPair<DispatchOrder, Truck>> whileActive(const QString &id, const QString &truckId) const
    {
        QList<QPair<DispatchOrder, Truck>> out;
        for (const auto &e : events) {
            if (e.channel != u"orders" || e.data.value(QStringLiteral("id")).toString() != id)
                continue;
            const DispatchOrder o = DispatchOrder::fromJson(e.data).value();
            if (o.status == OrderStatus::Active && truckBefore(truckId, e.cursor))
                out.append({o, *truckBefore(truckId, e.cursor)});
        }
        return out;
    }

    qint64 cursorOf(const QString &id, OrderStatus status) const
    {
        for (const auto &e : events) {
            if (e.channel == u"orders" && e.data.value(QStringLiteral("id")).toString() == id
                && DispatchOrder::fromJson(e.data).value().status == status)
                return e.cursor;
        }
        return 0;
    }
};

} // namespace

class TestOrderLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token
    QSet<QString> m_usedTrucks;

    DispatchOrder orderFor(test::HttpTestClient &http, const QString &id, double kwh)
    {
        const auto target = test::pickOrderTarget(http, OrderKind::Charge, kwh, m_usedTrucks);
        if (!target)
            qFatal("no free truck left");
        m_usedTrucks.insert(target->truck.id);
        return test::makeOrder(id, target->truck.id, OrderKind::Charge, target->assetId, kwh);
    }

    static std::optional<DispatchOrder> stored(test::HttpTestClient &http, const QString &id)
    {
        for (const auto &v : http.get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return DispatchOrder::fromJson(v).value();
        }
        return std::nullopt;
    }

    static Truck truck(test::HttpTestClient &http, const QString &id)
    {
        for (const auto &v : http.get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return Truck::fromJson(v).value();
        }
        return {};
    }

    static bool waitFinal(test::HttpTestClient &http, const QString &id, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (const auto o = stored(http, id); o && o->isFinal())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("lifecycle.sqlite")),
                                {QStringLiteral("--seed"), QStringLiteral("6"), QStringLiteral("--speed"), QStringLiteral("600"),
                                 QStringLiteral("--tick-ms"), QStringLiteral("100"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                 QStringLiteral("--start"), QStringLiteral("2024-04-13T01:00:00Z")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }

    void anOrderCompletesWithExactlyItsEnergy()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        EventLog log;
        QVERIFY(log.open(m_server.url(), m_token));
        const DispatchOrder o = orderFor(http, QStringLiteral("ord-life-0001"), 60.5);
        QCOMPARE(http.post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey("cmd-life-1")).status, 201);
        QVERIFY2(waitFinal(http, o.id, 30000), "the order did not finish in 30 s");
        const auto done = stored(http, o.id);
        QVERIFY2(done->status == OrderStatus::Completed, qPrintable(done->reason));
        QVERIFY(done->reason.isEmpty());
        QCOMPARE(done->doneKwh, 60.5);

        QVERIFY(truck(http, o.truckId).orderId.isEmpty());

        // The events tell the story: accepted, active, completed.
        QTRY_VERIFY_WITH_TIMEOUT(!log.orders(o.id).isEmpty() && log.orders(o.id).last().isFinal(), 5000);
        QList<OrderStatus> seen;
        for (const auto &e : log.orders(o.id)) {
            if (seen.isEmpty() || seen.last() != e.status)
                seen << e.status;
        }
        QVERIFY(seen == (QList<OrderStatus>{OrderStatus::Accepted, OrderStatus::Active, OrderStatus::Completed}));
        // From acceptance on, the truck names the order; its change in the completion's commit
        // (written just before the order) frees it.
        const qint64 completedAt = log.cursorOf(o.id, OrderStatus::Completed);
        QStringList orderIds;
        for (const auto &e : log.events) {
            if (e.channel == u"trucks" && e.data.value(QStringLiteral("id")).toString() == o.truckId
                && e.cursor > log.cursorOf(o.id, OrderStatus::Accepted) && e.cursor < completedAt)
                orderIds << e.data.value(QStringLiteral("order_id")).toString();
        }
        QVERIFY(orderIds.size() >= 3);
        QCOMPARE(orderIds.takeLast(), QString());
        QCOMPARE(orderIds, QStringList(orderIds.size(), o.id));
        // While active it stands at the target, and what the battery gains is what the order counts.
        const auto asset = domain::Asset::fromJson(http.get(QStringLiteral("/api/v1/assets/") + o.targetAssetId).json).value();
        const auto active = log.whileActive(o.id, o.truckId);
        QVERIFY(active.size() >= 2);
        const double invariant = active.first().second.soc * active.first().second.capacityKwh - active.first().first.doneKwh;
        for (const auto &[order, t] : active) {
            QCOMPARE(t.lat, asset.lat);
            QCOMPARE(t.lon, asset.lon);
            QVERIFY(t.status == domain::TruckStatus::Charging);
            QVERIFY(std::abs(t.soc * t.capacityKwh - order.doneKwh - invariant) < 1e-6);
        }
    }

    void aKilledServerFinishesTheOrderOnce()
    {
        DispatchOrder o;
        QByteArray firstAnswer;
        double invariant = 0.0;
        {
            test::HttpTestClient http(m_server.url(), m_token);
            EventLog log;
            QVERIFY(log.open(m_server.url(), m_token));
            o = orderFor(http, QStringLiteral("ord-life-0002"), 300);
            const auto first = http.post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey("cmd-life-2"));
            QCOMPARE(first.status, 201);
            firstAnswer = first.body;
            // Wait until it charges, take charge - done from one commit, then pull the plug.
            QTRY_VERIFY_WITH_TIMEOUT(log.cursorOf(o.id, OrderStatus::Active) > 0 && log.orders(o.id).last().doneKwh > 0.0, 30000);
            const auto active = log.whileActive(o.id, o.truckId);
            QVERIFY(!active.isEmpty() && !active.last().first.isFinal());
            invariant = active.last().second.soc * active.last().second.capacityKwh - active.last().first.doneKwh;
        }
        m_server.kill();
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));

        test::HttpTestClient http(m_server.url(), m_token);
        EventLog after;
        QVERIFY(after.open(m_server.url(), m_token));
        // The console resends from its outbox: the recorded answer, no second order.
        const auto resent = http.post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey("cmd-life-2"));
        QCOMPARE(resent.status, 201);
        QCOMPARE(resent.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(resent.body, firstAnswer);
        QVERIFY2(waitFinal(http, o.id, 30000), "the order did not finish after the restart");
        const auto done = stored(http, o.id);
        QVERIFY(done->status == OrderStatus::Completed);
        QCOMPARE(done->doneKwh, 300.0);
        QVERIFY(truck(http, o.truckId).orderId.isEmpty());
        // The charge went on from where it was at the kill: not restarted, not counted twice.
        QTRY_VERIFY_WITH_TIMEOUT(after.cursorOf(o.id, OrderStatus::Completed) > 0, 5000);
        const auto active = after.whileActive(o.id, o.truckId);
        QVERIFY(!active.isEmpty());
        for (const auto &[order, t] : active)
            QVERIFY2(std::abs(t.soc * t.capacityKwh - order.doneKwh - invariant) < 1e-6, qPrintable(QString::number(order.doneKwh)));
        int listed = 0;
        for (const auto &v : http.get(QStringLiteral("/api/v1/orders")).json.value(QStringLiteral("items")).toArray())
            listed += v.toObject().value(QStringLiteral("id")).toString() == o.id;
        QCOMPARE(listed, 1);
        // Completed once: nothing about the order after its completion.
        QTest::qWait(500);
        QVERIFY(after.orders(o.id).last().status == OrderStatus::Completed);
        int completions = 0;
        for (const auto &e : after.orders(o.id))
            completions += e.status == OrderStatus::Completed;
        QCOMPARE(completions, 1);
    }

    void aDisasterOnTheTargetFailsTheOrder()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        const DispatchOrder o = orderFor(http, QStringLiteral("ord-life-0003"), 400);
        QCOMPARE(http.post(QStringLiteral("/api/v1/orders"), test::compactJson(o.toRequestJson()), test::idempotencyKey("cmd-life-3")).status, 201);
        const auto asset = domain::Asset::fromJson(http.get(QStringLiteral("/api/v1/assets/") + o.targetAssetId).json).value();
        const auto d = test::makeDisaster(domain::DisasterType::Wildfire, 5, asset.lat, asset.lon, 1.0, test::serverSimTime(http));
        QCOMPARE(http.post(QStringLiteral("/api/v1/disasters"), test::compactJson(d.toRegistrationJson())).status, 201);
        QVERIFY2(waitFinal(http, o.id, 20000), "the order did not end");
        const auto failed = stored(http, o.id);
        QVERIFY2(failed->status == OrderStatus::Failed, qPrintable(domain::toString(failed->status)));
        QCOMPARE(failed->reason, QStringLiteral("target %1 went offline").arg(o.targetAssetId));
        QVERIFY(failed->doneKwh < 400.0);
        QVERIFY(truck(http, o.truckId).orderId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderLifecycle)
#include "tst_orderlifecycle.moc"
