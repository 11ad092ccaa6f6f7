// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}
namespace et::domain {
struct OperatorCommand;
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
    /// Why the last createDisaster did not queue ("" after one that did).
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    explicit OperatorCommands(client::Store *store, QObject *parent = nullptr);

    /// `kind` is "charge" or "deliver".
    Q_INVOKABLE QString createOrder(const QString &truckId, const QString &kind, const QString &targetAssetId, double kwh);
    Q_INVOKABLE QString cancelOrder(const QString &orderId);
    Q_INVOKABLE QString acknowledgeDisaster(const QString &disasterId);
    /// `body` as POST /disasters takes it (a drawn polygon or circle, a replayed track, …); the
    /// console names the new disaster's id, so it shows at once and keeps its id. The id, or ""
    /// with the reason in `problem` when it was not queued.
    Q_INVOKABLE QString createDisaster(const QVariantMap &body);
    /// `changes` as DisasterUpdate takes them (severity, footprint, track, reserved trucks, …).
    Q_INVOKABLE QString updateDisaster(const QString &disasterId, const QVariantMap &changes);
    Q_INVOKABLE QString resolveDisaster(const QString &disasterId);
    Q_INVOKABLE QString acknowledgeAlarm(const QString &alarmId);
    /// Shelves for `minutes` (1 to 1,440) with `reason` (required).
    Q_INVOKABLE QString shelveAlarm(const QString &alarmId, int minutes, const QString &reason);
    QString problem() const { return m_problem; }

signals:
    /// A command went into the outbox (for a short confirmation on screen).
    void queued(const QString &description);
    void problemChanged();

private:
    /// Queues `command`, says so with `done`; the reason it was not queued, else "".
    QString enqueue(const domain::OperatorCommand &command, const QString &done);

    client::Store *m_store;
    QString m_problem;
};

} // namespace et::models
