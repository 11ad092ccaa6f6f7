// SPDX-License-Identifier: MIT
#include "hvdcflowmodel.h"

#include "modelslogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace et::models {

namespace {

QHash<QString, HvdcFlowModel::Terminal> readTerminals()
{
    QHash<QString, HvdcFlowModel::Terminal> out;
    QFile f(QStringLiteral(":/et/models/jeju-assets.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcModels) << "HVDC mainland terminals not bundled:" << f.errorString();
        return out;
    }
    const QJsonArray links = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("hvdc_links")).toArray();
    for (const QJsonValue &v : links) {
        const QJsonObject link = v.toObject();
        const QJsonValue lat = link.value(QStringLiteral("mainland_lat"));
        const QJsonValue lon = link.value(QStringLiteral("mainland_lon"));
        const QString id = link.value(QStringLiteral("id")).toString();
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 90.0 || std::abs(lon.toDouble()) > 180.0) {
            qCWarning(lcModels) << "HVDC link" << id << "has no usable mainland_lat/mainland_lon";
            continue;
        }
        out.insert(id, {lat.toDouble(), lon.toDouble()});
    }
    return out;
}

} // namespace

HvdcFlowModel::HvdcFlowModel(EnergyInstant *instant, QObject *parent)
    : EntityListModel(instant->store(), {}, parent), m_instant(instant)
{
    connect(instant, &EnergyInstant::changed, this, &HvdcFlowModel::reload);
    reload();
}

const QHash<QString, HvdcFlowModel::Terminal> &HvdcFlowModel::mainlandTerminals()
{
    static const QHash<QString, Terminal> terminals = readTerminals();
    return terminals;
}

QList<QByteArray> HvdcFlowModel::columnNames() const
{
    return {"linkId", "name", "fromLatitude", "fromLongitude", "toLatitude", "toLongitude", "mw", "capacityMw"};
}

QList<EntityListModel::Row> HvdcFlowModel::readRows(const client::Store &) const
{
    QList<Row> rows;
    const auto &balance = m_instant->balance();
    if (!balance)
        return rows;
    QHash<QString, domain::Asset> assets;
    for (const domain::Asset &a : m_instant->assets())
        assets.insert(a.id, a);
    for (const domain::HvdcLinkFlow &l : balance->hvdcLinks) {
        // Unknown ends stay invalid values (not 0,0, which is a real place in the Gulf of Guinea).
        QVariant fromLat, fromLon, toLat, toLon;
        const auto terminal = mainlandTerminals().constFind(l.id);
        if (terminal != mainlandTerminals().cend()) {
            fromLat = terminal->lat;
            fromLon = terminal->lon;
        }
        const auto jeju = assets.constFind(l.jejuTerminalAssetId);
        if (jeju != assets.cend()) {
            toLat = jeju->lat;
            toLon = jeju->lon;
        }
        rows.append({l.id, {l.id, l.name, fromLat, fromLon, toLat, toLon, l.flowMw, l.capacityMw}});
    }
    return rows;
}

} // namespace et::models
