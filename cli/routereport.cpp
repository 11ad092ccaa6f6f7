// SPDX-License-Identifier: MIT
#include "routereport.h"

#include "domain/dispatch/congestionprofile.h"
#include "domain/dispatch/roadtravel.h"
#include "jejudata/bundledroads.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace et::cli {

using domain::dispatch::RoadGraph;
using domain::dispatch::RoadTravel;
using domain::dispatch::TravelEstimate;
using domain::dispatch::Waypoint;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::RouteReport", text);
}

QJsonObject endJson(const RoadGraph &graph, const Waypoint &w)
{
    QJsonObject o{{QStringLiteral("lat"), w.lat}, {QStringLiteral("lon"), w.lon}};
    if (w.onRoads()) {
        o[QStringLiteral("node_id")] = QString::number(graph.node(w.snap.node).id);
        o[QStringLiteral("node_name")] = graph.node(w.snap.node).name;
        o[QStringLiteral("snap_m")] = w.snap.metres;
    }
    return o;
}

QString endText(const RoadGraph &graph, const Waypoint &w)
{
    const QString at = QStringLiteral("%1, %2").arg(w.lat, 0, 'f', 5).arg(w.lon, 0, 'f', 5);
    if (!w.onRoads())
        return tr("%1 (no road within %2 m)").arg(at).arg(RoadTravel::kMaxSnapMetres, 0, 'f', 0);
    const auto &n = graph.node(w.snap.node);
    return tr("%1, joins the roads at node %2 %3, %4 m away").arg(at).arg(n.id).arg(n.name).arg(w.snap.metres, 0, 'f', 0);
}

QString minutes(double seconds)
{
    return tr("%1 min").arg(seconds / 60.0, 0, 'f', 1);
}
} // namespace

int RouteReport::print(const RouteQuery &q, bool json, QTextStream &out, QTextStream &err)
{
    const auto &graph = jejudata::BundledRoads::graph();
    if (!graph.ok()) {
        err << tr("cannot read the road graph: %1").arg(graph.error().toString()) << '\n';
        return 1;
    }
    RoadTravel travel(graph.value());
    const double congestion = domain::dispatch::CongestionProfile::factorAt(q.depart);
    travel.setConditions({q.speedCapKmh, congestion});
    const Waypoint from = travel.waypoint(q.fromLat, q.fromLon);
    const Waypoint to = travel.waypoint(q.toLat, q.toLon);
    const auto drive = travel.between(q.fromLat, q.fromLon, q.toLat, q.toLon);
    if (!drive.ok()) { // the query was checked; kept for a graph that cannot place a position
        err << tr("cannot plan the drive: %1").arg(drive.error().toString()) << '\n';
        return 1;
    }
    const TravelEstimate &e = drive.value();
    const bool roads = e.basis == TravelEstimate::Basis::Roads;
    if (json) {
        QJsonArray nodes;
        for (const int n : e.nodes) {
            const auto &node = graph.value().node(n);
            nodes.append(QJsonObject{{QStringLiteral("id"), QString::number(node.id)}, {QStringLiteral("name"), node.name},
                                     {QStringLiteral("lat"), node.lat}, {QStringLiteral("lon"), node.lon}});
        }
        const QJsonObject o{{QStringLiteral("basis"), roads ? QStringLiteral("roads") : QStringLiteral("straight_line")},
                            {QStringLiteral("distance_m"), e.metres},
                            {QStringLiteral("time_s"), e.seconds},
                            {QStringLiteral("p10_s"), e.p10Seconds},
                            {QStringLiteral("p90_s"), e.p90Seconds},
                            {QStringLiteral("depart"), q.depart.toString(Qt::ISODate)},
                            {QStringLiteral("congestion"), congestion},
                            {QStringLiteral("speed_cap_kmh"), q.speedCapKmh},
                            {QStringLiteral("from"), endJson(graph.value(), from)},
                            {QStringLiteral("to"), endJson(graph.value(), to)},
                            {QStringLiteral("nodes"), nodes}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << tr("From      %1").arg(endText(graph.value(), from)) << '\n';
    out << tr("To        %1").arg(endText(graph.value(), to)) << '\n';
    out << tr("Distance  %1 km %2")
               .arg(e.metres / 1000.0, 0, 'f', 2)
               .arg(roads ? tr("by road") : tr("(a straight line × %1: an end is off the roads)").arg(RoadTravel::kDetourFactor))
        << '\n';
    out << tr("Time      %1 (P10 %2, P90 %3)").arg(minutes(e.seconds), minutes(e.p10Seconds), minutes(e.p90Seconds)) << '\n';
    out << tr("Assumed   departing %1, congestion ×%2, truck at most %3 km/h")
               .arg(q.depart.toString(Qt::ISODate))
               .arg(congestion, 0, 'f', 2)
               .arg(q.speedCapKmh, 0, 'f', 0)
        << '\n';
    if (roads) {
        out << tr("Path      %1 road nodes: %2 → %3")
                   .arg(e.nodes.size())
                   .arg(graph.value().node(e.nodes.constFirst()).name, graph.value().node(e.nodes.constLast()).name)
            << '\n';
    }
    return 0;
}

} // namespace et::cli
