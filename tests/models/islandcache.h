// SPDX-License-Identifier: MIT
#pragma once

#include "storefixture.h"

#include "domain/energy/energyforecast.h"

#include <QDateTime>
#include <QString>

namespace et::test {

/// A console cache for the offline forecast's tests: the snapshot (its balance is of
/// snapshotBalanceAt()), the small island's assets beside its own (SmallIsland), and a forecast
/// as the server issues it for that island, with or without its inputs.
struct IslandCache
{
    /// 2026-11-23 05:00Z (14:00 KST).
    static QDateTime snapshotBalanceAt() { return QDateTime(QDate(2026, 11, 23), QTime(5, 0), Qt::UTC); }

    /// Opens `fixture` with all that, the forecast issued at `issued`; "" or what failed.
    static QString open(StoreFixture &fixture, const QDateTime &issued, bool withInputs = true);
    /// Caches `forecast` as the server's `current` one.
    static domain::Status putForecast(StoreFixture &fixture, const domain::energy::EnergyForecastResult &forecast);
};

} // namespace et::test
