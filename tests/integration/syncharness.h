// SPDX-License-Identifier: MIT
#pragma once

#include "client/store.h"
#include "client/syncengine.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace et::test {

class HttpTestClient;

/// A console's data path without its window, for fault tests: a real Store in a temporary file and
/// a real SyncEngine with short retry delays, so recoveries fit in a test's time.
class SyncHarness
{
public:
    SyncHarness();
    ~SyncHarness();

    bool open(QString *error);
    void start(const QUrl &server);
    void stop();

    client::Store &store() { return m_store; }
    client::SyncEngine &engine() { return *m_engine; }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    bool isOnline() const;

    /// Queues a charge order of `kwh` at `target` for `truckId`; returns its id (empty on failure).
    QString queueOrder(const QString &truckId, const QString &target, double kwh);
    QString queueCancel(const QString &orderId);
    /// Trucks in the cache that can take an order now (not in maintenance, on no order).
    QStringList freeTrucks() const;

private:
    QTemporaryDir m_dir;
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
