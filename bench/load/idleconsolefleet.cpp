// SPDX-License-Identifier: MIT
#include "idleconsolefleet.h"

#include "fixedaccesstoken.h"
#include "restclient.h"
#include "store.h"
#include "syncengine.h"

#include <QDir>

#include <limits>

namespace et::bench {

IdleConsoleFleet::IdleConsoleFleet(const QString &storeDir, QObject *parent) : QObject(parent), m_dir(storeDir) {}

IdleConsoleFleet::~IdleConsoleFleet()
{
    stop();
}

bool IdleConsoleFleet::start(int count, const QUrl &server, const QByteArray &accessToken, QString *error)
{
    QDir().mkpath(m_dir);
    // The bench's one sign-in, for every engine. The token outlasts any run (the bench server gives
    // a day), so a renewal means something is wrong: it is refused, and the engine's error shows
    // up in the fleet's counters.
    m_tokens = std::make_unique<test::FixedAccessToken>(QString::fromLatin1(accessToken));
    for (int i = 0; i < count; ++i) {
        Console c;
        c.store = std::make_unique<client::Store>();
        const QString path = m_dir + QStringLiteral("/console-%1.sqlite").arg(i);
        if (auto s = c.store->open(path); !s.ok()) {
            *error = QStringLiteral("store %1: %2").arg(path, s.error().toString());
            return false;
        }
        c.engine = std::make_unique<client::SyncEngine>(c.store.get());
        connect(c.engine->restClient(), &client::RestClient::requestStarted, this, [this](const QString &what) {
            ++m_requests;
            ++m_byWhat[what];
        });
        connect(c.engine.get(), &client::SyncEngine::stateChanged, this, [this](client::ConnectionState state) {
            if (state == client::ConnectionState::Reconnecting)
                ++m_reconnects;
        });
        connect(c.engine.get(), &client::SyncEngine::errorOccurred, this, [this](const QString &message) {
            ++m_errors;
            m_lastError = message;
        });
        c.engine->setAccessTokenSource(m_tokens.get());
        c.engine->setServerUrl(server);
        c.engine->start();
        m_consoles.push_back(std::move(c));
    }
    return true;
}

void IdleConsoleFleet::stop()
{
    for (Console &c : m_consoles)
        c.engine->stop();
    m_consoles.clear(); // engines first within each Console: they write into their store
}

int IdleConsoleFleet::online() const
{
    int n = 0;
    for (const Console &c : m_consoles)
        n += c.engine->state() == client::ConnectionState::Online ? 1 : 0;
    return n;
}

std::pair<qint64, qint64> IdleConsoleFleet::cursorRange() const
{
    std::pair<qint64, qint64> range{std::numeric_limits<qint64>::max(), 0};
    for (const Console &c : m_consoles) {
        range.first = std::min(range.first, c.store->cursor());
        range.second = std::max(range.second, c.store->cursor());
    }
    return m_consoles.empty() ? std::pair<qint64, qint64>{0, 0} : range;
}

quint64 IdleConsoleFleet::requests() const
{
    return m_requests;
}

} // namespace et::bench
