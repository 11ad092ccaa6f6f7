// SPDX-License-Identifier: MIT
#include "sim/incidentassessor.h"

#include "backendlogging.h"
#include "domain/hazard/incidentimpactjson.h"
#include "jejudata/bundledislandmap.h"
#include "sim/simulation.h"

namespace et::backend {

IncidentAssessor::IncidentAssessor(const Simulation &simulation, const SeedData &seed)
    : m_simulation(simulation), m_loadShare(seed.loadShare)
{
    const auto &regions = jejudata::BundledIslandMap::regions();
    const auto &facilities = jejudata::BundledIslandMap::criticalFacilities();
    if (regions.ok())
        m_regions = regions.value();
    if (facilities.ok())
        m_facilities = facilities.value();
    else
        m_problem = facilities.error().toString();
    if (!m_problem.isEmpty())
        qCWarning(lcSim).noquote() << "incidents will be assessed without the bundled map:" << m_problem;
    for (const domain::Center &c : seed.centers)
        m_facilities << domain::hazard::CriticalFacility::ofCenter(c);
}

domain::hazard::IncidentImpact IncidentAssessor::assess(const domain::Disaster &disaster) const
{
    domain::hazard::IncidentInputs in;
    in.assets = m_simulation.assets();
    in.facilities = m_facilities;
    in.regions = m_regions;
    in.loadShare = m_loadShare;
    in.islandDemandMw = m_simulation.balance().demandMw;
    in.trucks = m_simulation.trucks();
    in.now = m_simulation.simTime();
    return domain::hazard::IncidentImpact::assess(disaster, in);
}

void IncidentAssessor::rate(domain::Disaster &disaster) const
{
    const auto impact = assess(disaster);
    if (disaster.severity < 1)
        disaster.severity = std::max(1, impact.hazardSeverity);
    disaster.impact = domain::hazard::IncidentImpactJson::toJson(impact);
}

} // namespace et::backend
