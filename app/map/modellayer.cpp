// SPDX-License-Identifier: MIT
#include "modellayer.h"

namespace et::map {

ModelLayer::ModelLayer(QObject *parent) : QObject(parent) {}

void ModelLayer::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (m_model) {
        auto *m = m_model.data();
        m_connections << connect(m, &QAbstractItemModel::modelReset, this, &ModelLayer::reload)
                      << connect(m, &QAbstractItemModel::layoutChanged, this, &ModelLayer::reload)
                      << connect(m, &QAbstractItemModel::rowsMoved, this, &ModelLayer::reload)
                      << connect(m, &QAbstractItemModel::dataChanged, this, &ModelLayer::onDataChanged)
                      << connect(m, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (parent.isValid())
                                         return;
                                     insertItems(first, last - first + 1);
                                     for (int r = first; r <= last; ++r)
                                         readRow(r);
                                     emit changed();
                                 })
                      << connect(m, &QAbstractItemModel::rowsRemoved, this,
                                 [this](const QModelIndex &parent, int first, int last) {
                                     if (parent.isValid())
                                         return;
                                     removeItems(first, last - first + 1);
                                     emit changed();
                                 })
                      << connect(m, &QObject::destroyed, this, [this] {
                             // The QPointer is already null here, so setModel(nullptr) would see
                             // no change: forget the rows directly.
                             m_connections.clear();
                             m_roles.clear();
                             clearItems();
                             emit changed();
                         });
    }
    reload();
}

QVariant ModelLayer::data(int row, const QByteArray &roleName) const
{
    const int r = role(roleName);
    if (!m_model || r < 0)
        return {};
    return m_model->data(m_model->index(row, 0), r);
}

void ModelLayer::reload()
{
    m_roles.clear();
    clearItems();
    if (m_model) {
        const auto names = m_model->roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            m_roles.insert(it.value(), it.key());
        const int rows = m_model->rowCount();
        insertItems(0, rows);
        for (int r = 0; r < rows; ++r)
            readRow(r);
    }
    emit changed();
}

void ModelLayer::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    if (!roles.isEmpty()) {
        bool relevant = false;
        for (const QByteArray &name : watchedRoles())
            relevant = relevant || roles.contains(role(name));
        if (!relevant)
            return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        readRow(r);
    emit changed();
}

} // namespace et::map
