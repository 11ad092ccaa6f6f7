// SPDX-License-Identifier: MIT
#include "operatorcommands.h"

#include "modelslogging.h"
#include "client/store.h"
#include "domain/operatorcommand.h"

#include <QJsonObject>

#include <QUuid>

#include <cmath>

namespace et::models {

using domain::OperatorCommand;

OperatorCommands::OperatorCommands(client::Store *store, QObject *parent) : QObject(parent), m_store(store) {}

QString OperatorCommands::createOrder(const QString &truckId, const QString &kind, const QString &targetAssetId, double kwh)
{
    const auto orderKind = domain::orderKindFromString(kind);
    if (!orderKind)
        return tr("Choose charge or deliver.");
    if (!std::isfinite(kwh) || kwh <= 0.0)
        return tr("Enter the energy in kWh (more than 0).");
    if (truckId.isEmpty() || targetAssetId.isEmpty())
        return tr("Choose a truck and a destination.");
    domain::DispatchOrder order;
    order.id = QStringLiteral("ord-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    order.truckId = truckId;
    order.kind = *orderKind;
    order.targetAssetId = targetAssetId;
    order.kwh = kwh;
    order.createdAt = QDateTime::currentDateTimeUtc();
    order.updatedAt = order.createdAt;
    const auto stored = m_store->enqueue(OperatorCommand::createOrder(order, OperatorCommand::newKey()));
    if (!stored.ok()) {
        qCWarning(lcModels) << "order not queued:" << stored.error().toString();
        return tr("The order could not be saved: %1").arg(stored.error().toString());
    }
    emit queued(tr("Order queued"));
    return {};
}

QString OperatorCommands::cancelOrder(const QString &orderId)
{
    const auto stored = m_store->enqueue(OperatorCommand::cancelOrder(orderId, OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()));
    if (!stored.ok())
        return tr("The cancellation could not be saved: %1").arg(stored.error().toString());
    emit queued(tr("Cancellation queued"));
    return {};
}

QString OperatorCommands::enqueue(const OperatorCommand &command, const QString &done)
{
    const auto stored = m_store->enqueue(command);
    if (!stored.ok()) {
        qCWarning(lcModels).noquote() << toString(command.kind) << "not queued:" << stored.error().toString();
        return tr("The change could not be saved: %1").arg(stored.error().toString());
    }
    emit queued(done);
    return {};
}

QString OperatorCommands::createDisaster(const QVariantMap &body)
{
    QString problem;
    QString id;
    auto parsed = domain::Disaster::fromRegistrationJson(QJsonObject::fromVariantMap(body));
    if (!parsed.ok()) {
        problem = tr("The incident is not complete: %1").arg(parsed.error().toString());
    } else {
        domain::Disaster d = parsed.value();
        d.id = QStringLiteral("dis-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        problem = enqueue(OperatorCommand::createDisaster(d, OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()), tr("Incident queued"));
        if (problem.isEmpty())
            id = d.id;
    }
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
    return id;
}

QString OperatorCommands::updateDisaster(const QString &disasterId, const QVariantMap &changes)
{
    return enqueue(OperatorCommand::updateDisaster(disasterId, QJsonObject::fromVariantMap(changes), OperatorCommand::newKey(),
                                                   QDateTime::currentDateTimeUtc()),
                   tr("Change queued"));
}

QString OperatorCommands::resolveDisaster(const QString &disasterId)
{
    return enqueue(OperatorCommand::resolveDisaster(disasterId, OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()),
                   tr("Resolution queued"));
}

QString OperatorCommands::acknowledgeAlarm(const QString &alarmId)
{
    return enqueue(OperatorCommand::acknowledgeAlarm(alarmId, OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()), tr("Acknowledgement queued"));
}

QString OperatorCommands::shelveAlarm(const QString &alarmId, int minutes, const QString &reason)
{
    if (minutes < 1 || minutes > 24 * 60)
        return tr("Shelve for 1 to 1440 minutes.");
    if (reason.trimmed().isEmpty())
        return tr("Give a reason for shelving.");
    return enqueue(OperatorCommand::shelveAlarm(alarmId, minutes, reason.trimmed(), OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()),
                   tr("Shelf queued"));
}

QString OperatorCommands::acknowledgeDisaster(const QString &disasterId)
{
    const auto stored = m_store->enqueue(
        OperatorCommand::acknowledgeDisaster(disasterId, OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()));
    if (!stored.ok())
        return tr("The acknowledgement could not be saved: %1").arg(stored.error().toString());
    emit queued(tr("Acknowledgement queued"));
    return {};
}

} // namespace et::models
