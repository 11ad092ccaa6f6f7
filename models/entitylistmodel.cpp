// SPDX-License-Identifier: MIT
#include "entitylistmodel.h"

#include "modelslogging.h"
#include "client/store.h"

#include <QHash>

namespace et::models {

namespace {
constexpr int kFirstRole = Qt::UserRole + 1;
const QByteArray kSelectedRole = QByteArrayLiteral("selected");
} // namespace

EntityListModel::EntityListModel(client::Store *store, QList<domain::EntityKind> kinds, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_kinds(std::move(kinds))
{
    Q_ASSERT(m_store);
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (m_kinds.contains(kind))
            reload();
    });
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = role - kFirstRole;
    if (column >= 0 && column < row.values.size())
        return row.values.at(column);
    if (column == row.values.size())
        return !m_selectedId.isEmpty() && row.id == m_selectedId;
    if (role == Qt::DisplayRole)
        return row.id;
    return {};
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    if (m_columns.isEmpty())
        m_columns = columnNames();
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        names.insert(kFirstRole + int(i), m_columns.at(i));
    names.insert(kFirstRole + int(m_columns.size()), kSelectedRole);
    return names;
}

int EntityListModel::roleOf(const QByteArray &name) const
{
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return -1;
}

void EntityListModel::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    const int oldRow = rowOfId(m_selectedId);
    m_selectedId = id;
    emitSelectedRowChanged(oldRow);
    emitSelectedRowChanged(rowOfId(m_selectedId));
    emit selectionChanged();
}

void EntityListModel::select(int row)
{
    setSelectedId(row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString());
}

int EntityListModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

QVariantMap EntityListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    map.insert(QStringLiteral("id"), m_rows.at(row).id);
    return map;
}

QVariantMap EntityListModel::statusCounts() const
{
    QVariantMap counts;
    const int role = roleOf("status");
    if (role < 0)
        return counts;
    for (const Row &row : m_rows) {
        const QString status = row.values.at(role - kFirstRole).toString();
        counts[status] = counts.value(status).toInt() + 1;
    }
    return counts;
}

void EntityListModel::emitSelectedRowChanged(int row)
{
    if (row < 0)
        return;
    if (m_columns.isEmpty())
        m_columns = columnNames();
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {kFirstRole + int(m_columns.size())});
}

void EntityListModel::reload()
{
    if (!m_store->isOpen())
        return;
    const QList<Row> fresh = readRows(*m_store);
    QHash<QString, qsizetype> freshIndex;
    freshIndex.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);

    bool anything = false;
    const int countBefore = int(m_rows.size());

    // Rows whose entity is gone leave first (from the end, so earlier indexes stay valid).
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (freshIndex.contains(m_rows.at(i).id))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
        anything = true;
    }

    // Rows that stay keep their position; only the roles whose value differs are announced, so a
    // moving truck costs one dataChanged with latitude/longitude, never a reset.
    QHash<QString, bool> kept;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        kept.insert(row.id, true);
        const Row &next = fresh.at(freshIndex.value(row.id));
        QList<int> roles;
        for (qsizetype c = 0; c < next.values.size(); ++c) {
            if (c >= row.values.size() || row.values.at(c) != next.values.at(c))
                roles.append(kFirstRole + int(c));
        }
        if (roles.isEmpty())
            continue;
        row.values = next.values;
        emit dataChanged(index(int(i)), index(int(i)), roles);
        anything = true;
    }

    // New entities are appended in the store's order.
    QList<Row> added;
    for (const Row &row : fresh) {
        if (!kept.contains(row.id))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
        anything = true;
    }

    if (!m_selectedId.isEmpty() && rowOfId(m_selectedId) < 0) {
        m_selectedId.clear();
        emit selectionChanged();
    }
    if (countBefore != m_rows.size())
        emit countChanged();
    if (anything) {
        qCDebug(lcModels) << metaObject()->className() << "reloaded," << m_rows.size() << "rows";
        emit contentChanged();
    }
}

} // namespace et::models
