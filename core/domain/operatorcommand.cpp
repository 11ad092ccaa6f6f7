// SPDX-License-Identifier: MIT
#include "operatorcommand.h"

#include "disasterupdate.h"
#include "domain/alarm/alarmlifecycle.h"

#include <QUuid>

namespace et::domain {

namespace {
constexpr EnumName<CommandKind> kKinds[] = {
    {CommandKind::CreateOrder, u"order.create"},
    {CommandKind::CancelOrder, u"order.cancel"},
    {CommandKind::AcknowledgeDisaster, u"disaster.acknowledge"},
    {CommandKind::CreateDisaster, u"disaster.create"},
    {CommandKind::UpdateDisaster, u"disaster.update"},
    {CommandKind::ResolveDisaster, u"disaster.resolve"},
    {CommandKind::AcknowledgeAlarm, u"alarm.acknowledge"},
    {CommandKind::ShelveAlarm, u"alarm.shelve"},
    {CommandKind::ImportCenters, u"centers.import"},
    {CommandKind::PostCenterNotice, u"center_notice.post"},
    {CommandKind::WriteCenterReview, u"center_review.write"},
    {CommandKind::HideCenterReview, u"center_review.hide"},
};
const QString kCenterId = QStringLiteral("center_id");
constexpr qsizetype kMaxKeyLength = 200;
} // namespace

QString toString(CommandKind k) { return enumToString<CommandKind>(k, kKinds); }
std::optional<CommandKind> commandKindFromString(QStringView t) { return enumFromString<CommandKind>(t, kKinds); }

OperatorCommand OperatorCommand::createOrder(const DispatchOrder &order, const QString &key)
{
    return {key, CommandKind::CreateOrder, order.id, order.toRequestJson(), order.createdAt};
}

OperatorCommand OperatorCommand::cancelOrder(const QString &orderId, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::CancelOrder, orderId, {}, at};
}

OperatorCommand OperatorCommand::acknowledgeDisaster(const QString &disasterId, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::AcknowledgeDisaster, disasterId, {}, at};
}

OperatorCommand OperatorCommand::createDisaster(const Disaster &disaster, const QString &key, const QDateTime &at)
{
    QJsonObject body = disaster.toRegistrationJson();
    body.insert(QStringLiteral("id"), disaster.id);
    return {key, CommandKind::CreateDisaster, disaster.id, body, at};
}

OperatorCommand OperatorCommand::updateDisaster(const QString &disasterId, const QJsonObject &changes, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::UpdateDisaster, disasterId, changes, at};
}

OperatorCommand OperatorCommand::resolveDisaster(const QString &disasterId, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::ResolveDisaster, disasterId, {}, at};
}

OperatorCommand OperatorCommand::acknowledgeAlarm(const QString &alarmId, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::AcknowledgeAlarm, alarmId, {}, at};
}

OperatorCommand OperatorCommand::shelveAlarm(const QString &alarmId, int minutes, const QString &reason, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::ShelveAlarm, alarmId, {{QStringLiteral("minutes"), minutes}, {QStringLiteral("reason"), reason}}, at};
}

OperatorCommand OperatorCommand::importCenters(const QJsonObject &body, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::ImportCenters, QStringLiteral("import-") + QString(key).remove(QStringLiteral("cmd-")).left(32), body, at};
}

OperatorCommand OperatorCommand::postCenterNotice(const CenterNotice &notice, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::PostCenterNotice, notice.id, notice.toRequestJson(), at};
}

OperatorCommand OperatorCommand::writeCenterReview(const CenterReview &review, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::WriteCenterReview, review.id, review.toRequestJson(), at};
}

OperatorCommand OperatorCommand::hideCenterReview(const QString &reviewId, const QString &reason, const QString &key, const QDateTime &at)
{
    return {key, CommandKind::HideCenterReview, reviewId, {{QStringLiteral("reason"), reason}}, at};
}

QString OperatorCommand::newKey()
{
    return QStringLiteral("cmd-") + QUuid::createUuid().toString(QUuid::Id128);
}

