// SPDX-License-Identifier: MIT
// StreamEvent::fromJson and toChange() on arbitrary bytes: a live WebSocket event and the change
// a client applies from it. The change must be what the server would announce for it again.
#include "fuzzsupport.h"

#include "domain/streamevent.h"

using et::domain::StreamEvent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto event = et::fuzz::decodeAndRoundTrip(data, size, &StreamEvent::fromJson);
    if (!event)
        return 0;
    et::fuzz::checkKeptNumber(*et::fuzz::parseObject(data, size), QStringLiteral("cursor"), double(event->cursor));
    const auto change = event->toChange();
    if (!change.ok()) {
        FUZZ_CHECK(!change.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    FUZZ_CHECK(change.value().cursor == event->cursor, QStringLiteral("cursor changed"));
    FUZZ_CHECK(et::domain::channel::forEntity(change.value().entity) == event->channel, event->channel);
    FUZZ_CHECK(!change.value().id.isEmpty(), QStringLiteral("a change without an id"));
    const auto again = StreamEvent::fromChange(change.value()).toChange();
    FUZZ_CHECK(again.ok(), again.error().toString());
    FUZZ_CHECK(again.value() == change.value(), et::fuzz::compactText(change.value().toJson()));
    return 0;
}
