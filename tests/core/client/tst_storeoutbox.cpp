// SPDX-License-Identifier: MIT
// The outbox in the offline cache, on real SQLite files: a queued command shows its effect at
// once, survives a reopen, and leaves no trace when the server refuses it — whatever the server
// sent in between.
#include "client/store.h"
#include "entityfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::EntityKind;
using domain::OperatorCommand;
using domain::OrderStatus;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC);

domain::DispatchOrder newOrder(const QString &id)
{
    auto o = test::sampleOrder(id, QStringLiteral("truck-03"), OrderStatus::Pending, 10);
    o.createdAt = kNow;
    o.updatedAt = kNow;
    return o;
}

std::optional<domain::DispatchOrder> orderIn(const client::Store &store, const QString &id)
{
    for (const auto &o : store.orders()) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}
} // namespace

class TestStoreOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;

private slots:
    void init() { m_path = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n)); }

    void queuedOrderShowsPendingAndSurvivesReopen()
    {
        const auto order = newOrder(QStringLiteral("ord-aaaaaaaa0001"));
        const auto command = OperatorCommand::createOrder(order, QStringLiteral("cmd-1"));
        {
            client::Store store;
            QVERIFY(store.open(m_path).ok());
            QSignalSpy changed(&store, &client::Store::changed);
            QSignalSpy outbox(&store, &client::Store::outboxChanged);
            const auto queued = store.enqueue(command);
            QVERIFY2(queued.ok(), qPrintable(queued.error().toString()));
            QCOMPARE(outbox.count(), 1);
            QVERIFY(changed.count() == 1 && changed.first().first().value<EntityKind>() == EntityKind::Order);
            const auto shown = orderIn(store, order.id);
            QVERIFY(shown);
            QVERIFY(shown->status == OrderStatus::Pending);
            QCOMPARE(shown->kwh, 300.0);
            // The same key twice is one command.
            QVERIFY(!store.enqueue(command).ok());
            QCOMPARE(store.outboxSize(), 1);
        }
        client::Store reopened;
        QVERIFY(reopened.open(m_path).ok());
        const auto queued = reopened.outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().command, command);
        QVERIFY(orderIn(reopened, order.id));
    }

    void outboxKeepsTheOperatorsOrder()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QStringList keys;
        for (int i = 0; i < 5; ++i) {
            const QString key = QStringLiteral("cmd-%1").arg(4 - i); // keys sort the other way round
            QVERIFY(store.enqueue(OperatorCommand::createOrder(newOrder(QStringLiteral("ord-bbbbbbbb000%1").arg(i)), key)).ok());
            keys << key;
        }
        QStringList got;
        for (const auto &q : store.outbox())
            got << q.command.key;
        QCOMPARE(got, keys);
    }

    void acknowledgeReplacesTheOptimisticOrder()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto order = newOrder(QStringLiteral("ord-cccccccc0001"));
        QVERIFY(store.enqueue(OperatorCommand::createOrder(order, QStringLiteral("cmd-c"))).ok());
        auto accepted = order;
        accepted.status = OrderStatus::Accepted;
        accepted.updatedAt = kNow.addSecs(60);
        QSignalSpy outbox(&store, &client::Store::outboxChanged);
        const auto acked = store.acknowledge(QStringLiteral("cmd-c"), accepted.toJson());
        QVERIFY2(acked.ok(), qPrintable(acked.error().toString()));
        QCOMPARE(store.outboxSize(), 0);
        QCOMPARE(outbox.count(), 1);
        QVERIFY(orderIn(store, order.id) == std::optional(accepted));
        // An unknown key is an error, not a silent success.
        QVERIFY(!store.acknowledge(QStringLiteral("cmd-unknown"), {}).ok());
    }

    void anAnswerOlderThanTheEventStreamDoesNotWin()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto order = newOrder(QStringLiteral("ord-dddddddd0001"));
        QVERIFY(store.enqueue(OperatorCommand::createOrder(order, QStringLiteral("cmd-d"))).ok());
        // The event stream brought "active" before the POST's answer ("accepted") arrived.
        auto active = order;
        active.status = OrderStatus::Active;
        active.updatedAt = kNow.addSecs(120);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Order, order.id, active.toJson(), 50)}, 50).ok());
        auto accepted = order;
        accepted.status = OrderStatus::Accepted;
        accepted.updatedAt = kNow.addSecs(60);
        QVERIFY(store.acknowledge(QStringLiteral("cmd-d"), accepted.toJson()).ok());
        QVERIFY(orderIn(store, order.id)->status == OrderStatus::Active);
    }

    void answerForAnotherEntityIsRefused()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QVERIFY(store.enqueue(OperatorCommand::createOrder(newOrder(QStringLiteral("ord-eeeeeeee0001")), QStringLiteral("cmd-e"))).ok());
        const auto other = newOrder(QStringLiteral("ord-eeeeeeee0002"));
        QCOMPARE(store.acknowledge(QStringLiteral("cmd-e"), other.toJson()).error().field, QStringLiteral("id"));
        QCOMPARE(store.outboxSize(), 1); // nothing half done
        QJsonObject broken = newOrder(QStringLiteral("ord-eeeeeeee0001")).toJson();
        broken.insert(QStringLiteral("kwh"), QStringLiteral("lots"));
        QVERIFY(!store.acknowledge(QStringLiteral("cmd-e"), broken).ok());
        QCOMPARE(store.outboxSize(), 1);
    }

    void refusalRollsBackAndIsKeptForTheOperator()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto order = newOrder(QStringLiteral("ord-ffffffff0001"));
        QVERIFY(store.enqueue(OperatorCommand::createOrder(order, QStringLiteral("cmd-f1"))).ok());
        // A cancellation queued after it is about an order that will never exist.
        QVERIFY(store.enqueue(OperatorCommand::cancelOrder(order.id, QStringLiteral("cmd-f2"), kNow)).ok());
        QVERIFY(orderIn(store, order.id)->status == OrderStatus::Cancelling);
        QSignalSpy rejections(&store, &client::Store::rejectionsChanged);
        QVERIFY(store.reject(QStringLiteral("cmd-f1"), QStringLiteral("truck-03 is in maintenance"), QStringLiteral("conflict")).ok());
        QCOMPARE(rejections.count(), 1);
        QVERIFY(!orderIn(store, order.id));
        QCOMPARE(store.outboxSize(), 0);
        const auto refused = store.rejections();
        QCOMPARE(refused.size(), 2);
        QStringList keys{refused.at(0).command.key, refused.at(1).command.key};
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("cmd-f1"), QStringLiteral("cmd-f2")}));
        for (const auto &r : refused) {
            QCOMPARE(r.code, QStringLiteral("conflict"));
            QVERIFY2(r.reason.contains(QStringLiteral("maintenance")), qPrintable(r.reason));
        }
        QVERIFY(store.dismissRejection(QStringLiteral("cmd-f1")).ok());
        QCOMPARE(store.rejections().size(), 1);
    }

    void refusedCancellationShowsTheServersStateAgain()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto order = test::sampleOrder(QStringLiteral("ord-gggggggg0001"), QStringLiteral("truck-04"), OrderStatus::Active);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Order, order.id, order.toJson(), 10)}, 10).ok());
        QVERIFY(store.enqueue(OperatorCommand::cancelOrder(order.id, QStringLiteral("cmd-g"), kNow)).ok());
        QVERIFY(orderIn(store, order.id)->status == OrderStatus::Cancelling);
        // The server moves the order on while the cancellation waits: still shown as cancelling.
        auto progressed = order;
        progressed.doneKwh = 120.0;
        progressed.updatedAt = order.updatedAt.addSecs(300);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Order, order.id, progressed.toJson(), 11)}, 11).ok());
        QVERIFY(orderIn(store, order.id)->status == OrderStatus::Cancelling);
        QCOMPARE(orderIn(store, order.id)->doneKwh, 120.0);
        // The order completed meanwhile; the server refuses; the operator sees what really happened.
        auto completed = progressed;
        completed.status = OrderStatus::Completed;
        completed.doneKwh = 300.0;
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Order, order.id, completed.toJson(), 12)}, 12).ok());
        QVERIFY(store.reject(QStringLiteral("cmd-g"), QStringLiteral("already completed"), QStringLiteral("conflict")).ok());
        QVERIFY(orderIn(store, order.id) == std::optional(completed));
    }

    void acknowledgementShowsOnTheDisaster()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto d = test::sampleDisaster(QStringLiteral("dis-1"), false);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Disaster, d.id, d.toJson(), 3)}, 3).ok());
        QVERIFY(!store.disasters().first().acknowledgedAt);
        QVERIFY(store.enqueue(OperatorCommand::acknowledgeDisaster(d.id, QStringLiteral("cmd-h"), kNow)).ok());
        QVERIFY(store.disasters().first().acknowledgedAt == std::optional(kNow));
        // A snapshot that replaces the cache keeps the outbox, and so the acknowledgement shows.
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Disaster, d.id, d.toJson(), 1)}, 1, client::Store::Apply::ReplaceAll).ok());
        QCOMPARE(store.outboxSize(), 1);
        QVERIFY(store.disasters().first().acknowledgedAt == std::optional(kNow));
    }

    void replaceAllDropsWhatTheSnapshotLacks()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto a = test::sampleTruck(QStringLiteral("T-1"));
        const auto b = test::sampleTruck(QStringLiteral("T-2"));
        const auto gone = test::sampleOrder(QStringLiteral("ord-hhhhhhhh0001"), QStringLiteral("T-1"), OrderStatus::Completed);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, a.id, a.toJson(), 1), test::upsert(EntityKind::Truck, b.id, b.toJson(), 2),
                                    test::upsert(EntityKind::Order, gone.id, gone.toJson(), 3)}, 900).ok());
        QSignalSpy changed(&store, &client::Store::changed);
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, b.id, b.toJson(), 5)}, 5, client::Store::Apply::ReplaceAll).ok());
        QCOMPARE(store.trucks(), QList<domain::Truck>{b});
        QVERIFY(store.orders().isEmpty());
        QCOMPARE(store.cursor(), 5);
        QVERIFY(changed.count() >= 2); // every kind is announced, so models reload
    }

    void restoreSkipsKeysAlreadyQueued()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto first = OperatorCommand::createOrder(newOrder(QStringLiteral("ord-iiiiiiii0001")), QStringLiteral("cmd-i1"));
        const auto second = OperatorCommand::createOrder(newOrder(QStringLiteral("ord-iiiiiiii0002")), QStringLiteral("cmd-i2"));
        QVERIFY(store.enqueue(first).ok());
        QVERIFY(store.restoreOutbox({{first, 3, QStringLiteral("timeout")}, {second, 1, QStringLiteral("refused")}}).ok());
        const auto queued = store.outbox();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).attempts, 0); // the one already here is not overwritten
        QCOMPARE(queued.at(1).command, second);
        QCOMPARE(queued.at(1).attempts, 1);
    }

    void invalidCommandIsNotQueued()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        auto bad = OperatorCommand::createOrder(newOrder(QStringLiteral("ord-jjjjjjjj0001")), QStringLiteral("has space"));
        QVERIFY(!store.enqueue(bad).ok());
        QCOMPARE(store.outboxSize(), 0);
        QVERIFY(store.orders().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_storeoutbox.moc"
