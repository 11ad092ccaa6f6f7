// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace et::client {

class RestClient;
class Store;

/// Brings the Store's energy history up to a given minute: it asks `GET /energy/history` for
/// exactly what is missing — from the minute after the newest cached one (or Store::kHistoryDays
/// back, when the cache has none or its newest is older than that) up to `until` — at step 1m,
/// at most 240 points an answer, page after page (`has_more`, each from where the last one
/// stopped), appending each page in one transaction. 240 points (~110 KB) keep what the GUI
/// thread does with one answer — parse, check, append — well inside a frame, where a day's page
/// (650 KB) takes two (bench/client/bench_historyreads); the server skips a stretch with no
/// history, so a young server's week is one answer. A page that does not
/// decode, or that the store refuses, ends the run with that error and writes nothing: what was
/// cached stays, and the next run asks for the same range again. Shared by the SyncEngine (after
/// each catch-up and as live balances arrive) and the CLI's sync.
class HistoryFill : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPointsPerRequest = 240;

    HistoryFill(RestClient *rest, Store *store, QObject *parent = nullptr);

    /// Fetches the minutes before `until` (exclusive: the minute after the newest one the server
    /// is known to have) that the cache lacks; `done` runs once with Ok or the first error.
    /// Starting again while a run is under way replaces it.
    void run(const QDateTime &until, std::function<void(domain::Status)> done);
    /// Forgets the run in flight; its callback will not run.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Minutes appended by the current or last run.
    qsizetype appendedMinutes() const { return m_appended; }

signals:
    /// Each request, [from, to), as it leaves (for diagnostics and tests).
    void requested(const QDateTime &from, const QDateTime &to);

private:
    void fetch(const QDateTime &from);
    void finish(domain::Status status);

    RestClient *m_rest;
    Store *m_store;
    QDateTime m_until;
    quint64 m_generation = 0;
    bool m_running = false;
    qsizetype m_appended = 0;
    std::function<void(domain::Status)> m_done;
};

} // namespace et::client
