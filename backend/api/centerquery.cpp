// SPDX-License-Identifier: MIT
#include "api/centerquery.h"

#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::backend {

using domain::Error;
using domain::Result;

namespace {
Result<std::optional<double>> number(const QUrlQuery &query, const QString &key, double min, double max)
{
    if (!query.hasQueryItem(key))
        return std::optional<double>{};
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error{key, QStringLiteral("\"%1\" is not a number").arg(text)};
    if (v < min || v > max)
        return Error{key, QStringLiteral("%1 is out of range [%2, %3]").arg(text).arg(min).arg(max)};
    return std::optional<double>(v);
}
} // namespace

Result<CenterQuery> CenterQuery::parse(const QUrlQuery &query)
{
    CenterQuery q;
    auto lat = number(query, QStringLiteral("lat"), -90.0, 90.0);
    if (!lat.ok())
        return lat.error();
    auto lon = number(query, QStringLiteral("lon"), -180.0, 180.0);
    if (!lon.ok())
        return lon.error();
    // Half the Earth's circumference covers every point; more is a unit mistake.
    auto radius = number(query, QStringLiteral("radius_km"), 0.0, 20038.0);
    if (!radius.ok())
        return radius.error();
    q.lat = lat.value();
    q.lon = lon.value();
    q.radiusKm = radius.value();
    if (q.lat.has_value() != q.lon.has_value())
        return Error{q.lat ? QStringLiteral("lon") : QStringLiteral("lat"), QStringLiteral("is required with %1").arg(q.lat ? QStringLiteral("lat") : QStringLiteral("lon"))};
    if (q.radiusKm && !q.lat)
        return Error{QStringLiteral("radius_km"), QStringLiteral("needs lat and lon")};
    if (q.radiusKm && *q.radiusKm <= 0.0)
        return Error{QStringLiteral("radius_km"), QStringLiteral("must be greater than 0")};
    q.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    q.category = query.queryItemValue(QStringLiteral("category"), QUrl::FullyDecoded).trimmed();
    return q;
}

QList<domain::Center> CenterQuery::apply(const QList<domain::Center> &centers) const
{
    QList<domain::Center> out;
    for (domain::Center c : centers) {
        if (!category.isEmpty() && c.category != category)
            continue;
        if (!text.isEmpty() && !c.name.contains(text, Qt::CaseInsensitive) && !c.roadAddress.contains(text, Qt::CaseInsensitive)
            && !c.lotAddress.contains(text, Qt::CaseInsensitive) && !c.services.contains(text, Qt::CaseInsensitive))
            continue;
        if (lat) {
            const double d = domain::geo::Geodesy::distanceKm(*lat, *lon, c.lat, c.lon);
            if (radiusKm && d > *radiusKm)
                continue;
            c.distanceKm = std::round(d * 1000.0) / 1000.0;
        }
        out << c;
    }
    if (lat) {
        std::stable_sort(out.begin(), out.end(), [](const domain::Center &a, const domain::Center &b) {
            return *a.distanceKm < *b.distanceKm;
        });
    }
    return out;
}

} // namespace et::backend
