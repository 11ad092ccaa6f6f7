// SPDX-License-Identifier: MIT
// EnergyBalance::fromJson on arbitrary bytes: GET /energy/balance and balance.updated.
#include "fuzzsupport.h"

#include "domain/energybalance.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    et::fuzz::decodeAndRoundTrip(data, size, &et::domain::EnergyBalance::fromJson);
    return 0;
}
