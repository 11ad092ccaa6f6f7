// SPDX-License-Identifier: MIT
#include "domain/dispatch/roadgraph.h"

#include "domain/csvtext.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace et::domain::dispatch {

namespace {
/// The records of a CSV file and where each wanted column is, or why they cannot be read.
struct Table
{
    QList<CsvRecord> records; ///< the header first
    QList<int> columns;       ///< per wanted name, its field index
};

Result<Table> tableOf(const QByteArray &bytes, const QString &file, const QStringList &wanted)
{
    Table table;
    table.records = CsvText::records(CsvText::decode(bytes).text);
    if (table.records.isEmpty())
        return Error{file, QStringLiteral("the file is empty")};
    const QStringList &header = table.records.constFirst().fields;
    for (const QString &name : wanted) {
        const qsizetype at = header.indexOf(name);
        if (at < 0)
            return Error{file, QStringLiteral("no column %1 in the header").arg(name)};
        table.columns << int(at);
    }
    return table;
}

/// Field `column` of `record` read by `parse` (which says whether it could), or an error naming
/// the file, line and column and what the field should have been.
template<typename T, typename Parse>
Result<T> fieldAt(const CsvRecord &record, int column, const QString &file, const QString &name, const char *what, Parse parse)
{
    const QString where = QStringLiteral("%1 line %2").arg(file).arg(record.line);
    if (column >= record.fields.size())
        return Error{where, QStringLiteral("%1 is missing (the row is short)").arg(name)};
    bool ok = false;
    const T v = parse(record.fields[column].trimmed(), &ok);
    if (!ok)
        return Error{where, QStringLiteral("%1 is not %2: \"%3\"").arg(name, QLatin1String(what), record.fields[column])};
    return v;
}

Result<double> numberAt(const CsvRecord &record, int column, const QString &file, const QString &name)
{
    return fieldAt<double>(record, column, file, name, "a number", [](const QString &text, bool *ok) {
        const double v = text.toDouble(ok);
        *ok = *ok && std::isfinite(v);
        return v;
    });
}

Result<qint64> idAt(const CsvRecord &record, int column, const QString &file, const QString &name)
{
    return fieldAt<qint64>(record, column, file, name, "an id", [](const QString &text, bool *ok) { return text.toLongLong(ok); });
}
} // namespace

int RoadGraph::nodeIndex(qint64 id) const
{
    const auto it = std::lower_bound(m_idToIndex.cbegin(), m_idToIndex.cend(), std::pair<qint64, int>(id, -1));
    return it != m_idToIndex.cend() && it->first == id ? it->second : -1;
}

