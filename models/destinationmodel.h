// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/roadtravel.h"
#include "domain/dispatchorder.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// Where the operator may send a truck, quickest first (`Console.destinations`, for the dispatch
/// form): the cached assets an order of `kind` may target (domain::mayTarget — charge at a wind
/// or solar site, deliver anywhere else), each with the drive from the truck over Jeju's roads as
/// the server plans it (domain::dispatch::RoadTravel on the bundled graph, the truck's 80 km/h
/// cap, the congestion of the hour): its length and its time, one search for all of them. Without
/// the road graph it falls back to the great-circle distance (domain::geo::Geodesy) and no time.
/// Worked out again when the truck, the kind or the assets change — not as the truck moves, which
/// would reset the operator's choice every few seconds. Rows: assetId, name, assetKind,
/// distanceKm, minutes (−1 when not known) and `label` ("가시리 풍력 · Wind · 12.3 km · 18 min")
/// for a drop-down.
class DestinationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString truckId READ truckId WRITE setTruckId NOTIFY truckIdChanged)
    /// "charge" or "deliver".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { AssetIdRole = Qt::UserRole + 1, NameRole, AssetKindRole, DistanceKmRole, MinutesRole, LabelRole };

    struct Destination
    {
        QString assetId;
        QString name;
        domain::AssetKind kind;
        double distanceKm;
        double minutes = -1.0; ///< the drive's expected time; −1 without the roads
    };

    /// The server's trucks' top speed (backend TruckMover::kSpeedCapKmh).
    static constexpr double kSpeedCapKmh = 80.0;

    explicit DestinationModel(client::Store *store, QObject *parent = nullptr);

    QString truckId() const { return m_truckId; }
    void setTruckId(const QString &id);
    QString kind() const { return domain::toString(m_kind); }
    /// An unknown kind is ignored (and logged).
    void setKind(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    const QList<Destination> &destinations() const { return m_rows; }

signals:
    void truckIdChanged();
    void kindChanged();
    void countChanged();

private:
    void rebuild();
    QString kindLabel(domain::AssetKind kind) const;

    client::Store *m_store;
    QString m_truckId;
    domain::OrderKind m_kind = domain::OrderKind::Charge;
    QList<Destination> m_rows;
    std::unique_ptr<domain::dispatch::RoadTravel> m_travel; ///< made on first use
};

} // namespace et::models
