// SPDX-License-Identifier: MIT
#pragma once

#include "client/authsession.h"
#include "client/credentialstore.h"
#include "client/restclient.h"
#include "client/store.h"
#include "client/syncengine.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace et::test {

class HttpTestClient;

/// A console's data path without its window, for fault tests: the operator test account signed in
/// (an AuthSession with its own RestClient, the refresh token in the keychain), a real Store in
/// that user's cache folder (AccountDirectory) of a temporary data folder and a real SyncEngine with
/// short retry delays and the session's tokens, so recoveries fit in a test's time.
class SyncHarness
{
public:
    SyncHarness();
    ~SyncHarness();

    /// Signs the test account of `role` (the operator by default) in at `server` (waits up to
    /// 15 s), then opens their cache.
    bool open(const QUrl &server, QString *error, domain::UserRole role = domain::UserRole::Operator);
    /// Starts syncing with the server given to open().
    void start();
    void stop();

    client::Store &store() { return m_store; }
    client::SyncEngine &engine() { return *m_engine; }
    client::AuthSession &session() { return m_session; }
    QString cachePath() const { return m_cachePath; }
    bool isOnline() const;

    /// Queues a charge order of `kwh` at `target` for `truckId`; returns its id (empty on failure).
    QString queueOrder(const QString &truckId, const QString &target, double kwh);
    QString queueCancel(const QString &orderId);
    /// Queues the order that accepting `suggestion` makes (orderForSuggestion); returns its id.
    QString queueSuggestion(const domain::dispatch::DispatchSuggestion &suggestion);
    /// Trucks in the cache that can take an order now (not in maintenance, on no order).
    QStringList freeTrucks() const;

private:
    static QString newOrderId();
    QString enqueueOrder(const domain::DispatchOrder &order);
    QTemporaryDir m_dir;
    QUrl m_server;
    QString m_cachePath;
    client::CredentialStore m_secrets;
    client::RestClient m_authRest;
    client::AuthSession m_session;
    client::Store m_store;
    std::unique_ptr<client::SyncEngine> m_engine;
};

/// Empty when the cache at `cachePath` holds what the server's log says, else what differs. The
/// server keeps changing while we look, so the check is by cursor: every entity of the server's
/// snapshot must be cached at the same cursor with the same JSON, or at a newer cursor (an update
/// that came later); anything cached that the snapshot lacks must be newer than the snapshot. A
/// lost event, a lost delete or a stale row all show up. Waits (up to `waitMs`) for the cache's
/// cursor to reach the snapshot's first.
QString compareCacheWithServer(const QString &cachePath, HttpTestClient &server, client::Store &store, int waitMs = 20000);

/// Every order id on the server with how many orders carry it (GET /api/v1/orders).
QHash<QString, int> serverOrderIds(HttpTestClient &server);

} // namespace et::test
