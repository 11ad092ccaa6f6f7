// SPDX-License-Identifier: MIT
#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QStringList>

#include <variant>

namespace et::domain {

/// A console's text message on the WebSocket as the server reads it. The only request is
/// `subscribe` with its channels; anything else is refused with the `error` control message to
/// answer it with (code `invalid_json`, `validation_failed` or `bad_request`; the caller adds the
/// cursor). Pure, so the server's socket code and the fuzzers share it.
struct SubscribeRequest
{
    QStringList channels; ///< known channel names, as sent (a later subscribe replaces them)

    /// The request, or the error message to send back.
    static std::variant<SubscribeRequest, ControlMessage> decode(const QByteArray &utf8);
};

} // namespace et::domain
