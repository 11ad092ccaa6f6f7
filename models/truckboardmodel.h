// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace et::models {

class TruckListModel;

/// The dispatch board: the trucks in lanes by state (driving, charging, discharging, idle,
/// maintenance — the `lane` role), by name within a lane. A sorting view of TruckListModel
/// that shares its selection, so a click on the board selects the truck on the map and the
/// other way round; a truck that changes state moves to its lane.
class TruckBoardModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
public:
    explicit TruckBoardModel(TruckListModel *trucks, QObject *parent = nullptr);

    int selectedRow() const;
    /// Selects the truck on the board's `row` (-1 clears the selection).
    Q_INVOKABLE void select(int row);

signals:
    void countChanged();
    void selectionChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<TruckListModel> m_trucks;
    int m_laneRole = -1;
    int m_nameRole = -1;
};

} // namespace et::models
