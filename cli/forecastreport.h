// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace et::cli {

/// Prints the island's energy forecast for `energytruck-cli forecast`: when it was issued, the
/// curtailment windows of the next 24 h (when, how long, MWh with P10–P90), then the next 24 h
/// hour by hour. With --json, the forecast exactly as the API gives it.
class ForecastReport
{
    Q_DECLARE_TR_FUNCTIONS(et::cli::ForecastReport)
public:
    /// 0 when printed; 1 (and why on err) when there is no forecast.
    static int print(const std::optional<domain::energy::EnergyForecastResult> &forecast, bool json, QTextStream &out, QTextStream &err);
};

} // namespace et::cli
