// SPDX-License-Identifier: MIT
#include "servermessage.h"

namespace et::domain {

Result<ServerMessage> ServerMessage::decode(const QByteArray &utf8)
{
    const auto parsed = parseJsonObject(utf8);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject &object = parsed.value();
    if (object.contains(QStringLiteral("channel"))) {
        auto event = StreamEvent::fromJson(object);
        if (!event.ok())
            return Error{{}, QStringLiteral("bad event: %1").arg(event.error().toString())};
        return ServerMessage(std::move(event).value());
    }
    auto control = ControlMessage::fromJson(object);
    if (!control.ok())
        return Error{{}, QStringLiteral("bad control message: %1").arg(control.error().toString())};
    const QString &name = control.value().event;
    // "auth" and "subscribe" are what a console sends; a server never does.
    if (name != u"authenticated" && name != u"subscribed" && name != u"resync" && name != u"error")
        return Error{{}, QStringLiteral("unknown control message \"%1\"").arg(name)};
    return ServerMessage(std::move(control).value());
}

} // namespace et::domain
