// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace et::client {
class OutboxSender;
class RestClient;
class Store;
} // namespace et::client

namespace et::cli {

/// Sends a cache's outbox once, for a command-line run: every queued command in order until the
/// outbox is empty or an attempt gets no verdict (server down, busy); what is left stays queued
/// for the next run. Nothing is retried here — the CLI exits and the next `sync` tries again.
class OutboxFlush : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QSet<QString> accepted;          ///< keys the server confirmed (also replays)
        QHash<QString, QString> refused; ///< key → the server's reason
        int remaining = 0;               ///< still queued
        QString stalledBecause;          ///< why sending stopped early; empty when the outbox emptied
    };

    OutboxFlush(client::Store *store, client::RestClient *rest, QObject *parent = nullptr);
    void run(std::function<void(const Outcome &)> done);

private:
    void finish();

    client::Store *m_store;
    client::OutboxSender *m_sender;
    Outcome m_outcome;
    std::function<void(const Outcome &)> m_done;
};

} // namespace et::cli
