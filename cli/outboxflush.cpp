// SPDX-License-Identifier: MIT
#include "outboxflush.h"

#include "client/outboxsender.h"
#include "client/store.h"

namespace et::cli {

OutboxFlush::OutboxFlush(client::Store *store, client::RestClient *rest, QObject *parent)
    : QObject(parent), m_store(store), m_sender(new client::OutboxSender(store, rest, this))
{
    m_sender->setRetrying(false);
    connect(m_sender, &client::OutboxSender::accepted, this, [this](const domain::OperatorCommand &c, bool) {
        m_outcome.accepted.insert(c.key);
    });
    connect(m_sender, &client::OutboxSender::rejected, this, [this](const domain::OperatorCommand &c, const QString &reason) {
        m_outcome.refused.insert(c.key, reason);
    });
    connect(m_sender, &client::OutboxSender::stalled, this, [this](const QString &reason) {
        m_outcome.stalledBecause = reason;
        finish();
    });
    connect(m_sender, &client::OutboxSender::idle, this, &OutboxFlush::finish);
}

void OutboxFlush::run(std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    m_sender->start();
}

void OutboxFlush::finish()
{
    m_sender->stop();
    m_outcome.remaining = m_store->outboxSize();
    if (auto done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

} // namespace et::cli
