// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::domain::energy {

/// The forecast on the wire (`GET /api/v1/energy/forecast`, the `forecast` channel) and in the
/// console's cache. Bands are `[p10, p50, p90]` arrays; steps carry their start time; the decoder
/// checks every number is finite and within range, each band is ordered, the steps are 96
/// quarter-hours and 168 hours evenly spaced after the issue time, and every asset has a value for
/// every step — a damaged forecast is refused whole, never half-read. The optional `inputs`
/// (ForecastInputsJson) are held to the same rule: when present they must decode whole and their
/// outlook must have been issued with the forecast.
class ForecastJson
{
public:
    static QJsonObject toJson(const EnergyForecastResult &forecast);
    static Result<EnergyForecastResult> fromJson(const QJsonValue &value);

    /// What the server keeps of each value: tenths (MW, KRW/kWh, g/kWh).
    static constexpr double kResolution = 0.1;
    /// Every value to `resolution` (the server sends tenths: a forecast's digits beyond them are
    /// noise, and full doubles would make it ~420 KB instead of ~150 KB).
    static EnergyForecastResult rounded(EnergyForecastResult forecast, double resolution);

    static QJsonArray bandToJson(const Band &band);
    /// `[p10, p50, p90]` within [min, max], ordered (to 1e-6).
    static Result<Band> bandFromJson(const QJsonValue &value, double min, double max);
};

} // namespace et::domain::energy
