// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/dispatchplan.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::domain::dispatch {

/// The wire form of a DispatchPlan (docs/api.md, "Dispatch suggestions"): snake_case fields, times
/// in ISO 8601 UTC, money in KRW, energy in kWh, routes as [lat, lon] pairs. Reading is strict:
/// a wrong type, a missing field, a non-finite or out-of-range number, an unknown task kind or a
/// route point off the Earth fails the whole plan with the field's path named, so a damaged plan
/// is never half shown.
class DispatchPlanJson
{
public:
    static QJsonObject toJson(const DispatchPlan &plan);
    static Result<DispatchPlan> fromJson(const QJsonValue &value);
    /// A task's rule as on the wire: "best_value", "life_critical" or "fair_share".
    static QString toString(PlanTask::Rule rule);
};

} // namespace et::domain::dispatch
