// SPDX-License-Identifier: MIT
#include "jejudata/bundledislandmap.h"

#include "domain/geo/geojsonreader.h"

#include <QFile>

namespace et::jejudata {

namespace {
QByteArray bundled(const QString &name)
{
    QFile file(QStringLiteral(":/et/jejudata/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

const domain::Result<QList<domain::geo::GeoRegion>> &BundledIslandMap::regions()
{
    static const domain::Result<QList<domain::geo::GeoRegion>> regions = [] {
        auto r = domain::geo::GeoJsonReader::read(bundled(QStringLiteral("jeju-emd-2018.geojson")));
        return r.ok() ? r : domain::Result<QList<domain::geo::GeoRegion>>(r.error().prefixed(QStringLiteral("jeju-emd-2018.geojson")));
    }();
    return regions;
}

const domain::Result<QList<domain::hazard::CriticalFacility>> &BundledIslandMap::criticalFacilities()
{
    static const domain::Result<QList<domain::hazard::CriticalFacility>> facilities = []() -> domain::Result<QList<domain::hazard::CriticalFacility>> {
        if (!regions().ok())
            return regions().error();
        auto f = domain::hazard::CriticalFacilities::fromJson(bundled(QStringLiteral("jeju-critical-facilities.json")), regions().value());
        return f.ok() ? f : domain::Result<QList<domain::hazard::CriticalFacility>>(f.error().prefixed(QStringLiteral("jeju-critical-facilities.json")));
    }();
    return facilities;
}

} // namespace et::jejudata
