// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/forecastinputs.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::domain::energy {

/// A forecast's inputs on the wire: the optional `inputs` object of the forecast
/// (docs/api.md, `GET /api/v1/energy/forecast`). The outlook is six arrays of kPoints numbers, one
/// value an hour from `start` (`step_s` 3600), beside `issued`; the rest are small lists keyed by
/// asset id. The decoder checks every field's presence, type and range, that `start` is the
/// issue time's hour, that ids are unique and every farm's turbine type has a curve, and that
/// each curve makes a turbine model (WindTurbineModel::fromCurve): damaged inputs are refused
/// whole, with the field's path.
class ForecastInputsJson
{
public:
    static QJsonObject toJson(const ForecastInputs &inputs);
    static Result<ForecastInputs> fromJson(const QJsonValue &value);

    /// An HVDC link as jeju-assets.json and the inputs spell it: id, name, mainland_terminal,
    /// jeju_terminal_asset_id, capacity_mw, reversible, min_mw (≥ 0 unless reversible),
    /// max_operating_mw (between min_mw and capacity_mw).
    static QJsonObject linkToJson(const HvdcLink &link);
    static Result<HvdcLink> linkFromJson(const QJsonValue &value);
};

} // namespace et::domain::energy
