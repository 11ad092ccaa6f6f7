// SPDX-License-Identifier: MIT
#include "connectionstatus.h"

#include "jejutime.h"
#include "client/outboxsender.h"
#include "client/store.h"
#include "client/syncengine.h"

namespace et::models {

ConnectionStatus::ConnectionStatus(client::Store *store, client::SyncEngine *engine, QObject *parent)
    : QObject(parent), m_store(store), m_engine(engine)
{
    if (engine) {
        m_state = engine->state();
        connect(engine, &client::SyncEngine::stateChanged, this, [this](client::ConnectionState s) {
            if (s == m_state)
                return;
            m_state = s;
            if (s == client::ConnectionState::Online)
                setErrorText({});
            emit stateChanged();
            emit serverUrlChanged();
            refreshAge();
            emit ageChanged(); // panelAgeText says "Live" while online, whatever the age
            emit outboxChanged(); // outboxText depends on the state too
        });
        connect(engine, &client::SyncEngine::errorOccurred, this, &ConnectionStatus::setErrorText);
        connect(engine->outboxSender(), &client::OutboxSender::stateChanged, this, &ConnectionStatus::refreshOutbox);
    }
    connect(store, &client::Store::outboxChanged, this, &ConnectionStatus::refreshOutbox);
    refreshOutbox();
    // The store's sync time only moves when something is written, so reading it on change is
    // enough; the timer then only does arithmetic, never disk reads.
    connect(store, &client::Store::changed, this, [this] {
        m_lastSyncedAt = m_store->lastSyncedAt();
        refreshAge();
    });
    if (store->isOpen())
        m_lastSyncedAt = store->lastSyncedAt();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionStatus::refreshAge);
    m_tick.start();
    refreshAge();
}

QString ConnectionStatus::stateText() const
{
    switch (m_state) {
    case client::ConnectionState::Online:
        return tr("Online");
    case client::ConnectionState::Connecting:
        return tr("Connecting…");
    case client::ConnectionState::Reconnecting: {
        const int wait = retryInSeconds();
        return wait > 0 ? tr("Reconnecting in %1 s").arg(wait) : tr("Reconnecting…");
    }
    case client::ConnectionState::Offline:
        break;
    }
    return cacheOnly() ? tr("Offline (cached data)") : tr("Offline");
}

int ConnectionStatus::retryInSeconds() const
{
    if (!m_engine || m_state != client::ConnectionState::Reconnecting || !m_engine->nextRetryAt().isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_engine->nextRetryAt());
    return int(std::max<qint64>(0, (ms + 999) / 1000));
}

QString ConnectionStatus::offlineSinceText() const
{
    // Since the last contact with the server — also when this run never reached it (a field
    // laptop started without network is offline since its last sync, not since it was switched on).
    if (!m_engine || m_state == client::ConnectionState::Online || m_state == client::ConnectionState::Connecting)
        return {};
    QDateTime since = m_engine->disconnectedSince();
    if (m_newestData.isValid() && (!since.isValid() || m_newestData < since))
        since = m_newestData;
    if (!since.isValid())
        return {};
    return tr("offline since %1 KST").arg(JejuTime::format(since, QStringLiteral("HH:mm")));
}

QString ConnectionStatus::panelAgeText() const
{
    if (m_state == client::ConnectionState::Online)
        return tr("Live");
    if (!m_newestData.isValid())
        return tr("No data yet");
    return tr("As of %1 KST · %2 old").arg(JejuTime::format(m_newestData, QStringLiteral("HH:mm")), ageText(m_ageSeconds));
}

QString ConnectionStatus::outboxText() const
{
    if (m_pendingCommands == 0)
        return {};
    const QString waiting = tr("%n command(s) waiting to be sent", nullptr, m_pendingCommands);
    // While the connection is down its error already says why; online, a failed try is news.
    if (m_state != client::ConnectionState::Online || m_outboxError.isEmpty())
        return waiting;
    return tr("%1 · last try: %2").arg(waiting, m_outboxError);
}

void ConnectionStatus::refreshOutbox()
{
    const int pending = m_store->isOpen() ? m_store->outboxSize() : 0;
    const QString error = m_engine ? m_engine->outboxSender()->lastError() : QString();
    if (pending == m_pendingCommands && error == m_outboxError)
        return;
    m_pendingCommands = pending;
    m_outboxError = error;
    emit outboxChanged();
}

QString ConnectionStatus::serverUrl() const
{
    return m_engine ? m_engine->serverUrl().toString() : QString();
}

QString ConnectionStatus::dataAgeText() const
{
    if (m_ageSeconds < 0)
        return tr("no data yet");
    return ageText(m_ageSeconds);
}

void ConnectionStatus::setWaitingText(const QString &text)
{
    if (text == m_waitingText)
        return;
    m_waitingText = text;
    emit waitingTextChanged();
}

void ConnectionStatus::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

QString ConnectionStatus::ageText(qint64 seconds)
{
    if (seconds < 0)
        return tr("no data yet");
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 days").arg(seconds / 86400);
}

void ConnectionStatus::refreshAge()
{
    // The newest sign of life: a live event (which may carry no change, e.g. a subscription
    // answer) or the last write of synced data into the cache.
    QDateTime newest = m_lastSyncedAt;
    if (m_engine && m_engine->lastEventAt().isValid() && (!newest.isValid() || m_engine->lastEventAt() > newest))
        newest = m_engine->lastEventAt();
    const int age = newest.isValid() ? int(std::max<qint64>(0, newest.secsTo(QDateTime::currentDateTimeUtc()))) : -1;
    m_newestData = newest;
    // While reconnecting the countdown changes every second even when the age does not.
    if (age == m_ageSeconds && m_state != client::ConnectionState::Reconnecting)
        return;
    m_ageSeconds = age;
    emit ageChanged();
}

} // namespace et::models
