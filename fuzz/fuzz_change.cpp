// SPDX-License-Identifier: MIT
// Change::fromJson on arbitrary bytes: one entry of a sync/changes page. The cursor decides what
// a client asks for next, so an accepted cursor must be exactly the one sent.
#include "fuzzsupport.h"

#include "domain/change.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto change = et::fuzz::decodeAndRoundTrip(data, size, &et::domain::Change::fromJson);
    if (!change)
        return 0;
    et::fuzz::checkKeptNumber(*et::fuzz::parseObject(data, size), QStringLiteral("cursor"), double(change->cursor));
    return 0;
}
