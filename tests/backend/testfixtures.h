// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"
#include "domain/dispatchorder.h"
#include "domain/truck.h"

#include <QSet>

#include <optional>

namespace et::test {

class HttpTestClient;
struct HttpReply;

/// A valid disaster for registration tests; `startedAt` defaults to a fixed instant.
domain::Disaster makeDisaster(domain::DisasterType type, int severity, double lat, double lon, double radiusKm,
                              const QDateTime &startedAt = QDateTime(QDate(2025, 8, 20), QTime(6, 0), Qt::UTC));

/// Great-circle distance on the mean Earth radius, computed here independently of the server.
double haversineKm(double lat1, double lon1, double lat2, double lon2);

/// A valid order request (created_at a fixed instant).
domain::DispatchOrder makeOrder(const QString &id, const QString &truckId, domain::OrderKind kind, const QString &targetAssetId,
                                double kwh);

/// A truck free for an order and a target for it, chosen from a running server's lists.
struct OrderTarget
{
    domain::Truck truck;
    QString assetId;
    double distanceKm = 0.0;
};

/// The idle truck (not in maintenance, no order, not in `exclude`) closest to an asset that
/// suits `kind` (wind or solar for charge, a substation for deliver) and has room for `kwh`
/// (charge: up to 95 %; deliver: down to 20 %), with that asset. Nothing when none fits.
std::optional<OrderTarget> pickOrderTarget(HttpTestClient &http, domain::OrderKind kind, double kwh,
                                           const QSet<QString> &exclude = {});

/// The header of an operator command.
QHash<QByteArray, QByteArray> idempotencyKey(const QByteArray &key);

/// `o` as compact JSON text, the way a console sends a body.
QByteArray compactJson(const QJsonObject &o);

/// One sample of the server's /metrics (e.g. "et_orders_open"), or -1 when it is missing.
double scrapeMetric(HttpTestClient &http, const QByteArray &name);

/// The server's current simulated time (from /health).
QDateTime serverSimTime(HttpTestClient &http);

/// The `error.code` of an answer ("" when it is not an error).
QString errorCode(const HttpReply &reply);

/// POST /api/v1/auth/login with these credentials (no bearer of the client is needed).
HttpReply login(HttpTestClient &http, const QString &email, const QString &password);
/// POST /api/v1/auth/<what> (refresh or logout) with `{"refresh_token":token}`.
HttpReply sendRefreshToken(HttpTestClient &http, const QString &what, const QString &token);

} // namespace et::test
