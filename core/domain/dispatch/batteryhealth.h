// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/batterydegradationmodel.h"
#include "domain/dispatch/rainflowcounter.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::domain::dispatch {

/// One truck's battery health: its state of health (SoH, the capacity left relative to new) as it
/// is cycled and as it ages, and what cycling it further costs in wear — the price the dispatch
/// optimiser puts on each kWh a task moves through the pack.
///
/// Fed the truck's state of charge over time (a sample a simulated minute, say), it counts the
/// SoC's cycles by rainflow (RainflowCounter, ASTM E1049) and ages the cells by the model of
/// Xu et al. 2018 (BatteryDegradationModel; the LMO cell parameters are an ASSUMPTION for the
/// trucks): each counted cycle adds its fade f_c at its depth and mean SoC, SoH = 1 − L(f_d).
/// Cycles the history has not closed yet (the rainflow residue) count as half cycles in SoH now,
/// as ASTM's step 6 counts them at the end of a history.
///
/// The paper ages a cycle at its mean temperature; here a half cycle is aged at the temperature
/// where it began, and a whole cycle as its two halves (the mean of S_T at its two turning
/// points). The same at a steady temperature, but it keeps SoH from rising when the cells cool
/// while a swing goes on: the half cycle still open would otherwise be re-aged colder.
///
/// Calendar ageing is summed interval by interval, k_t Δt S_σ(σ) S_T(T) at each interval's mean
/// SoC and temperature, where the paper writes f_t = k_t t S_σ(σ̄) S_T(T̄) with the means over the
/// whole life. The two agree whenever SoC and temperature hold still (the paper's tests); for a
/// truck they do not, and with whole-life means a cold spell after a summer would lower T̄ and
/// with it f_t — d(t S_T(T̄))/dt < 0 once T is some 14 K below T̄ — so SoH would rise in winter.
///
/// Wear cost: one more cycle of depth δ at mean SoC σ and temperature T raises L by
/// ΔL = L(f_d + f_c) − L(f_d) — more while the SEI film is still forming in a new pack. The pack
/// is replaced when it has lost kEndOfLifeLoss of its capacity (the usual 80 % end of life of
/// traction batteries), so ΔL uses up ΔL / kEndOfLifeLoss of a replacement that costs
/// replacementKrwPerKwh × capacityNewKwh. The cycle delivers δ × capacityKwh() (its discharge;
/// the charge that goes with it is not counted again), so
///     wear cost = ΔL / L_eol × replacement × capacity_new ÷ (δ × capacity_now)   KRW per kWh.
///
/// The replacement price is an ASSUMPTION: BloombergNEF's 2025 Lithium-Ion Battery Price Survey
/// (9 December 2025) puts the global volume-weighted average pack at US$108/kWh (BEV packs
/// $99, stationary storage $70); a truck's pack is a vehicle pack bought outside China's $84
/// market, so the global average is taken, at the won's 2025 average of 1,422.16 per US$ (onshore
/// trading, Yonhap, 31 December 2025): 153,593 KRW per kWh of capacity, the pack alone (no
/// fitting labour).
class BatteryHealth
{
public:
    static constexpr double kPackPriceUsdPerKwh = 108.0;
    static constexpr double kKrwPerUsd = 1422.16;
    static constexpr double kReplacementKrwPerKwh = kPackPriceUsdPerKwh * kKrwPerUsd;
    static constexpr double kEndOfLifeLoss = 0.2;
    /// Cell temperatures the model is asked about; it was fitted near 25 °C, so far from it the
    /// answer is the formula's, not the cell's.
    static constexpr double kMinTemperatureC = -40.0;
    static constexpr double kMaxTemperatureC = 80.0;
    /// A sample may follow the one before after at most this long (a century).
    static constexpr double kMaxSampleSeconds = 100.0 * 365.25 * 86400.0;

    /// A new pack of `capacityNewKwh` (1..100,000 kWh, as a Truck's). An error for a capacity, a
    /// price (0..10⁷ KRW/kWh) or an end-of-life loss (0..1, above 0) outside their ranges.
    static Result<BatteryHealth> create(double capacityNewKwh, double replacementKrwPerKwh = kReplacementKrwPerKwh,
                                        double endOfLifeLoss = kEndOfLifeLoss);

    /// The truck's SoC (0..1) and cell temperature (°C) `seconds` after the previous sample (for
    /// the first, after the pack was new — usually 0). An error, and nothing changed, for a NaN,
    /// a SoC outside [0, 1], a temperature outside the model's range or negative time.
    Status addSample(double seconds, double soc, double temperatureC = BatteryDegradationModel::kTemperatureReferenceC);

    /// f_d now: the closed cycles, the residue counted as half cycles, and the calendar time.
    double fade() const;
    /// L: the capacity lost relative to new.
    double capacityLoss() const { return BatteryDegradationModel::capacityLoss(fade()); }
    double stateOfHealth() const { return 1.0 - capacityLoss(); }
    double capacityNewKwh() const { return m_capacityNewKwh; }
    /// The capacity now, capacityNewKwh × SoH.
    double capacityKwh() const { return m_capacityNewKwh * stateOfHealth(); }
    double replacementKrwPerKwh() const { return m_replacementKrwPerKwh; }
    double endOfLifeLoss() const { return m_endOfLifeLoss; }
    /// Time sampled so far, in seconds.
    double calendarSeconds() const { return m_seconds; }
    /// Full cycles counted so far, half cycles as ½, the residue included.
    double cycleCount() const;

    /// The marginal wear cost of one more cycle of depth `dod` (0..1, above 0) about `meanSoc`
    /// at `temperatureC`, in KRW per kWh it discharges. An error for a depth that does not fit
    /// about the mean (σ ± δ/2 must stay in [0, 1]), a NaN or a temperature out of range.
    Result<double> wearCostKrwPerKwh(double dod, double meanSoc,
                                     double temperatureC = BatteryDegradationModel::kTemperatureReferenceC) const;

    /// What the backend keeps to go on later: the pack, the fade of the cycles closed for good,
    /// the calendar time and fade and the rainflow turning points still open. state_of_health and
    /// capacity_kwh are written for readers and ignored by fromJson.
    QJsonObject toJson() const;
    /// The inverse of toJson; an error naming the field for a wrong type, a missing field, a
    /// value out of range or turning points no counter could have kept.
    static Result<BatteryHealth> fromJson(const QJsonValue &value);

private:
    BatteryHealth(double capacityNewKwh, double replacementKrwPerKwh, double endOfLifeLoss);
    static double fadeOf(const QList<RainflowCounter::Cycle> &cycles);

    double m_capacityNewKwh;
    double m_replacementKrwPerKwh;
    double m_endOfLifeLoss;
    RainflowCounter m_counter;
    double m_closedFade = 0.0;         ///< Σ n_i f_c over the cycles closed for good
    double m_closedCycles = 0.0;       ///< Σ n_i over them
    double m_seconds = 0.0;            ///< calendar time
    double m_calendarFade = 0.0;       ///< Σ k_t Δt S_σ S_T over the sampled intervals
    double m_latestTemperatureC = BatteryDegradationModel::kTemperatureReferenceC;
};

} // namespace et::domain::dispatch
