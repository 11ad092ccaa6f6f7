// SPDX-License-Identifier: MIT
#include "testfixtures.h"

#include "domain/asset.h"
#include "httptestclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <numbers>

namespace et::test {

double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    const double r = std::numbers::pi / 180.0;
    const double a = std::pow(std::sin((lat2 - lat1) * r / 2), 2)
                     + std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371.0088 * std::asin(std::sqrt(a));
}

domain::Disaster makeDisaster(domain::DisasterType type, int severity, double lat, double lon, double radiusKm,
                              const QDateTime &startedAt)
{
    domain::Disaster d;
    d.type = type;
    d.severity = severity;
    d.lat = lat;
    d.lon = lon;
    d.radiusKm = radiusKm;
    d.startedAt = startedAt;
    return d;
}

domain::DispatchOrder makeOrder(const QString &id, const QString &truckId, domain::OrderKind kind, const QString &targetAssetId,
                                double kwh)
{
    domain::DispatchOrder o;
    o.id = id;
    o.truckId = truckId;
    o.kind = kind;
    o.targetAssetId = targetAssetId;
    o.kwh = kwh;
    o.createdAt = QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC);
    o.updatedAt = o.createdAt;
    return o;
}

std::optional<OrderTarget> pickOrderTarget(HttpTestClient &http, domain::OrderKind kind, double kwh, const QSet<QString> &exclude)
{
    std::optional<OrderTarget> best;
    const QJsonArray assets = http.get(QStringLiteral("/api/v1/assets")).json.value(QStringLiteral("items")).toArray();
    const QJsonArray trucks = http.get(QStringLiteral("/api/v1/trucks")).json.value(QStringLiteral("items")).toArray();
    for (const auto &tv : trucks) {
        const auto t = domain::Truck::fromJson(tv);
        if (!t.ok() || t.value().status == domain::TruckStatus::Maintenance || !t.value().orderId.isEmpty()
            || exclude.contains(t.value().id))
            continue;
        const double room = kind == domain::OrderKind::Charge ? (0.95 - t.value().soc) * t.value().capacityKwh
                                                              : (t.value().soc - 0.2) * t.value().capacityKwh;
        if (room < kwh + 30.0) // what driving there costs, with margin
            continue;
        for (const auto &av : assets) {
            const auto a = domain::Asset::fromJson(av);
            if (!a.ok() || a.value().status == domain::AssetStatus::Offline)
                continue;
            const bool chargeSite = a.value().kind == domain::AssetKind::Wind || a.value().kind == domain::AssetKind::Solar;
            if (kind == domain::OrderKind::Charge ? !chargeSite : a.value().kind != domain::AssetKind::Substation)
                continue;
            const double km = haversineKm(t.value().lat, t.value().lon, a.value().lat, a.value().lon);
            if (!best || km < best->distanceKm)
                best = OrderTarget{t.value(), a.value().id, km};
        }
    }
    return best;
}

QHash<QByteArray, QByteArray> idempotencyKey(const QByteArray &key)
{
    return {{"Idempotency-Key", key}};
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

double scrapeMetric(HttpTestClient &http, const QByteArray &name)
{
    for (const QByteArray &line : http.get(QStringLiteral("/metrics")).body.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1.0;
}

QDateTime serverSimTime(HttpTestClient &http)
{
    return QDateTime::fromString(http.get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("sim_time")).toString(), Qt::ISODateWithMs);
}

QString errorCode(const HttpReply &reply)
{
    return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

HttpReply login(HttpTestClient &http, const QString &email, const QString &password)
{
    return http.post(QStringLiteral("/api/v1/auth/login"),
                     compactJson({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
}

HttpReply sendRefreshToken(HttpTestClient &http, const QString &what, const QString &token)
{
    return http.post(QStringLiteral("/api/v1/auth/") + what, compactJson({{QStringLiteral("refresh_token"), token}}));
}

} // namespace et::test
