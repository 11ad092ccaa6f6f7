// SPDX-License-Identifier: MIT
#include "gridflowmodel.h"

#include "modelslogging.h"

#include "client/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace et::models {

namespace {
QList<GridFlowModel::Connection> readConnections()
{
    QList<GridFlowModel::Connection> out;
    QFile file(QStringLiteral(":/et/models/jeju-grid-topology.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcModels) << "no grid topology bundled:" << file.errorString();
        return out;
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("connections")).toArray();
    for (const QJsonValue v : list) {
        const QJsonObject c = v.toObject();
        const QString from = c.value(QStringLiteral("from")).toString(), to = c.value(QStringLiteral("to")).toString();
        if (from.isEmpty() || to.isEmpty())
            qCWarning(lcModels) << "skipping a grid connection without both ends";
        else
            out.append({from, to});
    }
    return out;
}
} // namespace

GridFlowModel::GridFlowModel(client::Store *store, QObject *parent) : HvdcFlowModel(store, parent)
{
    reload();
}

const QList<GridFlowModel::Connection> &GridFlowModel::connections()
{
    static const QList<Connection> topology = readConnections();
    return topology;
}

QList<QByteArray> GridFlowModel::columnNames() const
{
    return HvdcFlowModel::columnNames() << "kind" << "approximate";
}

QList<EntityListModel::Row> GridFlowModel::readRows(const client::Store &store) const
{
    QList<Row> rows = HvdcFlowModel::readRows(store);
    for (Row &r : rows)
        r.values << QString() << false; // a link: the flow colour; its mainland end is sourced
    QHash<QString, domain::Asset> assets;
    for (const domain::Asset &a : store.assets())
        assets.insert(a.id, a);
    for (const Connection &c : connections()) {
        const auto from = assets.constFind(c.from), to = assets.constFind(c.to);
        if (from == assets.cend() || to == assets.cend())
            continue; // not in this cache (yet)
        // Capacity for the line's width: a plant's rating, or a converter's link rating.
        rows.append({c.from + QStringLiteral("->") + c.to,
                     {c.from + QStringLiteral("->") + c.to, from->name, from->lat, from->lon, to->lat, to->lon, from->outputMw,
                      from->capacityMw, domain::toString(from->kind), true}});
    }
    return rows;
}

} // namespace et::models
