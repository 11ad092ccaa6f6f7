// SPDX-License-Identifier: MIT
#pragma once

#include "apiserver.h"
#include "domain/center.h"
#include "domain/change.h"

#include <QObject>

namespace et::backend {

class Simulation;
class Store;

/// The REST endpoints under /api/v1 (see docs/api.md): reads come straight from the store as the
/// domain codecs wrote it; the one write, disaster registration, is decoded with
/// Disaster::fromRegistrationJson and goes through the store's change log like every change.
class RestApi
{
public:
    static const QString kWebSocketPath;

    RestApi(Store &store, Simulation &simulation);
    /// Disasters the server keeps. Registration is the only way a client grows a list, so it is
    /// bounded: past this, POST /disasters answers 409 `limit_reached`.
    void setMaxDisasters(int count) { m_maxDisasters = count; }

    /// Registers every endpoint on `server` (and marks the WebSocket path).
    void registerRoutes(ApiServer &server);

private:
    ApiResponse health() const;
    ApiResponse listOf(domain::EntityKind kind) const;
    ApiResponse asset(const QString &id) const;
    ApiResponse balance() const;
    ApiResponse registerDisaster(const ApiRequest &request);
    ApiResponse centers(const ApiRequest &request);
    ApiResponse changes(const ApiRequest &request) const;

    Store &m_store;
    Simulation &m_simulation;
    int m_maxDisasters = 1000;
    std::optional<QList<domain::Center>> m_centers; ///< read once: centers change only by reseeding
};

} // namespace et::backend
