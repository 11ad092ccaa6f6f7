// SPDX-License-Identifier: MIT
#pragma once

#include "consoleoptions.h"
#include "domain/result.h"

#include <QObject>

#include <memory>

namespace et::client {
class Store;
class SyncEngine;
} // namespace et::client

namespace et::models {
class ConsoleController;
}

namespace et::app {

class BundledServer;

/// Everything behind the window for one run: the offline cache, the sync engine and the backend
/// it talks to (bundled child process, remote URL, or none), and the ConsoleController that QML
/// sees. The cache is opened before any network starts, so the UI shows cached data at once.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Opens DIR/cache.sqlite (creating DIR) and builds the models; an Error names the file.
    domain::Status open(const ConsoleOptions &options);
    /// Starts the bundled server or connects to the remote one; nothing in cache-only mode.
    void start();
    /// Stops syncing and ends the bundled server.
    void shutdown();

    models::ConsoleController *controller() const { return m_controller.get(); }

private:
    void connectTo(const QUrl &url);

    ConsoleOptions m_options;
    std::unique_ptr<client::Store> m_store;
    std::unique_ptr<client::SyncEngine> m_engine;
    std::unique_ptr<BundledServer> m_server;
    std::unique_ptr<models::ConsoleController> m_controller;
};

} // namespace et::app
