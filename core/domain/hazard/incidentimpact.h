// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/disaster.h"
#include "domain/dispatch/priorityallocation.h"
#include "domain/geo/georegion.h"
#include "domain/hazard/criticalfacility.h"
#include "domain/hazard/facilitypower.h"
#include "domain/hazard/hazardimpact.h"
#include "domain/hazard/hazardseverity.h"
#include "domain/hazard/outageestimate.h"
#include "domain/truck.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace et::domain::hazard {

/// What an incident's assessment needs to know of the island.
struct IncidentInputs
{
    QList<Asset> assets;
    QList<CriticalFacility> facilities;      ///< the critical-facilities file and the health centers
    QList<geo::GeoRegion> regions;           ///< the base map's eup/myeon/dong (outages by region)
    QHash<QString, double> loadShare;        ///< substation id -> its share of the island's demand
    double islandDemandMw = 0.0;
    QList<Truck> trucks;
    QDateTime now;
};

/// One asset or facility as the impact table lists it.
struct ImpactedSite
{
    enum class Category { Asset, Facility };
    Category category = Category::Asset;
    QString name;
    QString type;          ///< the asset's kind or the facility's kind, as on the wire
    double lat = 0.0;
    double lon = 0.0;
    bool approximate = false;
    SiteImpact impact;     ///< a facility's is its power: the damage probability of its substation
    bool operator==(const ImpactedSite &) const = default;
};

/// A critical facility that may lose power, with the energy trucks would bring it.
struct FacilityWithoutPower
{
    FacilityOutage outage;
    QString name;
    QString kind;
    double lat = 0.0;
    double lon = 0.0;
    bool approximate = false;
    bool operator==(const FacilityWithoutPower &) const = default;
};

/// Energy the trucks should bring a facility, and the rule that placed it.
struct PrioritySupply
{
    QString facilityId;
    QString name;
    double lat = 0.0;
    double lon = 0.0;
    double mwh = 0.0;
    dispatch::EnergyShare::Rule rule = dispatch::EnergyShare::Rule::FairShare;
    bool operator==(const PrioritySupply &) const = default;
};

/// An incident's consequences (issue 17, docs/hazards.md "Incidents"): every asset and facility
/// with the hazard's intensity there, its damage probability, state and inspection colour; the
/// demand left unserved per eup/myeon/dong, the energy deficit over the expected outage and the
/// trucks it takes; the critical facilities that may go dark; and how the trucks' energy should be
/// shared among them (PriorityAllocation: life-critical first, then max-min fair).
///
/// The hazard model follows the incident: a typhoon with a track by Holland's wind field over the
/// track's span; an earthquake with magnitude and depth by Allen et al.'s intensity; a flood by
/// its polygon (or circle) and water depth; an outage by its polygon (or circle) and regions. Any
/// other incident — a wildfire, heavy snow, a typhoon without a track — is judged by its area and
/// its operator's severity (ASSUMED: inside it, probability 0.2 at severity 1–3, 0.6 at 4–5, the
/// old rule's "watched" and "tripped").
///
/// The energy to share is what the reserved trucks carry above their 20 % reserve, or when none
/// is reserved what every truck free of an order carries.
struct IncidentImpact
{
    enum class Model { TyphoonWind, EarthquakeIntensity, FloodDepth, OutageArea, AreaBySeverity };

    QDateTime computedAt;
    Model model = Model::AreaBySeverity;
    int hazardSeverity = 0;               ///< by HazardSeverity's rule; 0 where the model has none
    std::optional<AlertLevel> alert;
    QList<ImpactedSite> sites;            ///< by inspection priority (red first), then probability
    QList<FacilityWithoutPower> facilitiesWithoutPower;
    QList<std::pair<QString, double>> unservedByRegion; ///< MW, the largest first
    double unservedMw = 0.0;
    double deficitMwh = 0.0;
    int trucksNeeded = 0;
    double availableMwh = 0.0;
    QList<PrioritySupply> supply;

    static IncidentImpact assess(const Disaster &disaster, const IncidentInputs &inputs);
    /// The unit of the intensity the model gives ("m/s", "MMI", "m", or "" for the others).
    static QString unitOf(Model model);
    static QString toString(Model model);
    bool operator==(const IncidentImpact &) const = default;
};

} // namespace et::domain::hazard
