// SPDX-License-Identifier: MIT
#include "truckordersmodel.h"

#include "orderlistmodel.h"

#include <QDateTime>

namespace et::models {

TruckOrdersModel::TruckOrdersModel(OrderListModel *orders, QObject *parent)
    : QSortFilterProxyModel(parent),
      m_orders(orders),
      m_truckRole(orders->roleOf("truckId")),
      m_createdRole(orders->roleOf("createdAt")),
      m_finalRole(orders->roleOf("finished"))
{
    setSourceModel(orders);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &TruckOrdersModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TruckOrdersModel::countChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &TruckOrdersModel::countChanged);
}

void TruckOrdersModel::setTruckId(const QString &id)
{
    if (id == m_truckId)
        return;
    m_truckId = id;
    invalidateRowsFilter();
    emit truckIdChanged();
    emit countChanged();
}

bool TruckOrdersModel::busy() const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (!data(index(r, 0), m_finalRole).toBool())
            return true;
    }
    return false;
}

bool TruckOrdersModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_truckId.isEmpty() && m_orders->index(sourceRow, 0, sourceParent).data(m_truckRole).toString() == m_truckId;
}

bool TruckOrdersModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Newest first: what the operator just did is on top.
    return left.data(m_createdRole).toDateTime() > right.data(m_createdRole).toDateTime();
}

} // namespace et::models
