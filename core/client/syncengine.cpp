// SPDX-License-Identifier: MIT
#include "syncengine.h"

namespace et::client {

SyncEngine::SyncEngine(Store *store, QObject *parent)
    : QObject(parent), m_store(store), m_rest(nullptr), m_stream(nullptr)
{
}
SyncEngine::~SyncEngine() = default;
void SyncEngine::setServerUrl(const QUrl &url) { m_serverUrl = url; }
QUrl SyncEngine::serverUrl() const { return m_serverUrl; }
void SyncEngine::start() {}
void SyncEngine::stop() {}
ConnectionState SyncEngine::state() const { return m_state; }
QDateTime SyncEngine::lastEventAt() const { return m_lastEventAt; }
QString SyncEngine::lastError() const { return m_lastError; }

} // namespace et::client
