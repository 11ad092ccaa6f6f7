// SPDX-License-Identifier: MIT
// ControlMessage::fromJson on arbitrary bytes: subscribe, subscribed, resync and error messages
// on the WebSocket. Subscribed channels are known ones; a cursor is kept exactly.
#include "fuzzsupport.h"

#include "domain/streamevent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto message = et::fuzz::decodeAndRoundTrip(data, size, &et::domain::ControlMessage::fromJson);
    if (!message)
        return 0;
    et::fuzz::checkKeptNumber(*et::fuzz::parseObject(data, size), QStringLiteral("cursor"), double(message->cursor));
    for (const QString &name : message->channels)
        FUZZ_CHECK(et::domain::channel::all().contains(name), name);
    return 0;
}
