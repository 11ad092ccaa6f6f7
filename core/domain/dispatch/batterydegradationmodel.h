// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain::dispatch {

/// How a lithium-ion cell loses capacity with cycling and with time: the semi-empirical model of
/// B. Xu, A. Oudalov, A. Ulbig, G. Andersson, D. S. Kirschen, "Modeling of Lithium-Ion Battery
/// Degradation for Cell Life Assessment", IEEE Trans. Smart Grid 9(2) (2018) 1131–1140, with the
/// parameters the paper fits to its LMO (lithium manganese oxide) cells.
///
/// Every cycle i of depth δ (rainflow range of the SoC), mean SoC σ and cell temperature T adds
///     f_c = S_δ(δ) · S_σ(σ) · S_T(T)              (n_i = 1 for a full cycle, ½ for a half cycle)
/// and the time t spent at mean SoC σ̄ and mean temperature T̄ adds
///     f_t = S_t(t) · S_σ(σ̄) · S_T(T̄)
/// to the linearised degradation f_d = f_t + Σ n_i f_c. The capacity lost, relative to new, is
///     L = 1 − α_sei e^(−β_sei f_d) − (1 − α_sei) e^(−f_d)
/// (the first term is the fast loss while the SEI film forms, the second the slow loss after).
/// The stresses, with the LMO coefficients:
///     S_δ(δ) = (k_δ1 δ^k_δ2 + k_δ3)^−1   k_δ1 = 1.40e5, k_δ2 = −0.501, k_δ3 = −1.23e5
///     S_σ(σ) = e^(k_σ (σ − σ_ref))        k_σ = 1.04, σ_ref = 0.5
///     S_T(T) = e^(k_T (T − T_ref) T_ref / T), T in kelvin, k_T = 6.93e−2, T_ref = 25 °C
///     S_t(t) = k_t t                       k_t = 4.14e−10 per second
///     α_sei = 5.75e−2, β_sei = 121.
/// The coefficients were checked against public implementations of the paper, read for their
/// values only: FleetRL's RainflowSeiDegradation (MIT), DaniCelis25's
/// lithium_ion_battery_degradation_models (GPL-3) and pierlozi's BESS_optim agree on every value
/// above, with the same S_T in kelvin. A few other copies differ — T_ref = 293 K, k_δ2 = −0.0501,
/// α_sei = 5.57e−2, S_T without the T_ref/T factor — each alone against the rest; this class
/// follows the agreeing majority.
///
/// ASSUMPTION: the trucks' cells behave like the paper's LMO cells; no chemistry-specific ageing
/// data exists for the trucks. S_δ(1) = 1/17,000 is the fade of one full 100 % cycle at σ_ref and
/// T_ref — the stresses are 1 at their references only for S_σ and S_T.
///
/// The functions are the bare formulas: callers check their inputs (BatteryHealth does).
class BatteryDegradationModel
{
public:
    static constexpr double kDod1 = 1.40e5;
    static constexpr double kDod2 = -0.501;
    static constexpr double kDod3 = -1.23e5;
    static constexpr double kSoc = 1.04;
    static constexpr double kSocReference = 0.5;
    static constexpr double kTemperature = 6.93e-2;
    static constexpr double kTemperatureReferenceC = 25.0;
    static constexpr double kTimePerSecond = 4.14e-10;
    static constexpr double kAlphaSei = 5.75e-2;
    static constexpr double kBetaSei = 121.0;
    static constexpr double kZeroCelsiusInKelvin = 273.15;

    /// S_δ: the fade of one cycle of depth `dod` (0..1) at the reference SoC and temperature; 0 for
    /// a cycle of no depth.
    static double depthStress(double dod);
    /// S_σ at the mean state of charge `soc` (0..1).
    static double socStress(double soc);
    /// S_T at the cell temperature `temperatureC` in °C (the formula is in kelvin).
    static double temperatureStress(double temperatureC);
    /// S_t: the calendar fade of `seconds` at the reference SoC and temperature.
    static double timeStress(double seconds);

    /// f_c of one full cycle.
    static double cycleFade(double dod, double meanSoc, double temperatureC);
    /// f_t of `seconds` at a mean SoC and mean temperature.
    static double calendarFade(double seconds, double meanSoc, double meanTemperatureC);

    /// L(f_d): the capacity lost relative to new (0 new, 1 nothing left).
    static double capacityLoss(double fade);
    /// L(fade + extra) − L(fade), without the cancellation of subtracting two nearly equal losses.
    static double capacityLossIncrease(double fade, double extra);
};

} // namespace et::domain::dispatch
