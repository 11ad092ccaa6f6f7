// SPDX-License-Identifier: MIT
#pragma once

// The degradation model of B. Xu, A. Oudalov, A. Ulbig, G. Andersson, D. S. Kirschen, "Modeling
// of Lithium-Ion Battery Degradation for Cell Life Assessment", IEEE Trans. Smart Grid 9(2) 2018,
// with its LMO cell coefficients typed in afresh — the table's values as issue 16 quotes them
// and FleetRL, lithium_ion_battery_degradation_models and BESS_optim all use them — apart from
// BatteryDegradationModel, so that a slip in either shows as a difference.
//
// No published table of the model's outputs (capacity after N cycles at a depth, cycle life) was
// found: the paper shows them as figures, and the public implementations read for values
// (FleetRL, MIT; lithium_ion_battery_degradation_models, GPL-3; BESS_optim) print none.

#include <cmath>

namespace paper {
// Xu et al. 2018, the LMO cell: DoD, SoC, temperature and time stress, SEI film.
constexpr double kd1 = 1.40e5, kd2 = -0.501, kd3 = -1.23e5;
constexpr double ksigma = 1.04, sigmaRef = 0.5;
constexpr double kT = 6.93e-2, TrefK = 25.0 + 273.15;
constexpr double kt = 4.14e-10; // per second
constexpr double alpha = 5.75e-2, beta = 121.0;

inline double depth(double d) { return 1.0 / (kd1 * std::pow(d, kd2) + kd3); }
inline double soc(double s) { return std::exp(ksigma * (s - sigmaRef)); }
inline double temperature(double c)
{
    const double t = c + 273.15;
    return std::exp(kT * (t - TrefK) * TrefK / t);
}
inline double loss(double fd) { return 1.0 - alpha * std::exp(-beta * fd) - (1.0 - alpha) * std::exp(-fd); }
} // namespace paper
