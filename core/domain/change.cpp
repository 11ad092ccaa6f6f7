// SPDX-License-Identifier: MIT
#include "change.h"

namespace et::domain {

namespace {
constexpr EnumName<EntityKind> kEntities[] = {
    {EntityKind::Asset, u"asset"},       {EntityKind::Truck, u"truck"},
    {EntityKind::Disaster, u"disaster"}, {EntityKind::Balance, u"balance"},
    {EntityKind::Center, u"center"},     {EntityKind::Order, u"order"},
    {EntityKind::Forecast, u"forecast"},  {EntityKind::DispatchPlan, u"dispatch_plan"},
    {EntityKind::Alarm, u"alarm"},        {EntityKind::CenterNotice, u"center_notice"},
    {EntityKind::CenterReview, u"center_review"},
};
constexpr EnumName<ChangeOp> kOps[] = {{ChangeOp::Upsert, u"upsert"}, {ChangeOp::Delete, u"delete"}};
} // namespace

QString toString(EntityKind k) { return enumToString<EntityKind>(k, kEntities); }
QString toString(ChangeOp op) { return enumToString<ChangeOp>(op, kOps); }
std::optional<EntityKind> entityKindFromString(QStringView t) { return enumFromString<EntityKind>(t, kEntities); }

Result<Change> Change::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("change: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    Change c;
    c.cursor = r.integer64(QStringLiteral("cursor"), 1, kMaxCursor);
    c.entity = r.enumValue<EntityKind>(QStringLiteral("entity"), kEntities);
    c.op = r.enumValue<ChangeOp>(QStringLiteral("op"), kOps);
    c.id = r.string(QStringLiteral("id"));
    if (r.ok() && c.op == ChangeOp::Upsert)
        c.data = r.object(QStringLiteral("data"));
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject Change::toJson() const
{
    return {
        {QStringLiteral("cursor"), double(cursor)},
        {QStringLiteral("entity"), toString(entity)},
        {QStringLiteral("op"), toString(op)},
        {QStringLiteral("id"), id},
        {QStringLiteral("data"), op == ChangeOp::Upsert ? QJsonValue(data) : QJsonValue()},
    };
}

Result<ChangeBatch> ChangeBatch::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("change batch: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    ChangeBatch b;
    const QJsonArray changes = r.array(QStringLiteral("changes"));
    b.cursor = r.integer64(QStringLiteral("cursor"), 0, kMaxCursor);
    b.hasMore = r.boolean(QStringLiteral("has_more"));
    if (!r.ok())
        return r.error();
    auto list = decodeArray<Change>(changes, &Change::fromJson);
    if (!list.ok())
        return list.error().prefixed(QStringLiteral("changes"));
    b.changes = std::move(list).value();
    for (const auto &c : b.changes) {
        if (c.cursor > b.cursor)
            return Error{QStringLiteral("cursor"), QStringLiteral("is behind a change it contains (%1 < %2)").arg(b.cursor).arg(c.cursor)};
    }
    return b;
}

QJsonObject ChangeBatch::toJson() const
{
    QJsonArray list;
    for (const auto &c : changes)
        list.append(c.toJson());
    return {{QStringLiteral("changes"), list}, {QStringLiteral("cursor"), double(cursor)}, {QStringLiteral("has_more"), hasMore}};
}

} // namespace et::domain