Result<RoadGraph> RoadGraph::fromCsv(const QByteArray &nodesCsv, const QByteArray &linksCsv)
{
    const QString nodesFile = QStringLiteral("nodes");
    const QString linksFile = QStringLiteral("links");
    enum NodeColumn { NodeId, NodeName, Latitude, Longitude };
    auto nodes = tableOf(nodesCsv, nodesFile,
                         {QStringLiteral("Id"), QStringLiteral("NODE_NAME"), QStringLiteral("latitude"), QStringLiteral("longitude")});
    if (!nodes.ok())
        return nodes.error();
    RoadGraph graph;
    const QList<CsvRecord> &nodeRows = nodes.value().records;
    const QList<int> &nc = nodes.value().columns;
    graph.m_nodes.reserve(size_t(nodeRows.size()));
    for (qsizetype r = 1; r < nodeRows.size(); ++r) {
        const CsvRecord &row = nodeRows[r];
        const auto id = idAt(row, nc[NodeId], nodesFile, QStringLiteral("Id"));
        const auto lat = numberAt(row, nc[Latitude], nodesFile, QStringLiteral("latitude"));
        const auto lon = numberAt(row, nc[Longitude], nodesFile, QStringLiteral("longitude"));
        for (const Error *e : {&id.error(), &lat.error(), &lon.error()}) {
            if (!e->message.isEmpty())
                return *e;
        }
        if (std::abs(lat.value()) > 90.0 || std::abs(lon.value()) > 180.0)
            return Error{QStringLiteral("%1 line %2").arg(nodesFile).arg(row.line),
                         QStringLiteral("position %1, %2 is not on the Earth").arg(lat.value()).arg(lon.value())};
        graph.m_nodes.push_back({id.value(), lat.value(), lon.value(), row.fields.value(nc[NodeName])});
        graph.m_idToIndex.emplace_back(id.value(), int(graph.m_nodes.size() - 1));
    }
    std::sort(graph.m_idToIndex.begin(), graph.m_idToIndex.end());
    const auto duplicate = std::adjacent_find(graph.m_idToIndex.cbegin(), graph.m_idToIndex.cend(),
                                              [](const auto &a, const auto &b) { return a.first == b.first; });
    if (duplicate != graph.m_idToIndex.cend())
        return Error{nodesFile, QStringLiteral("node %1 appears twice").arg(duplicate->first)};

    enum LinkColumn { LinkId, Source, Target, Length, MaxSpeed, Rank, Name };
    auto links = tableOf(linksCsv, linksFile,
                         {QStringLiteral("LINK_ID"), QStringLiteral("Source"), QStringLiteral("Target"), QStringLiteral("LENGTH"),
                          QStringLiteral("MAX_SPD"), QStringLiteral("ROAD_RANK"), QStringLiteral("ROAD_NAME")});
    if (!links.ok())
        return links.error();
    const QList<CsvRecord> &linkRows = links.value().records;
    const QList<int> &lc = links.value().columns;
    graph.m_links.reserve(size_t(linkRows.size()));
    for (qsizetype r = 1; r < linkRows.size(); ++r) {
        const CsvRecord &row = linkRows[r];
        const QString where = QStringLiteral("%1 line %2").arg(linksFile).arg(row.line);
        const auto id = idAt(row, lc[LinkId], linksFile, QStringLiteral("LINK_ID"));
        const auto source = idAt(row, lc[Source], linksFile, QStringLiteral("Source"));
        const auto target = idAt(row, lc[Target], linksFile, QStringLiteral("Target"));
        const auto length = numberAt(row, lc[Length], linksFile, QStringLiteral("LENGTH"));
        const auto speed = numberAt(row, lc[MaxSpeed], linksFile, QStringLiteral("MAX_SPD"));
        const auto rank = idAt(row, lc[Rank], linksFile, QStringLiteral("ROAD_RANK"));
        for (const Error *e : {&id.error(), &source.error(), &target.error(), &length.error(), &speed.error(), &rank.error()}) {
            if (!e->message.isEmpty())
                return *e;
        }
        const int from = graph.nodeIndex(source.value());
        const int to = graph.nodeIndex(target.value());
        if (from < 0 || to < 0)
            return Error{where, QStringLiteral("link %1 ends at node %2, which the nodes file does not have")
                                    .arg(id.value())
                                    .arg(from < 0 ? source.value() : target.value())};
        if (!(length.value() > 0.0) || !(speed.value() > 0.0))
            return Error{where, QStringLiteral("link %1 has length %2 m and speed limit %3 km/h; both must be above zero")
                                    .arg(id.value())
                                    .arg(length.value())
                                    .arg(speed.value())};
        graph.m_links.push_back({id.value(), from, to, length.value(), speed.value(), int(rank.value()), row.fields.value(lc[Name])});
    }

    // Compressed sparse rows: count the links leaving each node, then place them.
    graph.m_firstOutgoing.assign(graph.m_nodes.size() + 1, 0);
    for (const RoadLink &l : graph.m_links)
        ++graph.m_firstOutgoing[size_t(l.from) + 1];
    std::partial_sum(graph.m_firstOutgoing.begin(), graph.m_firstOutgoing.end(), graph.m_firstOutgoing.begin());
    graph.m_outgoing.resize(graph.m_links.size());
    std::vector<int> next(graph.m_firstOutgoing.begin(), graph.m_firstOutgoing.end() - 1);
    for (int i = 0; i < int(graph.m_links.size()); ++i)
        graph.m_outgoing[size_t(next[size_t(graph.m_links[size_t(i)].from)]++)] = i;
    graph.markRoutable();
    return graph;
}

void RoadGraph::markRoutable()
{
    m_routable.assign(m_nodes.size(), false);
    m_routableCount = 0;
    if (m_nodes.empty())
        return;
    // The busiest junction is inside the island's network; its strongly connected piece is what
    // it reaches forwards and what reaches it (a search over the links reversed).
    int hub = 0;
    for (int n = 1; n < nodeCount(); ++n) {
        if (outgoing(n).size() > outgoing(hub).size())
            hub = n;
    }
    std::vector<std::vector<int>> incoming(m_nodes.size());
    for (const RoadLink &l : m_links)
        incoming[size_t(l.to)].push_back(l.from);
    const auto reached = [&](bool forwards) {
        std::vector<bool> seen(m_nodes.size(), false);
        std::vector<int> stack{hub};
        seen[size_t(hub)] = true;
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            const auto visit = [&](int next) {
                if (!seen[size_t(next)]) {
                    seen[size_t(next)] = true;
                    stack.push_back(next);
                }
            };
            if (forwards) {
                for (const int l : outgoing(n))
                    visit(m_links[size_t(l)].to);
            } else {
                for (const int from : incoming[size_t(n)])
                    visit(from);
            }
        }
        return seen;
    };
    const std::vector<bool> ahead = reached(true);
    const std::vector<bool> behind = reached(false);
    for (size_t n = 0; n < m_nodes.size(); ++n) {
        m_routable[n] = ahead[n] && behind[n];
        m_routableCount += m_routable[n] ? 1 : 0;
    }
}

} // namespace et::domain::dispatch
