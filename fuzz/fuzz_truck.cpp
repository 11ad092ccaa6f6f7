// SPDX-License-Identifier: MIT
// Truck::fromJson on arbitrary bytes: what GET /trucks, sync/changes and truck.updated carry.
#include "fuzzsupport.h"

#include "domain/truck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    et::fuzz::decodeAndRoundTrip(data, size, &et::domain::Truck::fromJson);
    return 0;
}
