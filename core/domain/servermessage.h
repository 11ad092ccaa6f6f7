// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "streamevent.h"

#include <QByteArray>

#include <variant>

namespace et::domain {

/// One text message from the server's WebSocket, decoded the way a console reads it: anything
/// with a "channel" field is a StreamEvent; the rest must be an `authenticated` (with `user`),
/// `subscribed`, `resync` or `error` control message. Pure (bytes in, value out), so the socket code and the fuzzers share it.
class ServerMessage
{
public:
    /// Decodes UTF-8 JSON text; an error says what is wrong ("bad event: cursor: ...").
    static Result<ServerMessage> decode(const QByteArray &utf8);

    /// The event, or null when this is a control message.
    const StreamEvent *event() const { return std::get_if<StreamEvent>(&m_message); }
    /// The control message (event is "authenticated", "subscribed", "resync" or "error"), or null
    /// for an event.
    const ControlMessage *control() const { return std::get_if<ControlMessage>(&m_message); }

private:
    explicit ServerMessage(std::variant<StreamEvent, ControlMessage> message) : m_message(std::move(message)) {}

    std::variant<StreamEvent, ControlMessage> m_message;
};

} // namespace et::domain
