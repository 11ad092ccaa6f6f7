// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"
#include "domain/hazard/incidentimpact.h"
#include "sim/seeddata.h"

namespace et::backend {

class Simulation;

/// Assesses the server's incidents (hazard::IncidentImpact) against the island as the simulation
/// has it now: its assets, trucks and demand, the seed's substation load shares, the bundled
/// eup/myeon/dong and critical facilities, and the seed's health centers. The API calls rate()
/// on every registration and update, so the stored disaster carries its impact, and the change
/// log pushes it to every console with the disaster.
class IncidentAssessor
{
public:
    IncidentAssessor(const Simulation &simulation, const SeedData &seed);

    domain::hazard::IncidentImpact assess(const domain::Disaster &disaster) const;
    /// Stores the impact in `disaster` and sets its severity from the hazard where the request
    /// left it out (a hazard without a rule, as a flood's: 1, which the operator should set).
    void rate(domain::Disaster &disaster) const;
    /// Why the bundled map or facilities could not be read ("" when they were): then
    /// outages by region and the critical facilities are missing from every impact.
    QString problem() const { return m_problem; }

private:
    const Simulation &m_simulation;
    QHash<QString, double> m_loadShare;
    QList<domain::hazard::CriticalFacility> m_facilities;
    QList<domain::geo::GeoRegion> m_regions;
    QString m_problem;
};

} // namespace et::backend
