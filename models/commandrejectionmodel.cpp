// SPDX-License-Identifier: MIT
#include "commandrejectionmodel.h"

#include "entitynames.h"
#include "modelslogging.h"

#include <QJsonArray>

namespace et::models {

CommandRejectionModel::CommandRejectionModel(client::Store *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(store, &client::Store::rejectionsChanged, this, &CommandRejectionModel::reload);
    reload();
}

int CommandRejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CommandRejectionModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {TargetIdRole, "targetId"}, {DescriptionRole, "description"},
            {ReasonRole, "reason"}, {RejectedAtRole, "rejectedAt"}};
}

QVariant CommandRejectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const client::RejectedCommand &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole: return r.command.key;
    case KindRole: return domain::toString(r.command.kind);
    case TargetIdRole: return r.command.targetId;
    case DescriptionRole: return describe(r.command);
    case ReasonRole: return r.reason;
    case RejectedAtRole: return r.rejectedAt;
    }
    return {};
}

QString CommandRejectionModel::describe(const domain::OperatorCommand &command) const
{
    const QHash<QString, QString> names = entityNames(*m_store);
    switch (command.kind) {
    case domain::CommandKind::CreateOrder: {
        const auto order = domain::DispatchOrder::fromRequestJson(command.body);
        if (!order.ok())
            return tr("Order %1").arg(command.targetId);
        const auto &o = order.value();
        const QString truck = names.value(o.truckId, o.truckId);
        const QString target = names.value(o.targetAssetId, o.targetAssetId);
        return o.kind == domain::OrderKind::Charge ? tr("Order for %1: charge %2 kWh at %3").arg(truck).arg(o.kwh).arg(target)
                                                   : tr("Order for %1: deliver %2 kWh to %3").arg(truck).arg(o.kwh).arg(target);
    }
    case domain::CommandKind::CancelOrder:
        return tr("Cancelling order %1").arg(command.targetId);
    case domain::CommandKind::AcknowledgeDisaster:
        return tr("Acknowledging disaster %1").arg(command.targetId);
    case domain::CommandKind::CreateDisaster:
        return tr("Reporting disaster %1").arg(command.body.value(QStringLiteral("title")).toString(command.targetId));
    case domain::CommandKind::UpdateDisaster:
        return tr("Updating disaster %1").arg(names.value(command.targetId, command.targetId));
    case domain::CommandKind::ResolveDisaster:
        return tr("Resolving disaster %1").arg(names.value(command.targetId, command.targetId));
    case domain::CommandKind::AcknowledgeAlarm:
        return tr("Acknowledging alarm %1").arg(command.targetId);
    case domain::CommandKind::ShelveAlarm:
        return tr("Shelving alarm %1").arg(command.targetId);
    case domain::CommandKind::ImportCenters:
        return tr("Importing %n centers", nullptr, int(command.body.value(QStringLiteral("centers")).toArray().size()));
    case domain::CommandKind::PostCenterNotice: {
        const QString center = command.body.value(QStringLiteral("center_id")).toString();
        return tr("Notice on %1: %2").arg(names.value(center, center), command.body.value(QStringLiteral("reason")).toString());
    }
    case domain::CommandKind::WriteCenterReview: {
        const QString center = command.body.value(QStringLiteral("center_id")).toString();
        return tr("Review of %1").arg(names.value(center, center));
    }
    case domain::CommandKind::HideCenterReview:
        return tr("Hiding review %1").arg(command.targetId);
    }
    return command.targetId;
}

void CommandRejectionModel::dismiss(const QString &key)
{
    if (auto s = m_store->dismissRejection(key); !s.ok())
        qCWarning(lcModels) << "dismissing" << key << "failed:" << s.error().toString();
}

void CommandRejectionModel::reload()
{
    beginResetModel();
    m_rows = m_store->isOpen() ? m_store->rejections() : QList<client::RejectedCommand>();
    endResetModel();
    emit countChanged();
}

} // namespace et::models
