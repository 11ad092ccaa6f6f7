// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace et::client {

class RestClient;
class Store;

/// Brings a Store up to the server's change log: GET sync/changes?since=<store cursor>, page
/// after page until has_more is false, each page applied in one transaction. since=0 yields a full
/// snapshot. When the server cannot answer from our cursor (410: too old for its deletes, or newer
/// than its log after a reset) it takes a fresh snapshot instead, whose first page replaces every
/// cached entity in the same transaction — the outbox stays. Shared by the SyncEngine (before and
/// during live events) and the CLI's one-shot sync.
class CatchUp : public QObject
{
    Q_OBJECT
public:
    CatchUp(RestClient *rest, Store *store, QObject *parent = nullptr);

    void setPageSize(int changes); ///< 0 = the server's default
    /// Starts (or restarts) catching up; `done` runs once with Ok or the first error.
    void start(std::function<void(domain::Status)> done);
    /// Forgets the run in flight; its callback will not run.
    void cancel();
    bool isRunning() const;
    /// Changes applied by the current or last run.
    qsizetype appliedChanges() const;
    /// How many fresh snapshots were taken because the server could not answer from the cursor.
    int snapshotsTaken() const { return m_snapshots; }

private:
    void fetchPage();
    bool restartWithSnapshot(const QString &why);
    void finish(domain::Status status);

    RestClient *m_rest;
    Store *m_store;
    int m_pageSize = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    qsizetype m_applied = 0;
    bool m_snapshotTaken = false; ///< this run already fell back to a snapshot
    bool m_replaceNext = false;   ///< the next page is a snapshot's first: it replaces the cache
    int m_snapshots = 0;
    std::function<void(domain::Status)> m_done;
};

} // namespace et::client
