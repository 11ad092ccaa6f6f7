// SPDX-License-Identifier: MIT
#include "jejudata/bundledhazards.h"

#include "domain/hazard/jmabesttrack.h"

#include <QFile>

namespace et::jejudata {

const domain::Result<QList<domain::hazard::TyphoonTrack>> &BundledHazards::jmaTracks()
{
    static const domain::Result<QList<domain::hazard::TyphoonTrack>> tracks = []() -> domain::Result<QList<domain::hazard::TyphoonTrack>> {
        QFile file(QStringLiteral(":/et/jejudata/hazards/jma-besttrack-jeju-2015-2021.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return domain::Error{QStringLiteral("jma-besttrack-jeju-2015-2021.txt"), QStringLiteral("is not in the binary")};
        auto parsed = domain::hazard::JmaBestTrack::parse(file.readAll());
        if (!parsed.ok())
            return parsed.error().prefixed(QStringLiteral("jma-besttrack-jeju-2015-2021.txt"));
        return parsed;
    }();
    return tracks;
}

} // namespace et::jejudata
