// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/demandshape.h"

namespace et::domain::energy {

/// The demand shape's coefficients calibrated to KPX's 2025 hourly Jeju system demand, generated
/// by scripts/make-jeju-demand-table.py (the .cpp says so; do not edit it by hand).
const DemandShape::Coefficients &jejuDemandCoefficients();

} // namespace et::domain::energy
