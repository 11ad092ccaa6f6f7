// SPDX-License-Identifier: MIT
#pragma once

#include "consoleoptions.h"
#include "domain/result.h"

#include <QObject>

#include <memory>

namespace et::client {
class AccessTokenSource;
class RestClient;
class Store;
class SyncEngine;
class TlsConfig;
} // namespace et::client

namespace et::models {
class ConsoleController;
}

namespace et::app {

/// Everything behind the console window for one signed-in user: that user's offline cache, the
/// sync engine and the ConsoleController that QML sees. The cache is opened before any network
/// starts, so the UI shows cached data at once; connectTo() starts syncing once there is a login.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    /// The sync engine shares `signIn`'s network manager and Retry-After gate (not owned; may be
    /// null): the server sees one polite client per console, however many ask.
    explicit ConsoleSession(const client::RestClient *signIn, QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Opens `cachePath` (creating its folder) and builds the models; an Error names the file.
    domain::Status open(const ConsoleOptions &options, const QString &cachePath);
    /// Syncs with the server at `url`, sending the tokens of `tokens` (not owned). Not in
    /// cache-only mode.
    void connectTo(const QUrl &url, client::AccessTokenSource *tokens, const client::TlsConfig &tls);
    /// Stops syncing.
    void shutdown();

    models::ConsoleController *controller() const { return m_controller.get(); }

private:
    ConsoleOptions m_options;
    const client::RestClient *m_signIn;
    std::unique_ptr<client::Store> m_store;
    std::unique_ptr<client::SyncEngine> m_engine;
    std::unique_ptr<models::ConsoleController> m_controller;
};

} // namespace et::app
