// SPDX-License-Identifier: MIT
#include "streamevent.h"

namespace et::domain {

namespace {
// Access tokens are a few hundred characters; a megabyte "token" is an attack.
constexpr qsizetype kMaxTokenLength = 4096;
} // namespace

QStringList channel::all()
{
    return {energy, assets, trucks, disasters, orders, dispatch, alarms, centers};
}

QString channel::forEntity(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Balance:
    case EntityKind::Forecast: return energy;
    case EntityKind::Asset: return assets;
    case EntityKind::Truck: return trucks;
    case EntityKind::DispatchPlan: return dispatch;
    case EntityKind::Disaster: return disasters;
    case EntityKind::Order: return orders;
    case EntityKind::Alarm: return alarms;
    case EntityKind::Center:
    case EntityKind::CenterNotice:
    case EntityKind::CenterReview: return centers;
    }
    return {};
}

namespace {
// The balance, the forecast and the dispatch plan are single entities; their change-log id is fixed.
const QString kSingleId = QStringLiteral("current");
} // namespace

Result<StreamEvent> StreamEvent::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("event: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    StreamEvent e;
    e.channel = r.string(QStringLiteral("channel"));
    e.event = r.string(QStringLiteral("event"));
    e.data = r.object(QStringLiteral("data"));
    e.cursor = r.integer64(QStringLiteral("cursor"), 1, kMaxCursor);
    if (r.ok() && !channel::all().contains(e.channel))
        r.fail(QStringLiteral("channel"), QStringLiteral("unknown channel \"%1\"").arg(e.channel));
    if (!r.ok())
        return r.error();
    return e;
}

QJsonObject StreamEvent::toJson() const
{
    return {{QStringLiteral("channel"), channel},
            {QStringLiteral("event"), event},
            {QStringLiteral("data"), data},
            {QStringLiteral("cursor"), double(cursor)}};
}

Result<Change> StreamEvent::toChange() const
{
    const qsizetype dot = event.indexOf(u'.');
    const auto kind = entityKindFromString(QStringView(event).left(dot));
    const QStringView verb = dot < 0 ? QStringView() : QStringView(event).mid(dot + 1);
    if (dot < 0 || !kind || (verb != u"created" && verb != u"updated" && verb != u"deleted"))
        return Error{QStringLiteral("event"), QStringLiteral("unknown event \"%1\"").arg(event)};
    if (channel::forEntity(*kind) != channel)
        return Error{QStringLiteral("event"), QStringLiteral("\"%1\" does not belong on channel \"%2\"").arg(event, channel)};
    Change c;
    c.cursor = cursor;
    c.entity = *kind;
    c.op = verb == u"deleted" ? ChangeOp::Delete : ChangeOp::Upsert;
    if (*kind == EntityKind::Balance || *kind == EntityKind::Forecast || *kind == EntityKind::DispatchPlan) {
        c.id = kSingleId;
    } else {
        const QJsonValue id = data.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            return Error{QStringLiteral("data.id"), QStringLiteral("is missing")};
        c.id = id.toString();
    }
    if (c.op == ChangeOp::Upsert)
        c.data = data;
    return c;
}

StreamEvent StreamEvent::fromChange(const Change &change)
{
    StreamEvent e;
    e.channel = channel::forEntity(change.entity);
    e.event = toString(change.entity) + (change.op == ChangeOp::Delete ? QStringLiteral(".deleted") : QStringLiteral(".updated"));
    e.data = change.op == ChangeOp::Delete ? QJsonObject{{QStringLiteral("id"), change.id}} : change.data;
    e.cursor = change.cursor;
    return e;
}

Result<ControlMessage> ControlMessage::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("message: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    ControlMessage m;
    m.event = r.string(QStringLiteral("event"));
    if (r.ok() && (m.event == u"subscribe" || m.event == u"subscribed")) {
        const QJsonArray list = r.array(QStringLiteral("channels"));
        for (qsizetype i = 0; r.ok() && i < list.size(); ++i) {
            const QString name = list.at(i).toString();
            if (!channel::all().contains(name))
                r.fail(QStringLiteral("channels[%1]").arg(i), QStringLiteral("unknown channel \"%1\"").arg(list.at(i).toVariant().toString()));
            else
                m.channels << name;
        }
    }
    if (r.ok() && o.contains(QStringLiteral("cursor")))
        m.cursor = r.integer64(QStringLiteral("cursor"), 0, kMaxCursor);
    if (r.ok() && m.event == u"auth") {
        m.token = r.string(QStringLiteral("token"));
        if (r.ok() && m.token.size() > kMaxTokenLength)
            r.fail(QStringLiteral("token"), QStringLiteral("is longer than %1 characters").arg(kMaxTokenLength));
    }
    if (r.ok() && m.event == u"authenticated") {
        auto user = UserAccount::fromJson(r.object(QStringLiteral("user")));
        if (r.ok() && !user.ok())
            return user.error().prefixed(QStringLiteral("user"));
        if (r.ok())
            m.user = user.value();
    }
    if (r.ok() && m.event == u"error") {
        JsonFieldReader er(r.object(QStringLiteral("error")));
        m.errorCode = er.string(QStringLiteral("code"));
        m.errorMessage = er.string(QStringLiteral("message"));
        if (!er.ok())
            return er.error().prefixed(QStringLiteral("error"));
    }
    if (!r.ok())
        return r.error();
    return m;
}

QJsonObject ControlMessage::toJson() const
{
    QJsonObject o{{QStringLiteral("event"), event}};
    if (event == u"subscribe" || event == u"subscribed")
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    if (event != u"subscribe" && event != u"auth")
        o.insert(QStringLiteral("cursor"), double(cursor));
    if (event == u"auth")
        o.insert(QStringLiteral("token"), token);
    if (event == u"authenticated" && user)
        o.insert(QStringLiteral("user"), user->toJson());
    if (event == u"error")
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode}, {QStringLiteral("message"), errorMessage}});
    return o;
}

} // namespace et::domain
