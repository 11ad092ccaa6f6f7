// SPDX-License-Identifier: MIT
#include "connectionstatus.h"

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
        });
        connect(engine, &client::SyncEngine::errorOccurred, this, &ConnectionStatus::setErrorText);
    }
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
    case client::ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    case client::ConnectionState::Offline:
        break;
    }
    return cacheOnly() ? tr("Offline (cached data)") : tr("Offline");
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
    if (age == m_ageSeconds)
        return;
    m_ageSeconds = age;
    emit ageChanged();
}

} // namespace et::models
