// SPDX-License-Identifier: MIT
#pragma once

#include "disaster.h"

#include <QJsonObject>

namespace et::domain {

/// An operator's change to a registered disaster (`POST /api/v1/disasters/{id}/update`): a JSON
/// object with the fields to change — severity, the circle, status, ended_at, title,
/// description, the hazard (track, magnitude, depth_km, polygon, depth_m, regions) and the
/// reserved trucks; `null` removes an optional one. The type and the start stay.
///
/// A new footprint without a new circle refits the circle (Disaster::fitCircle), and a new track
/// or magnitude without a severity leaves the severity to the hazard again: what the map shows and
/// how bad it is follow what changed.
class DisasterUpdate
{
public:
    /// `stored` with `changes` applied and checked as a registration is; the id, the
    /// acknowledgement and the impact are kept (the server recomputes the impact).
    static Result<Disaster> apply(const Disaster &stored, const QJsonObject &changes);
    /// The fields an update may carry.
    static const QStringList &fields();
};

} // namespace et::domain