bool OperatorCommand::isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    for (QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

QString OperatorCommand::path() const
{
    switch (kind) {
    case CommandKind::CreateOrder: return QStringLiteral("/orders");
    case CommandKind::CancelOrder: return QStringLiteral("/orders/%1/cancel").arg(targetId);
    case CommandKind::AcknowledgeDisaster: return QStringLiteral("/disasters/%1/acknowledge").arg(targetId);
    case CommandKind::CreateDisaster: return QStringLiteral("/disasters");
    case CommandKind::UpdateDisaster: return QStringLiteral("/disasters/%1/update").arg(targetId);
    case CommandKind::ResolveDisaster: return QStringLiteral("/disasters/%1/resolve").arg(targetId);
    // Alarm ids hold ':' ("disaster:dis-1"), which a path segment may carry as it is.
    case CommandKind::AcknowledgeAlarm: return QStringLiteral("/alarms/%1/acknowledge").arg(targetId);
    case CommandKind::ShelveAlarm: return QStringLiteral("/alarms/%1/shelve").arg(targetId);
    case CommandKind::ImportCenters: return QStringLiteral("/centers/import");
    case CommandKind::PostCenterNotice: return QStringLiteral("/centers/%1/notices").arg(body.value(kCenterId).toString());
    case CommandKind::WriteCenterReview: return QStringLiteral("/centers/%1/reviews").arg(body.value(kCenterId).toString());
    case CommandKind::HideCenterReview: return QStringLiteral("/centers/reviews/%1/hide").arg(targetId);
    }
    return {};
}

bool OperatorCommand::answerIsEntity() const
{
    return kind != CommandKind::ImportCenters && kind != CommandKind::HideCenterReview;
}

EntityKind OperatorCommand::targetEntity() const
{
    if (kind == CommandKind::CreateOrder || kind == CommandKind::CancelOrder)
        return EntityKind::Order;
    if (kind == CommandKind::AcknowledgeAlarm || kind == CommandKind::ShelveAlarm)
        return EntityKind::Alarm;
    if (kind == CommandKind::ImportCenters)
        return EntityKind::Center;
    if (kind == CommandKind::PostCenterNotice)
        return EntityKind::CenterNotice;
    if (kind == CommandKind::WriteCenterReview || kind == CommandKind::HideCenterReview)
        return EntityKind::CenterReview;
    return EntityKind::Disaster;
}

QJsonObject OperatorCommand::optimisticEffect(const QJsonObject &current) const
{
    switch (kind) {
    case CommandKind::CreateOrder: {
        // The server's answer replaces this; until then the order is the request, pending.
        QJsonObject o = body;
        o.insert(QStringLiteral("status"), toString(OrderStatus::Pending));
        o.insert(QStringLiteral("done_kwh"), 0.0);
        o.insert(QStringLiteral("reason"), QJsonValue());
        o.insert(QStringLiteral("updated_at"), toIsoUtc(createdAt));
        return o;
    }
    case CommandKind::CancelOrder: {
        if (current.isEmpty())
            return current;
        QJsonObject o = current;
        // A finished order stays as it is: the server will refuse the cancellation.
        const auto status = orderStatusFromString(o.value(QStringLiteral("status")).toString());
        if (status != OrderStatus::Completed && status != OrderStatus::Cancelled && status != OrderStatus::Failed)
            o.insert(QStringLiteral("status"), toString(OrderStatus::Cancelling));
        return o;
    }
    case CommandKind::AcknowledgeDisaster: {
        if (current.isEmpty())
            return current;
        QJsonObject o = current;
        if (o.value(QStringLiteral("acknowledged_at")).isNull() || !o.contains(QStringLiteral("acknowledged_at")))
            o.insert(QStringLiteral("acknowledged_at"), toIsoUtc(createdAt));
        return o;
    }
    case CommandKind::CreateDisaster: {
        // Until the server rates it, a disaster left to its hazard shows the lowest severity.
        QJsonObject o = body;
        if (!o.contains(QStringLiteral("severity")))
            o.insert(QStringLiteral("severity"), 1);
        o.insert(QStringLiteral("updated_at"), toIsoUtc(createdAt));
        o.insert(QStringLiteral("acknowledged_at"), QJsonValue());
        return o;
    }
    case CommandKind::UpdateDisaster: {
        const auto stored = Disaster::fromJson(current);
        if (!stored.ok())
            return current;
        auto updated = DisasterUpdate::apply(stored.value(), body);
        if (!updated.ok())
            return current; // the server will refuse it too
        Disaster d = updated.value();
        if (d.severity < 1)
            d.severity = stored.value().severity;
        return d.toJson();
    }
    case CommandKind::AcknowledgeAlarm:
    case CommandKind::ShelveAlarm: {
        // What the lifecycle will do, so the alarm bar calms at once; the server's answer replaces it.
        const auto alarm = alarm::Alarm::fromJson(current);
        if (!alarm.ok())
            return current;
        const auto changed = kind == CommandKind::AcknowledgeAlarm
                                 ? alarm::AlarmLifecycle::acknowledge(alarm.value(), QStringLiteral("(this console)"), createdAt)
                                 : alarm::AlarmLifecycle::shelve(alarm.value(), body.value(QStringLiteral("minutes")).toInt(),
                                                                 body.value(QStringLiteral("reason")).toString(), QStringLiteral("(this console)"), createdAt);
        return changed.ok() ? changed.value().toJson() : current;
    }
    case CommandKind::ImportCenters:
        return current; // the centers arrive by sync once the server merged them
    case CommandKind::PostCenterNotice: {
        // Shown from now until the server's answer names the real start and author.
        QJsonObject o = body;
        o.insert(QStringLiteral("starts_at"), toIsoUtc(createdAt));
        o.insert(QStringLiteral("posted_by"), QStringLiteral("(this console)"));
        return o;
    }
    case CommandKind::WriteCenterReview: {
        QJsonObject o = body;
        o.insert(QStringLiteral("id"), targetId);
        o.insert(QStringLiteral("author"), current.value(QStringLiteral("author")).toString());
        o.insert(QStringLiteral("updated_at"), toIsoUtc(createdAt));
        return o;
    }
    case CommandKind::HideCenterReview: {
        if (current.isEmpty())
            return current;
        // Gone at once for the admin who hid it (Store leaves marked rows out).
        QJsonObject o = current;
        o.insert(QStringLiteral("hiding"), true);
        return o;
    }
    case CommandKind::ResolveDisaster: {
        if (current.isEmpty())
            return current;
        QJsonObject o = current;
        o.insert(QStringLiteral("status"), toString(DisasterStatus::Resolved));
        if (o.value(QStringLiteral("ended_at")).isNull())
            o.insert(QStringLiteral("ended_at"), toIsoUtc(createdAt));
        return o;
    }
    }
    return current;
}

Result<OperatorCommand> OperatorCommand::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("command: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    OperatorCommand c;
    c.key = r.string(QStringLiteral("key"));
    if (r.ok() && !isValidKey(c.key))
        r.fail(QStringLiteral("key"), QStringLiteral("must be 1 to %1 printable ASCII characters").arg(kMaxKeyLength));
    c.kind = r.enumValue<CommandKind>(QStringLiteral("kind"), kKinds);
    c.targetId = r.string(QStringLiteral("target_id"));
    c.body = r.object(QStringLiteral("body"));
    c.createdAt = r.dateTime(QStringLiteral("created_at"));
    if (!r.ok())
        return r.error();
    if (c.kind == CommandKind::CreateOrder) {
        auto order = DispatchOrder::fromRequestJson(c.body);
        if (!order.ok())
            return order.error().prefixed(QStringLiteral("body"));
        if (order.value().id != c.targetId)
            return Error{QStringLiteral("target_id"), QStringLiteral("is \"%1\" but the order is \"%2\"").arg(c.targetId, order.value().id)};
    }
    if (c.kind == CommandKind::CreateDisaster) {
        auto disaster = Disaster::fromRegistrationJson(c.body);
        if (!disaster.ok())
            return disaster.error().prefixed(QStringLiteral("body"));
        if (!Disaster::isValidClientId(c.targetId))
            return Error{QStringLiteral("target_id"), QStringLiteral("\"%1\" is not an id a console may choose").arg(c.targetId)};
        if (disaster.value().id != c.targetId)
            return Error{QStringLiteral("target_id"), QStringLiteral("is \"%1\" but the disaster is \"%2\"").arg(c.targetId, disaster.value().id)};
    }
    if (c.kind == CommandKind::PostCenterNotice) {
        JsonFieldReader n(c.body);
        n.dateTime(QStringLiteral("ends_at")); // the rest is the server's to judge at its now
        const QString id = n.string(QStringLiteral("id"));
        n.string(kCenterId);
        if (!n.ok())
            return n.error().prefixed(QStringLiteral("body"));
        if (id != c.targetId)
            return Error{QStringLiteral("target_id"), QStringLiteral("is \"%1\" but the notice is \"%2\"").arg(c.targetId, id)};
    }
    if (c.kind == CommandKind::WriteCenterReview) {
        auto review = CenterReview::fromRequest(c.body);
        if (!review.ok())
            return review.error().prefixed(QStringLiteral("body"));
        if (review.value().id != c.targetId)
            return Error{QStringLiteral("target_id"), QStringLiteral("is \"%1\" but the review is \"%2\"").arg(c.targetId, review.value().id)};
    }
    return c;
}

QJsonObject OperatorCommand::toJson() const
{
    return {
        {QStringLiteral("key"), key},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("target_id"), targetId},
        {QStringLiteral("body"), body},
        {QStringLiteral("created_at"), toIsoUtc(createdAt)},
    };
}

} // namespace et::domain
