// SPDX-License-Identifier: MIT
#include "routequery.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace et::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::RouteQuery", text);
}

domain::Result<std::pair<double, double>> position(const QString &option, const QString &text)
{
    const QStringList parts = text.split(u',');
    bool latOk = false, lonOk = false;
    const double lat = parts.value(0).trimmed().toDouble(&latOk);
    const double lon = parts.value(1).trimmed().toDouble(&lonOk);
    if (parts.size() != 2 || !latOk || !lonOk || !std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90.0 || std::abs(lon) > 180.0)
        return domain::Error{option, tr("\"%1\" is not a position LAT,LON in degrees (e.g. 33.4996,126.5312)").arg(text)};
    return std::pair{lat, lon};
}
} // namespace

domain::Result<RouteQuery> RouteQuery::parse(const QString &from, const QString &to, const QString &depart, const QString &speedCap)
{
    if (from.isEmpty() || to.isEmpty())
        return domain::Error{QStringLiteral("route"), tr("needs --from LAT,LON and --to LAT,LON")};
    RouteQuery q;
    const auto a = position(QStringLiteral("--from"), from);
    if (!a.ok())
        return a.error();
    const auto b = position(QStringLiteral("--to"), to);
    if (!b.ok())
        return b.error();
    std::tie(q.fromLat, q.fromLon) = a.value();
    std::tie(q.toLat, q.toLon) = b.value();
    q.depart = QDateTime::currentDateTime();
    if (!depart.isEmpty()) {
        q.depart = QDateTime::fromString(depart, Qt::ISODateWithMs);
        if (!q.depart.isValid() || q.depart.timeSpec() == Qt::LocalTime)
            return domain::Error{QStringLiteral("--depart"), tr("\"%1\" is not an ISO 8601 time with an offset (…+09:00 or …Z)").arg(depart)};
    }
    if (!speedCap.isEmpty()) {
        bool ok = false;
        q.speedCapKmh = speedCap.toDouble(&ok);
        if (!ok || !std::isfinite(q.speedCapKmh) || q.speedCapKmh < 5.0 || q.speedCapKmh > 130.0)
            return domain::Error{QStringLiteral("--speed-cap"), tr("\"%1\" is not a speed in [5, 130] km/h").arg(speedCap)};
    }
    return q;
}

} // namespace et::cli
