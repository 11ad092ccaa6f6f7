// SPDX-License-Identifier: MIT
#include "jejudata/bundledroads.h"

#include <QFile>

namespace et::jejudata {

namespace {
QByteArray bundled(const QString &name)
{
    QFile file(QStringLiteral(":/et/jejudata/roads/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

const domain::Result<domain::dispatch::RoadGraph> &BundledRoads::graph()
{
    // A function-local static: built once, thread-safe (C++11 magic statics).
    static const domain::Result<domain::dispatch::RoadGraph> graph =
        domain::dispatch::RoadGraph::fromCsv(bundled(QStringLiteral("jeju-nodes.csv")), bundled(QStringLiteral("jeju-links.csv")));
    return graph;
}

} // namespace et::jejudata
