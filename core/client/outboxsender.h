// SPDX-License-Identifier: MIT
#pragma once

#include "backoff.h"
#include "domain/operatorcommand.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace et::client {

class RestClient;
class Store;

/// Delivers the outbox: sends the oldest queued command, waits for the server's answer, then the
/// next — one at a time, in the order the operator gave them, because a cancellation must not
/// overtake the order it cancels. Each command carries its idempotency key, so sending it again
/// after a lost answer or a restart is harmless: the server applies it once and replays its answer.
///
/// An answer is one of three things:
/// - accepted (2xx): the command leaves the outbox and the server's entity is cached (Store::acknowledge);
/// - refused with the server's own error code (conflict, not_found, validation_failed, …): it is
///   rolled back and kept for the operator with the reason (Store::reject);
/// - no verdict (no answer, a timeout, 429, 5xx, or a 4xx without our server's error body — a proxy
///   speaking, not the server): it stays queued and is tried again after a backoff with jitter,
///   never sooner than a Retry-After asked.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(Store *store, RestClient *rest, QObject *parent = nullptr);

    /// Sends whenever commands are queued, until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Tries now, forgetting the backoff (e.g. the connection just came back).
    void flush();
    /// Whether a failed attempt schedules the next one (the console) or only reports stalled()
    /// (the CLI, which exits and leaves the rest for its next run). Default true.
    void setRetrying(bool retrying) { m_retrying = retrying; }
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);

    bool isSending() const { return m_inFlight.has_value(); }
    /// When the next attempt is due after a failure; invalid when none is scheduled.
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    QString lastError() const { return m_lastError; }

    /// True when an error from the server is a verdict on the command itself (a refusal), false
    /// when it says nothing about the command (try again).
    static bool isRefusal(const domain::Error &error);

signals:
    void accepted(const et::domain::OperatorCommand &command, bool replayed);
    void rejected(const et::domain::OperatorCommand &command, const QString &reason);
    /// An attempt failed without a verdict; the command stays queued.
    void stalled(const QString &reason);
    /// The outbox is empty.
    void idle();
    void stateChanged();

private:
    void schedule();
    void sendNext();
    void onAnswer(const domain::OperatorCommand &command, const domain::Result<struct RestResponse> &answer);
    void retryLater(const QString &reason);

    Store *m_store;
    RestClient *m_rest;
    bool m_running = false;
    bool m_retrying = true;
    std::optional<domain::OperatorCommand> m_inFlight;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_kick; ///< coalesces outbox changes into one attempt from the event loop
    QDateTime m_nextAttemptAt;
    QString m_lastError;
    quint64 m_generation = 0; ///< answers from before a stop() are ignored
};

} // namespace et::client
