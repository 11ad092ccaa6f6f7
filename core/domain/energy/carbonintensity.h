// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/generationmix.h"
#include "domain/result.h"

#include <QString>

namespace et::domain::energy {

/// Carbon intensity of the electricity Jeju consumes, and the CO₂ a kWh saves when it is moved
/// from curtailment into consumption. Factors (gCO₂eq/kWh, life cycle, medians):
/// - coal 820, gas combined cycle 490 (used for all of Jeju's LNG: its steam units would be
///   ~30 % higher), biomass dedicated 230, solar PV utility 48, wind onshore 11, offshore 12:
///   IPCC AR5 WG3 Annex III, Table A.III.2 (Schlömer et al. 2014);
/// - oil 840: IPCC SRREN (2011) Annex II, Table A.II.4 (oil-fired electricity, median of the
///   reviewed life-cycle estimates, range 510–1170);
/// - bio heavy oil 230: ASSUMED equal to IPCC's dedicated biomass; no published life-cycle value
///   for Korean bio heavy oil (made from animal fat and vegetable-oil residues) was found, and
///   its real value depends on the feedstock and on land-use accounting;
/// - imports over HVDC 417.3: Korea's consumption-side national grid emission factor for 2023,
///   0.4173 tCO₂eq/MWh (Ministry of Climate, Energy and Environment, published 2025-12-18, from
///   the national GHG inventory). It counts combustion only and includes grid losses; the
///   life-cycle intensity of Korea's 2023 mix with the IPCC medians is about 413 g/kWh
///   (lowcarbonpower.org), within 1 %. It is the national average, not the margin.
/// All functions are pure and cheap; invalid input (negative or NaN amounts) is an error naming
/// the field.
class CarbonIntensity
{
public:
    static constexpr double kMainlandGridGPerKWh = 417.3;

    static double lifeCycleGPerKWh(Fuel fuel);
    static QString sourceOf(Fuel fuel);

    /// gCO₂eq/kWh of what Jeju consumes: Σ local_f × factor_f + imports × mainland, over
    /// Σ local_f + imports. Exports leave out of the same pool, so they carry its average
    /// intensity and do not change it: they are not in the formula. Fails when nothing is
    /// generated or imported.
    static Result<double> consumedGPerKWh(const GenerationMix &mix);
    /// gCO₂eq/kWh of the dispatchable part (thermal plants and imports): what extra energy from
    /// storage turns down. 0 when nothing dispatchable runs.
    static Result<double> displacedGPerKWh(const GenerationMix &mix);
    /// kg CO₂eq avoided when `kWh` of curtailed renewable energy (from `source`) is consumed at a
    /// moment with the given mix instead of being curtailed: kWh × (displaced − source) / 1000.
    /// It displaces the dispatchable part pro rata (other renewables would be curtailed, not
    /// turned down); when nothing dispatchable runs it displaces nothing and avoids 0. Storage
    /// and transport losses are the caller's: pass the kWh that reach consumption.
    static Result<double> avoidedKg(double kWh, Fuel source, const GenerationMix &atDelivery);
};

} // namespace et::domain::energy
