// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <QtQml/qqmlregistration.h>

namespace et::models {

class OrderListModel;

/// The orders of one truck, newest first, for the truck's card in the Dispatch view.
class TruckOrdersModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString truckId READ truckId WRITE setTruckId NOTIFY truckIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// True when the truck has an order that is not finished (a new one would be refused).
    Q_PROPERTY(bool busy READ busy NOTIFY countChanged)
public:
    explicit TruckOrdersModel(OrderListModel *orders, QObject *parent = nullptr);

    QString truckId() const { return m_truckId; }
    void setTruckId(const QString &id);
    int count() const { return rowCount(); }
    bool busy() const;

signals:
    void truckIdChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    OrderListModel *m_orders;
    QString m_truckId;
    int m_truckRole;
    int m_createdRole;
    int m_finalRole;
};

} // namespace et::models
