// SPDX-License-Identifier: MIT
#include "dispatchorder.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace et::domain {

namespace {
constexpr EnumName<OrderKind> kKinds[] = {{OrderKind::Charge, u"charge"}, {OrderKind::Deliver, u"deliver"}};
constexpr EnumName<OrderStatus> kStatuses[] = {
    {OrderStatus::Pending, u"pending"},     {OrderStatus::Accepted, u"accepted"},
    {OrderStatus::Active, u"active"},       {OrderStatus::Completed, u"completed"},
    {OrderStatus::Cancelled, u"cancelled"}, {OrderStatus::Failed, u"failed"},
    {OrderStatus::Cancelling, u"cancelling"},
};
constexpr EnumName<OrderStage> kStages[] = {
    {OrderStage::Assigned, u"assigned"},       {OrderStage::EnRoute, u"en_route"}, {OrderStage::Charging, u"charging"},
    {OrderStage::Discharging, u"discharging"}, {OrderStage::Done, u"done"},        {OrderStage::Failed, u"failed"},
    {OrderStage::Cancelled, u"cancelled"},
};
// An order has at most assigned, en route, at the target and an end.
constexpr qsizetype kMaxTimeline = 8;
// The largest truck battery the Truck codec accepts.
constexpr double kMaxKwh = 100000.0;

// The fields a creation request and a stored order share.
void readRequest(JsonFieldReader &r, DispatchOrder &o)
{
    o.id = r.string(QStringLiteral("id"));
    if (r.ok() && !DispatchOrder::isValidId(o.id))
        r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is not an order id (ord- and 8 to 40 of a-z, 0-9, -)").arg(o.id.left(60)));
    o.truckId = r.string(QStringLiteral("truck_id"));
    o.kind = r.enumValue<OrderKind>(QStringLiteral("kind"), kKinds);
    o.targetAssetId = r.string(QStringLiteral("target_asset_id"));
    o.kwh = r.number(QStringLiteral("kwh"), 0.0, kMaxKwh);
    if (r.ok() && o.kwh <= 0.0)
        r.fail(QStringLiteral("kwh"), QStringLiteral("must be greater than 0"));
    o.createdAt = r.dateTime(QStringLiteral("created_at"));
}
} // namespace

bool isChargeSite(AssetKind kind)
{
    return kind == AssetKind::Wind || kind == AssetKind::Solar;
}

bool mayTarget(OrderKind order, AssetKind asset)
{
    return (order == OrderKind::Charge) == isChargeSite(asset);
}

QString toString(OrderKind k) { return enumToString<OrderKind>(k, kKinds); }
QString toString(OrderStatus s) { return enumToString<OrderStatus>(s, kStatuses); }
QString toString(OrderStage s) { return enumToString<OrderStage>(s, kStages); }
std::optional<OrderKind> orderKindFromString(QStringView t) { return enumFromString<OrderKind>(t, kKinds); }
std::optional<OrderStatus> orderStatusFromString(QStringView t) { return enumFromString<OrderStatus>(t, kStatuses); }

bool DispatchOrder::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("ord-[a-z0-9-]{8,40}")));
    return pattern.match(id).hasMatch();
}

void DispatchOrder::mark(OrderStage stage, const QDateTime &at)
{
    timeline.append({stage, at});
    updatedAt = at;
}

QDateTime DispatchOrder::reached(OrderStage stage) const
{
    for (const OrderEvent &e : timeline) {
        if (e.stage == stage)
            return e.at;
    }
    return {};
}

bool DispatchOrder::isFinal() const
{
    return status == OrderStatus::Completed || status == OrderStatus::Cancelled || status == OrderStatus::Failed;
}

Result<DispatchOrder> DispatchOrder::fromRequestJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("order: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    DispatchOrder o;
    readRequest(r, o);
    if (!r.ok())
        return r.error();
    o.updatedAt = o.createdAt;
    return o;
}

Result<DispatchOrder> DispatchOrder::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("order: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    DispatchOrder o;
    readRequest(r, o);
    o.status = r.enumValue<OrderStatus>(QStringLiteral("status"), kStatuses);
    o.doneKwh = r.number(QStringLiteral("done_kwh"), 0.0, kMaxKwh);
    o.reason = r.optionalString(QStringLiteral("reason"));
    o.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    // Absent from servers before the order lifecycle was kept.
    const QJsonValue timeline = value.toObject().value(QStringLiteral("timeline"));
    if (!r.ok())
        return r.error();
    if (!timeline.isUndefined() && !timeline.isNull()) {
        if (!timeline.isArray() || timeline.toArray().size() > kMaxTimeline)
            return Error{QStringLiteral("timeline"), QStringLiteral("expected an array of at most %1 stages").arg(kMaxTimeline)};
        const QJsonArray events = timeline.toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (!events.at(i).isObject())
                return Error{QStringLiteral("timeline[%1]").arg(i), QStringLiteral("expected an object, got %1").arg(jsonTypeName(events.at(i)))};
            JsonFieldReader e(events.at(i).toObject());
            OrderEvent event{e.enumValue<OrderStage>(QStringLiteral("stage"), kStages), e.dateTime(QStringLiteral("at"))};
            if (!e.ok())
                return e.error().prefixed(QStringLiteral("timeline[%1]").arg(i));
            o.timeline << event;
        }
    }
    return o;
}

QJsonObject DispatchOrder::toRequestJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("truck_id"), truckId},
        {QStringLiteral("kind"), toString(kind)},
        {QStringLiteral("target_asset_id"), targetAssetId},
        {QStringLiteral("kwh"), kwh},
        {QStringLiteral("created_at"), toIsoUtc(createdAt)},
    };
}

QJsonObject DispatchOrder::toJson() const
{
    QJsonObject o = toRequestJson();
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("done_kwh"), doneKwh);
    o.insert(QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    if (!timeline.isEmpty()) {
        QJsonArray events;
        for (const OrderEvent &e : timeline)
            events.append(QJsonObject{{QStringLiteral("stage"), toString(e.stage)}, {QStringLiteral("at"), toIsoUtc(e.at)}});
        o.insert(QStringLiteral("timeline"), events);
    }
    return o;
}

} // namespace et::domain
