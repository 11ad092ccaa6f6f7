// SPDX-License-Identifier: MIT
#pragma once

#include "sim/truckmover.h"
#include "domain/energybalance.h"
#include "domain/result.h"

#include <QJsonObject>

namespace et::backend {

/// The trucks' accounting, checked every simulated minute: the energy trucks took from a
/// surplus must be exactly the curtailment it removed from the balance, and what they actually
/// charged and fed in, second by second, exactly what the balance counted.
///
/// Each minute's balance is computed at its start with the trucks' powers for the minute
/// (TruckPowers). expect() takes that balance and the curtailment the same minute would have had
/// without the trucks (the island dispatched again with none), and checks the first identity; the
/// trucks' steps add what they move into `moved`; settleMinute() at the next minute compares it
/// with what the balance counted. Energy a truck was granted but did not take because an operator
/// stopped it within the minute (an order cancelled) is recorded as forgone, not as an error.
struct TruckAccounting
{
    /// Tolerances of the two checks (rounding, not energy).
    static constexpr double kToleranceMw = 1e-6;
    static constexpr double kToleranceKwh = 1e-6;

    TruckLedger moved;            ///< this minute so far
    double forgoneChargeKwh = 0.0; ///< this minute: granted but not taken
    double forgoneDeliveryKwh = 0.0;
    // What this minute's balance counted, kWh.
    double expectedAbsorbedKwh = 0.0;
    double expectedGridKwh = 0.0;
    double expectedDeliveredKwh = 0.0;
    // Since the simulation started, kWh: what the trucks moved, by source.
    double absorbedKwh = 0.0;
    double gridChargedKwh = 0.0;
    double deliveredKwh = 0.0;
    double drivenKwh = 0.0;
    double forgoneKwh = 0.0;
    // The checks: minutes checked, and the largest deviations seen.
    qint64 minutesChecked = 0;
    double worstCurtailmentErrorMw = 0.0;
    double worstEnergyErrorKwh = 0.0;

    /// The balance of the minute that starts now, and the curtailment it would have had without
    /// the trucks; checks that the trucks' absorption is the curtailment removed.
    void expect(const domain::EnergyBalance &balance, double withoutTrucksCurtailedMw);
    /// Closes the minute gone: what the trucks moved against what its balance counted.
    void settleMinute();
    /// Both checks held for every minute so far.
    bool holds() const { return worstCurtailmentErrorMw <= kToleranceMw && worstEnergyErrorKwh <= kToleranceKwh; }

    static domain::Result<TruckAccounting> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace et::backend
