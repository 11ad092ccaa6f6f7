// SPDX-License-Identifier: MIT
#pragma once
// Jeju's road graph from the shared data (national standard node-link data), read once per test
// program, and the positions of real places the tests route between.

#include "domain/dispatch/roadgraph.h"

#include <QFile>

namespace et::test {

inline QByteArray sharedRoadFile(const char *name)
{
    QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/roads/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The graph, or null with `error` set when the data cannot be read.
inline const domain::dispatch::RoadGraph *jejuRoads(QString *error = nullptr)
{
    static const auto graph = domain::dispatch::RoadGraph::fromCsv(sharedRoadFile("jeju-nodes.csv"), sharedRoadFile("jeju-links.csv"));
    if (!graph.ok() && error)
        *error = graph.error().toString();
    return graph.ok() ? &graph.value() : nullptr;
}

struct Place
{
    const char *name;
    double lat;
    double lon;
};
// Positions as a map shows them (WGS84); Seogwipo City Hall's is 25 m off the data's node for it.
constexpr Place kJejuCityHall{"Jeju City Hall", 33.49962, 126.53119};
constexpr Place kSeogwipoCityHall{"Seogwipo City Hall (1st building)", 33.25370, 126.55915};
constexpr Place kJejuAirport{"Jeju International Airport terminal", 33.51121, 126.49300};
constexpr Place kSeongsanIlchulbong{"Seongsan Ilchulbong car park", 33.46090, 126.93620};
constexpr Place kHallimPort{"Hallim port", 33.41480, 126.26080};

} // namespace et::test
