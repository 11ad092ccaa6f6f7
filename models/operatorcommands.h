// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// What an operator can order from the console — dispatch a truck, cancel an order, acknowledge
/// a disaster — as QML calls. Each call only queues an operator command in the offline cache (one
/// small SQLite write); the sync engine delivers it when it can, so a call returns at once and
/// works the same online and offline. A call returns "" when the command is queued, else the
/// reason it was not (for the operator, translated).
class OperatorCommands : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
public:
    explicit OperatorCommands(client::Store *store, QObject *parent = nullptr);

    /// `kind` is "charge" or "deliver".
    Q_INVOKABLE QString createOrder(const QString &truckId, const QString &kind, const QString &targetAssetId, double kwh);
    Q_INVOKABLE QString cancelOrder(const QString &orderId);
    Q_INVOKABLE QString acknowledgeDisaster(const QString &disasterId);

signals:
    /// A command went into the outbox (for a short confirmation on screen).
    void queued(const QString &description);

private:
    client::Store *m_store;
};

} // namespace et::models
