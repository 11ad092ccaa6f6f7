// SPDX-License-Identifier: MIT
#include "syncharness.h"

#include "domain/dispatch/suggestionorder.h"

#include "client/accountdirectory.h"
#include "client/outboxsender.h"
#include "domain/operatorcommand.h"
#include "httptestclient.h"
#include "testaccounts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

namespace et::test {

SyncHarness::SyncHarness()
    : m_secrets(QStringLiteral("energytruck-tests")), m_session(&m_authRest, &m_secrets, QStringLiteral("harness"))
{
}

SyncHarness::~SyncHarness()
{
    stop();
}

bool SyncHarness::open(const QUrl &server, QString *error, domain::UserRole role)
{
    const TestAccount &account = testAccount(role);
    const QString identity = client::AccountDirectory::serverIdentity(server.toString());
    m_server = server;
    m_authRest.setBaseUrl(server);
    m_authRest.setTimeout(3s);
    m_session.setServerIdentity(identity);
    std::optional<domain::Status> signedIn;
    QEventLoop loop;
    m_session.signIn(account.email, account.password, [&](const domain::Status &status) {
        signedIn = status;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!signedIn)
        loop.exec();
    if (!signedIn || !signedIn->ok()) {
        if (error)
            *error = signedIn ? QStringLiteral("sign-in failed: ") + signedIn->error().toString() : QStringLiteral("sign-in took over 15 s");
        return false;
    }
    m_cachePath = client::AccountDirectory::cachePathFor(m_dir.path(), identity, account.email);
    QDir().mkpath(QFileInfo(m_cachePath).absolutePath());
    const auto opened = m_store.open(m_cachePath);
    if (!opened.ok() && error)
        *error = opened.error().toString();
    return opened.ok();
}

void SyncHarness::start()
{
    m_engine = std::make_unique<client::SyncEngine>(&m_store);
    m_engine->setAccessTokenSource(&m_session);
    m_engine->setReconnectDelays(200ms, 1s);
    m_engine->outboxSender()->setRetryDelays(200ms, 1s);
    m_engine->setKeepAlive(1500ms, 1000ms);
    m_engine->restClient()->setTimeout(3s);
    m_engine->setServerUrl(m_server);
    m_engine->start();
}

void SyncHarness::stop()
{
    if (m_engine)
        m_engine->stop();
}

bool SyncHarness::isOnline() const
{
    return m_engine && m_engine->state() == client::ConnectionState::Online;
}

QString SyncHarness::queueOrder(const QString &truckId, const QString &target, double kwh)
{
    domain::DispatchOrder order;
    order.id = newOrderId();
    order.truckId = truckId;
    order.kind = domain::OrderKind::Charge;
    order.targetAssetId = target;
    order.kwh = kwh;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.updatedAt = order.createdAt;
    return enqueueOrder(order);
}

QString SyncHarness::queueSuggestion(const domain::dispatch::DispatchSuggestion &suggestion)
{
    return enqueueOrder(domain::dispatch::orderForSuggestion(suggestion, newOrderId(), QDateTime::currentDateTimeUtc()));
}

QString SyncHarness::newOrderId()
{
    return QStringLiteral("ord-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QString SyncHarness::enqueueOrder(const domain::DispatchOrder &order)
{
    if (!m_store.enqueue(domain::OperatorCommand::createOrder(order, domain::OperatorCommand::newKey())).ok())
        return {};
    return order.id;
}

QString SyncHarness::queueCancel(const QString &orderId)
{
    const auto c = domain::OperatorCommand::cancelOrder(orderId, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc());
    return m_store.enqueue(c).ok() ? c.key : QString();
}

QStringList SyncHarness::freeTrucks() const
{
    QStringList ids;
    for (const auto &t : m_store.trucks()) {
        if (t.status != domain::TruckStatus::Maintenance && t.orderId.isEmpty())
            ids << t.id;
    }
    return ids;
}

namespace {

struct Version
{
    qint64 cursor = 0;
    QJsonObject data;
};

/// The cache's rows, read through a connection of our own as another program would.
QHash<QString, Version> cachedRows(const QString &cachePath)
{
    QHash<QString, Version> rows;
    const QString name = QStringLiteral("compare-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(cachePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const QList<QPair<QString, QString>> tables = {{QStringLiteral("asset"), QStringLiteral("assets")},
                                                           {QStringLiteral("truck"), QStringLiteral("trucks")},
                                                           {QStringLiteral("disaster"), QStringLiteral("disasters")},
                                                           {QStringLiteral("center"), QStringLiteral("centers")},
                                                           {QStringLiteral("balance"), QStringLiteral("balance")},
                                                           {QStringLiteral("order"), QStringLiteral("orders")},
                                                           {QStringLiteral("forecast"), QStringLiteral("forecast")},
                                                           {QStringLiteral("dispatch_plan"), QStringLiteral("dispatch_plan")},
                                                           {QStringLiteral("alarm"), QStringLiteral("alarms")}};
            for (const auto &[entity, table] : tables) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT id, cursor, json FROM %1").arg(table));
                while (q.next())
                    rows.insert(entity + u'/' + q.value(0).toString(),
                                {q.value(1).toLongLong(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

QString compareCacheWithServer(const QString &cachePath, HttpTestClient &server, client::Store &store, int waitMs)
{
    QHash<QString, Version> snapshot;
    qint64 since = 0;
    qint64 snapshotCursor = 0;
    for (bool more = true; more;) {
        const HttpReply page = server.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(since));
        if (page.status != 200)
            return QStringLiteral("the server's snapshot failed: %1 %2").arg(page.status).arg(QString::fromUtf8(page.body.left(200)));
        for (const QJsonValue &v : page.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QStringLiteral("entity")).toString() + u'/' + c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("op")).toString() == u"delete")
                snapshot.remove(key);
            else
                snapshot.insert(key, {qint64(c.value(QStringLiteral("cursor")).toDouble()), c.value(QStringLiteral("data")).toObject()});
        }
        more = page.json.value(QStringLiteral("has_more")).toBool();
        since = qint64(page.json.value(QStringLiteral("cursor")).toDouble());
        snapshotCursor = since;
    }
    QDeadlineTimer deadline(waitMs);
    while (store.cursor() < snapshotCursor && !deadline.hasExpired())
        QTest::qWait(50);
    if (store.cursor() < snapshotCursor)
        return QStringLiteral("the cache's cursor %1 never reached the server's %2").arg(store.cursor()).arg(snapshotCursor);

    const QHash<QString, Version> cached = cachedRows(cachePath);
    QStringList problems;
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it) {
        const auto c = cached.constFind(it.key());
        if (c == cached.cend())
            problems << QStringLiteral("%1 (cursor %2) is missing from the cache").arg(it.key()).arg(it->cursor);
        else if (c->cursor < it->cursor)
            problems << QStringLiteral("%1 is stale: cursor %2 cached, %3 on the server").arg(it.key()).arg(c->cursor).arg(it->cursor);
        else if (c->cursor == it->cursor && c->data != it->data)
            problems << QStringLiteral("%1 differs at cursor %2").arg(it.key()).arg(c->cursor);
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (!snapshot.contains(it.key()) && it->cursor <= snapshotCursor)
            problems << QStringLiteral("%1 (cursor %2) is cached but gone from the server").arg(it.key()).arg(it->cursor);
    }
    return problems.mid(0, 10).join(QStringLiteral("; "));
}

QHash<QString, int> serverOrderIds(HttpTestClient &server)
{
    QHash<QString, int> ids;
    const HttpReply reply = server.get(QStringLiteral("/api/v1/orders"));
    for (const QJsonValue &v : reply.json.value(QStringLiteral("items")).toArray())
        ids[v.toObject().value(QStringLiteral("id")).toString()] += 1;
    return ids;
}

} // namespace et::test
