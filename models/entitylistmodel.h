// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// Base of the console's list models: rows read from the offline Store, one per entity, keyed by
/// id. A reload diffs the new rows against the old ones and emits the smallest set of signals —
/// removed rows, rows changed in place (dataChanged with the changed roles only), appended rows —
/// so the map moves a marker instead of rebuilding every layer. Keeps one selected id; the
/// `selected` role is true on its row.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectionChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap statusCounts READ statusCounts NOTIFY contentChanged)
public:
    /// `kinds` are the entity kinds whose Store::changed() triggers a reload.
    EntityListModel(client::Store *store, QList<domain::EntityKind> kinds, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    int selectedRow() const { return rowOfId(m_selectedId); }

    /// Selects the entity on `row`; -1 clears the selection.
    Q_INVOKABLE void select(int row);
    Q_INVOKABLE int rowOfId(const QString &id) const;
    /// The row as {roleName: value}, for panels that show one entity.
    Q_INVOKABLE QVariantMap get(int row) const;
    /// How many rows have each value of the `status` role, e.g. {"driving": 2, "idle": 17}.
    QVariantMap statusCounts() const;
    /// The role number of a role name, or -1 (used by proxies and tests).
    int roleOf(const QByteArray &name) const;

    /// Reads the store again and applies the difference.
    void reload();

signals:
    void countChanged();
    void selectionChanged();
    /// Emitted after every reload that changed anything, for views that show totals.
    void contentChanged();

protected:
    struct Row
    {
        QString id;
        QVariantList values; ///< one per name of columnNames(), in that order
    };
    /// The role names a subclass provides, in the order of Row::values. `selected` is added here.
    virtual QList<QByteArray> columnNames() const = 0;
    virtual QList<Row> readRows(const client::Store &store) const = 0;

    client::Store *store() const { return m_store; }

private:
    void emitSelectedRowChanged(int row);

    client::Store *m_store;
    QList<domain::EntityKind> m_kinds;
    QList<Row> m_rows;
    mutable QList<QByteArray> m_columns; ///< cached columnNames(), filled on first use
    QString m_selectedId;
};

} // namespace et::models
