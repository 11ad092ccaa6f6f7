// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hazard/incidentimpact.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::domain::hazard {

/// An incident's impact as the server stores it in the disaster (`impact`) and serves it at
/// `GET /api/v1/disasters/{id}/impact` (docs/api.md):
///
///   {"computed_at", "model": "typhoon_wind"|"earthquake_intensity"|"flood_depth"|"outage_area"|
///    "area_by_severity", "intensity_unit", "hazard_severity" (0: the model has no rule),
///    "alert": "green"|"orange"|"red"|null,
///    "sites": [{"id", "category": "asset"|"facility", "name", "type", "lat", "lon", "approximate",
///               "intensity", "probability", "state", "priority"}],
///    "facilities_without_power": [{"id", "name", "kind", "lat", "lon", "approximate",
///               "substation_id", "loss_probability", "outage_hours", "backup_hours",
///               "uncovered_hours", "need_mwh", "life_critical", "priority"}],
///    "unserved_by_region": [{"region", "mw"}], "unserved_mw", "deficit_mwh", "trucks_needed",
///    "available_mwh", "supply": [{"facility_id", "name", "lat", "lon", "mwh",
///               "rule": "life_critical"|"fair_share"}]}
///
/// A site's state and inspection colour are written for readers, and read back from its
/// probability (FragilityCurve's thresholds), so the two can never disagree.
class IncidentImpactJson
{
public:
    static QJsonObject toJson(const IncidentImpact &impact);
    static Result<IncidentImpact> fromJson(const QJsonValue &value);
    static QString toString(dispatch::EnergyShare::Rule rule);
};

} // namespace et::domain::hazard
