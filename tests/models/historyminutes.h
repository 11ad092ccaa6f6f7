// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorypage.h"

#include <QDateTime>

namespace et::test {

/// Made-up but well-formed history minutes for the chart tests, in the hundredths the caches keep
/// (so a minute reads back exactly): `count` minutes from `from`, the snapshot's three HVDC links
/// (hvdc-3, the reversible one, exporting now and then) and four of its assets (kAssetIds), with
/// sharp one-minute peaks and dips for the decimation to keep, and every 97th minute without a
/// value for wind-gasiri (a gap). `seed` varies the numbers.
struct HistoryMinutes
{
    static inline const QStringList kAssetIds{QStringLiteral("wind-gasiri"), QStringLiteral("solar-gujwa"),
                                              QStringLiteral("thermal-namjeju"), QStringLiteral("sub-sinjeju")};

    static domain::EnergyHistoryPage page(const QDateTime &from, int count, int seed = 1);
};

} // namespace et::test
