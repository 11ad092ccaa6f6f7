// SPDX-License-Identifier: MIT
#include "truckboardmodel.h"

#include "trucklistmodel.h"

namespace et::models {

TruckBoardModel::TruckBoardModel(TruckListModel *trucks, QObject *parent)
    : QSortFilterProxyModel(parent), m_trucks(trucks), m_laneRole(trucks->roleOf("lane")), m_nameRole(trucks->roleOf("name"))
{
    setSourceModel(trucks);
    setDynamicSortFilter(true);
    sort(0);
    connect(trucks, &EntityListModel::selectionChanged, this, &TruckBoardModel::selectionChanged);
    // A row that moves lanes moves on the board: its index changes without a new selection.
    connect(this, &QAbstractItemModel::layoutChanged, this, &TruckBoardModel::selectionChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &TruckBoardModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TruckBoardModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TruckBoardModel::countChanged);
}

int TruckBoardModel::selectedRow() const
{
    if (!m_trucks)
        return -1;
    const int source = m_trucks->selectedRow();
    return source < 0 ? -1 : mapFromSource(m_trucks->index(source)).row();
}

void TruckBoardModel::select(int row)
{
    if (!m_trucks)
        return;
    m_trucks->select(row < 0 || row >= rowCount() ? -1 : mapToSource(index(row, 0)).row());
}

bool TruckBoardModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = left.data(m_laneRole).toInt(), b = right.data(m_laneRole).toInt();
    if (a != b)
        return a < b;
    return QString::localeAwareCompare(left.data(m_nameRole).toString(), right.data(m_nameRole).toString()) < 0;
}

} // namespace et::models
