// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiserver.h"
#include "domain/center.h"
#include "domain/change.h"

#include <QObject>

namespace et::backend {

class Simulation;
class Store;

/// The reading REST endpoints under /api/v1 (see docs/api.md): answers come straight from the
/// store as the domain codecs wrote it. Also `/ready` and the change log's `410 Gone` rules.
/// The commands live in OrdersApi and DisastersApi.
class RestApi
{
public:
    static const QString kWebSocketPath;

    RestApi(Store &store, Simulation &simulation);
    ~RestApi();
    RestApi(const RestApi &) = delete;
    RestApi &operator=(const RestApi &) = delete;

    /// Registers every endpoint on `server` (and marks the WebSocket path).
    void registerRoutes(ApiServer &server);

private:
    ApiResponse health() const;
    ApiResponse ready() const;
    ApiResponse listOf(domain::EntityKind kind) const;
    ApiResponse asset(const QString &id) const;
    ApiResponse balance() const;
    ApiResponse forecast() const;
    /// A single entity (id "current": the forecast, the dispatch plan) with the cursor, or 404 `none`.
    ApiResponse single(domain::EntityKind kind, const QString &none) const;
    ApiResponse centers(const ApiRequest &request);
    ApiResponse changes(const ApiRequest &request) const;

    Store &m_store;
    Simulation &m_simulation;
    std::optional<QList<domain::Center>> m_centers; ///< read once, again after an import changed them
    QMetaObject::Connection m_centersChanged;
};

} // namespace et::backend
