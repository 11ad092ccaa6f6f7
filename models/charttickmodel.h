// SPDX-License-Identifier: MIT
#pragma once

#include "chartaxes.h"

#include <QAbstractListModel>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// A time chart's ticks (ChartTimeAxis::ticks) as a list model with roles `ms`, `label` and
/// `position` (where the tick falls across the visible range, 0 at its start and 1 at its end),
/// for the grid lines and labels QML draws: a delegate in an item the plot's size is placed by
/// its own roles alone. A new range changes rows in place — a scrub moves every
/// tick but rarely changes how many there are — so the delegates are kept and moved, never made
/// again, and only what grows or shrinks is inserted or removed at the end.
class ChartTickModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by EnergyChartFeeder")
public:
    enum Role { MsRole = Qt::UserRole + 1, LabelRole, PositionRole };

    explicit ChartTickModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows `ticks` of the range [fromMs, toMs]; returns whether anything changed.
    bool setTicks(const QList<ChartTimeAxis::Tick> &ticks, double fromMs, double toMs);

private:
    struct Row
    {
        ChartTimeAxis::Tick tick;
        double position = 0;
        bool operator==(const Row &o) const { return tick.ms == o.tick.ms && tick.label == o.tick.label && position == o.position; }
    };
    QList<Row> m_rows;
};

} // namespace et::models
