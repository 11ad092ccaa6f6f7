// SPDX-License-Identifier: MIT
#include "destinationmodel.h"

#include "modelslogging.h"

#include "client/store.h"
#include "domain/dispatch/congestionprofile.h"
#include "domain/geo/geodesy.h"
#include "jejudata/bundledroads.h"

#include <algorithm>

namespace et::models {

DestinationModel::DestinationModel(client::Store *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    // New or removed assets change the choice; moving trucks do not (see the class comment).
    connect(store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Asset)
            rebuild();
    });
}

void DestinationModel::setTruckId(const QString &id)
{
    if (id == m_truckId)
        return;
    m_truckId = id;
    emit truckIdChanged();
    rebuild();
}

void DestinationModel::setKind(const QString &kind)
{
    const auto parsed = domain::orderKindFromString(kind);
    if (!parsed) {
        qCWarning(lcModels) << "ignoring unknown order kind" << kind;
        return;
    }
    if (*parsed == m_kind)
        return;
    m_kind = *parsed;
    emit kindChanged();
    rebuild();
}

void DestinationModel::rebuild()
{
    QList<Destination> rows;
    const QList<domain::Truck> trucks = m_store->isOpen() ? m_store->trucks() : QList<domain::Truck>();
    const auto truck = std::find_if(trucks.cbegin(), trucks.cend(), [this](const domain::Truck &t) { return t.id == m_truckId; });
    if (truck != trucks.cend()) {
        std::vector<std::pair<double, double>> sites;
        for (const domain::Asset &a : m_store->assets()) {
            if (domain::mayTarget(m_kind, a.kind)) {
                rows.append({a.id, a.name, a.kind, domain::geo::Geodesy::distanceKm(truck->lat, truck->lon, a.lat, a.lon)});
                sites.push_back({a.lat, a.lon});
            }
        }
        if (!m_travel && jejudata::BundledRoads::graph().ok())
            m_travel = std::make_unique<domain::dispatch::RoadTravel>(jejudata::BundledRoads::graph().value());
        if (m_travel) {
            // As the server would drive it now: its cap, the congestion of the simulated hour the
            // cache is at (the wall clock's without a balance).
            const auto balance = m_store->balance();
            const QDateTime now = balance ? balance->timestamp : QDateTime::currentDateTimeUtc();
            m_travel->setConditions({kSpeedCapKmh, domain::dispatch::CongestionProfile::factorAt(now)});
            const auto drives = m_travel->fromOneToMany(truck->lat, truck->lon, sites);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (std::isfinite(drives[size_t(i)].seconds)) {
                    rows[i].distanceKm = drives[size_t(i)].metres / 1000.0;
                    rows[i].minutes = drives[size_t(i)].seconds / 60.0;
                }
            }
        }
        // Quickest first (nearest without the roads); ties by id, so the order never depends on the cache's.
        std::sort(rows.begin(), rows.end(), [](const Destination &x, const Destination &y) {
            const double a = x.minutes >= 0 ? x.minutes : x.distanceKm, b = y.minutes >= 0 ? y.minutes : y.distanceKm;
            return a != b ? a < b : x.assetId < y.assetId;
        });
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int DestinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DestinationModel::kindLabel(domain::AssetKind kind) const
{
    switch (kind) {
    case domain::AssetKind::HvdcConverter:
        return tr("HVDC converter");
    case domain::AssetKind::Thermal:
        return tr("Thermal");
    case domain::AssetKind::Wind:
        return tr("Wind");
    case domain::AssetKind::Solar:
        return tr("Solar");
    case domain::AssetKind::Substation:
        return tr("Substation");
    }
    return domain::toString(kind);
}

QVariant DestinationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Destination &d = m_rows.at(index.row());
    switch (role) {
    case AssetIdRole:
        return d.assetId;
    case NameRole:
        return d.name;
    case AssetKindRole:
        return domain::toString(d.kind);
    case DistanceKmRole:
        return d.distanceKm;
    case MinutesRole:
        return d.minutes;
    case LabelRole:
    case Qt::DisplayRole:
        if (d.minutes >= 0)
            return tr("%1 · %2 · %3 km · %4 min").arg(d.name, kindLabel(d.kind), QLocale().toString(d.distanceKm, 'f', 1)).arg(std::lround(d.minutes));
        return tr("%1 · %2 · %3 km").arg(d.name, kindLabel(d.kind), QLocale().toString(d.distanceKm, 'f', 1));
    default:
        return {};
    }
}

QHash<int, QByteArray> DestinationModel::roleNames() const
{
    return {{AssetIdRole, "assetId"}, {NameRole, "name"}, {AssetKindRole, "assetKind"}, {DistanceKmRole, "distanceKm"},
            {MinutesRole, "minutes"}, {LabelRole, "label"}};
}

} // namespace et::models
