// SPDX-License-Identifier: MIT
#pragma once

#include "client/store.h"

#include <QAbstractListModel>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// Operator commands the server refused, newest first, until the operator dismisses them: what was
/// asked ("Order for ET-03: charge 400 kWh at 가시리 풍력"), why it was refused (the server's
/// words) and when. The console shows them so that nothing the operator did is lost silently.
class CommandRejectionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, KindRole, TargetIdRole, DescriptionRole, ReasonRole, RejectedAtRole };

    explicit CommandRejectionModel(client::Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void dismiss(const QString &key);
    void reload();

signals:
    void countChanged();

private:
    QString describe(const domain::OperatorCommand &command) const;

    client::Store *m_store;
    QList<client::RejectedCommand> m_rows;
};

} // namespace et::models
