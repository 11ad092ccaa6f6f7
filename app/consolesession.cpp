// SPDX-License-Identifier: MIT
#include "consolesession.h"

#include "applogging.h"
#include "bundledserver.h"
#include "client/store.h"
#include "client/storerecovery.h"
#include "client/syncengine.h"
#include "connectionstatus.h"
#include "consolecontroller.h"

#include <QDir>

namespace et::app {

ConsoleSession::ConsoleSession(QObject *parent) : QObject(parent) {}

ConsoleSession::~ConsoleSession()
{
    shutdown();
    // The controller's models hold pointers to the store and engine: it goes first.
    m_controller.reset();
}

domain::Status ConsoleSession::open(const ConsoleOptions &options)
{
    m_options = options;
    QDir dir(options.dataDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return domain::Error{options.dataDir, tr("cannot create the data folder")};
    m_store = std::make_unique<client::Store>();
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    // A damaged cache is moved aside and rebuilt from the server: the console starts either way.
    const auto opened = client::StoreRecovery::open(*m_store, cachePath);
    if (!opened.ok()) {
        // The store's message usually names the file already; say which file only when it does not.
        const domain::Error &e = opened.error();
        return e.toString().contains(cachePath) ? e : e.prefixed(cachePath);
    }
    if (options.source != ConsoleOptions::Source::CacheOnly)
        m_engine = std::make_unique<client::SyncEngine>(m_store.get());
    m_controller = std::make_unique<models::ConsoleController>(m_store.get(), m_engine.get());
    m_controller->setCurrentView(options.view);
    m_controller->setDarkTheme(options.darkTheme);
    m_controller->selectWhenAvailable(options.selectId);
    if (opened.value().happened())
        m_controller->setNotice(opened.value().message());
    qCInfo(lcApp).noquote() << "cache" << cachePath << "at cursor" << m_store->cursor();
    return domain::Ok{};
}

void ConsoleSession::start()
{
    switch (m_options.source) {
    case ConsoleOptions::Source::CacheOnly:
        return;
    case ConsoleOptions::Source::RemoteServer:
        connectTo(m_options.serverUrl);
        return;
    case ConsoleOptions::Source::BundledServer:
        break;
    }
    m_server = std::make_unique<BundledServer>();
    connect(m_server.get(), &BundledServer::ready, this, &ConsoleSession::connectTo);
    connect(m_server.get(), &BundledServer::failed, m_controller->status(), &models::ConnectionStatus::setErrorText);
    // 60 simulated seconds per real second, so an operator sees the day move during a demo.
    m_server->start(BundledServer::defaultProgram(), QDir(m_options.dataDir).filePath(QStringLiteral("server.sqlite")),
                    {QStringLiteral("--speed"), QStringLiteral("60")});
}

void ConsoleSession::shutdown()
{
    if (m_engine)
        m_engine->stop();
    if (m_server)
        m_server->stop();
}

void ConsoleSession::connectTo(const QUrl &url)
{
    m_engine->setServerUrl(url);
    m_engine->start();
}

} // namespace et::app
