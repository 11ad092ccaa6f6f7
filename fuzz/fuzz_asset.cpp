// SPDX-License-Identifier: MIT
// Asset::fromJson on arbitrary bytes: what GET /assets, sync/changes and asset.updated carry.
#include "fuzzsupport.h"

#include "domain/asset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    et::fuzz::decodeAndRoundTrip(data, size, &et::domain::Asset::fromJson);
    return 0;
}
