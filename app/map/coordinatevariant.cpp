// SPDX-License-Identifier: MIT
#include "coordinatevariant.h"

#include "domain/geo/webmercator.h"

#include <QSequentialIterable>
#include <QVariantMap>

namespace et::map {

QGeoCoordinate CoordinateVariant::toCoordinate(const QVariant &value)
{
    double lat = qQNaN(), lon = qQNaN();
    if (value.metaType() == QMetaType::fromType<QGeoCoordinate>()) {
        const auto c = value.value<QGeoCoordinate>();
        lat = c.latitude();
        lon = c.longitude();
    } else if (value.canConvert<QVariantMap>()) {
        const QVariantMap m = value.toMap();
        bool latOk = false, lonOk = false;
        lat = m.value(QStringLiteral("latitude")).toDouble(&latOk);
        lon = m.value(QStringLiteral("longitude")).toDouble(&lonOk);
        if (!latOk || !lonOk)
            return {};
    }
    if (!domain::geo::WebMercator::isValidCoordinate(lat, lon))
        return {};
    return QGeoCoordinate(lat, lon);
}

QList<QGeoCoordinate> CoordinateVariant::toCoordinates(const QVariant &list)
{
    QList<QGeoCoordinate> out;
    if (!list.canConvert<QVariantList>())
        return out;
    const QSequentialIterable items = list.value<QSequentialIterable>();
    for (const QVariant &item : items)
        out << toCoordinate(item);
    return out;
}

} // namespace et::map
