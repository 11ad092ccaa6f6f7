// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace et::map {

/// Follows a QAbstractItemModel for one map layer: looks its roles up BY NAME (so any model with
/// the documented role names works, whatever its role numbers), and turns the model's signals into
/// small incremental calls — a moved truck re-reads one row instead of the whole model.
class ModelLayer : public QObject
{
    Q_OBJECT
public:
    explicit ModelLayer(QObject *parent = nullptr);

    QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);

signals:
    /// Something the layer draws changed; the item schedules a repaint.
    void changed();

protected:
    /// -1 when the model has no role of that name.
    int role(const QByteArray &name) const { return m_roles.value(name, -1); }
    QVariant data(int row, const QByteArray &roleName) const;

    virtual void clearItems() = 0;
    virtual void insertItems(int first, int count) = 0;
    virtual void removeItems(int first, int count) = 0;
    virtual void readRow(int row) = 0;
    /// The role names whose change matters (others are ignored in dataChanged).
    virtual QList<QByteArray> watchedRoles() const = 0;

private:
    void reload();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<QAbstractItemModel> m_model;
    QHash<QByteArray, int> m_roles;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace et::map
