// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatchorder.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// Where the operator may send a truck, nearest first (`Console.destinations`, for the dispatch
/// form): the cached assets an order of `kind` may target (domain::mayTarget — charge at a wind
/// or solar site, deliver anywhere else), each with its great-circle distance from the truck
/// (domain::geo::Geodesy, the same kilometres the server uses). Worked out again when the truck,
/// the kind or the assets change — not as the truck moves, which would reset the operator's
/// choice every few seconds. Rows: assetId, name, assetKind, distanceKm and `label`
/// ("가시리 풍력 · Wind · 3.2 km") for a drop-down.
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
    enum Role { AssetIdRole = Qt::UserRole + 1, NameRole, AssetKindRole, DistanceKmRole, LabelRole };

    struct Destination
    {
        QString assetId;
        QString name;
        domain::AssetKind kind;
        double distanceKm;
    };

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
};

} // namespace et::models
