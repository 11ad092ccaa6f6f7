// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/koreanholidays.h"
#include "domain/result.h"

namespace et::jejudata {

/// Korea's public holidays 2018–2027 with their substitutes (hyunbinseo/holidays-kr, MIT,
/// resources/data/holidays) and Jeju's 4·3 memorial day, bundled in the binary and read once on
/// first use, from any thread: the server's demand shape and the console's open-now read the same.
class BundledHolidays
{
public:
    static const domain::Result<domain::energy::KoreanHolidays> &calendar();
};

} // namespace et::jejudata
