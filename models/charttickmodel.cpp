// SPDX-License-Identifier: MIT
#include "charttickmodel.h"

namespace et::models {

ChartTickModel::ChartTickModel(QObject *parent) : QAbstractListModel(parent) {}

int ChartTickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChartTickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case MsRole:
        return row.tick.ms;
    case LabelRole:
    case Qt::DisplayRole:
        return row.tick.label;
    case PositionRole:
        return row.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChartTickModel::roleNames() const
{
    return {{MsRole, "ms"}, {LabelRole, "label"}, {PositionRole, "position"}};
}

bool ChartTickModel::setTicks(const QList<ChartTimeAxis::Tick> &ticks, double fromMs, double toMs)
{
    QList<Row> rows;
    rows.reserve(ticks.size());
    for (const ChartTimeAxis::Tick &t : ticks)
        rows.append({t, toMs > fromMs ? (t.ms - fromMs) / (toMs - fromMs) : 0.0});
    const bool resized = rows.size() != m_rows.size();
    const qsizetype kept = std::min(rows.size(), m_rows.size());
    qsizetype firstChanged = -1, lastChanged = -1;
    for (qsizetype i = 0; i < kept; ++i) {
        if (m_rows[i] == rows[i])
            continue;
        m_rows[i] = rows[i];
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(int(firstChanged)), index(int(lastChanged)), {MsRole, LabelRole, PositionRole});
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size() - 1));
        m_rows.append(rows.mid(m_rows.size()));
        endInsertRows();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size() - 1));
        m_rows.resize(rows.size());
        endRemoveRows();
    }
    return firstChanged >= 0 || resized;
}

} // namespace et::models
