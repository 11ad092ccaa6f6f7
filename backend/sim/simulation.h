// SPDX-License-Identifier: MIT
#pragma once

#include "sim/seeddata.h"
#include "sim/dispatchplanning.h"
#include "sim/fleetbatteries.h"
#include "sim/orderbook.h"
#include "sim/truckaccounting.h"
#include "sim/truckmover.h"
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/energybalance.h"
#include "domain/energy/islandmodel.h"
#include "domain/energy/kpxreplaydispatch.h"
#include "domain/result.h"
#include "domain/truck.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace et::backend {

class Store;
struct EntityWrite;

/// The deterministic Jeju simulation. A simulated clock advances by (real time × speed) on each
/// timer tick, in fixed one-second steps: trucks move every step; every whole simulated minute
/// the island's energy model (IslandModel: the weather process, sun and clouds through the PV
/// chain, wind through the turbines' curves, Jeju's demand shape plus the trucks that charge)
/// dispatches a new energy balance, and every simulated quarter-hour a new forecast is issued
/// (the `forecast` entity, id "current"). The weather is a pure function of (seed, time) and the
/// random numbers of minute M come from a stream seeded by (seed, M), so the same seed and start
/// give the same minutes however the real ticks fall. Everything that changed is written to the store in one transaction per tick
/// (which also broadcasts it), together with the simulation state, so a restart continues.
/// Registered disasters act on the grid: the assets an active one's impact finds likely damaged
/// go `offline`, the ones to inspect `emergency` (see DisasterImpact), and offline plants, links,
/// wind and solar produce nothing. The planning rounds take the active ones' priority supply.
/// Dispatch orders (OrderBook) run in the same steps; order and truck changes go out in the tick's
/// transaction, finished orders are deleted after the order retention and old tombstones purged
/// after the tombstone retention (both simulated seconds, checked each simulated minute). An
/// operator command is planned here (planOrder, planCancel) and committed by the API; the
/// simulation takes the committed orders and trucks back from Store::committed.
class Simulation : public QObject
{
    Q_OBJECT
public:
    Simulation(Store &store, const SeedData &seed, quint64 rngSeed, QObject *parent = nullptr);

    /// Replays KPX's real Jeju series instead of the model's island (`--history-source kpx`):
    /// each minute's balance and the assets' outputs come from `series` through
    /// KpxReplayDispatch; trucks, orders, disasters and the forecast (the model's own) run as
    /// before. The clock must lie inside the series, and stops at its end. Before initialize().
    void setReplay(std::shared_ptr<const domain::energy::KpxIslandSeries> series) { m_replay = std::move(series); }
    bool replaying() const { return m_replay != nullptr; }
    /// Whether a replay of `series` may start at `start`; the error says where it may.
    static domain::Status replayMayStartAt(const domain::energy::KpxIslandSeries &series, const QDateTime &start);

    /// Loads the state from the store, or starts at `start` (floored to the minute) on a fresh
    /// store, computing and writing the first minute. A replay whose clock is outside its series
    /// is an error.
    domain::Status initialize(const QDateTime &start);
    /// Ticks every `tickMs` real milliseconds at `speed` simulated seconds per real second.
    void start(double speed, int tickMs);
    void stop();

    /// Runs `seconds` simulated seconds at once and writes the result (what a tick does).
    domain::Status advance(qint64 seconds);

    QDateTime simTime() const { return m_simTime; }
    const QList<domain::Asset> &assets() const { return m_assets; }
    const QList<domain::Truck> &trucks() const { return m_trucks; }
    /// The disasters active at the simulated time now (DisasterImpact::isActive).
    QList<domain::Disaster> activeDisasters() const;
    const domain::EnergyBalance &balance() const { return m_balance; }
    const domain::energy::IslandModel &model() const { return m_model; }
    /// Simulated seconds between forecasts (900 by default: Jeju's real-time market interval).
    void setForecastInterval(qint64 seconds) { m_forecastIntervalSecs = seconds; }
    /// True while the timer runs and the last tick's write went through (for /ready).
    bool isRunning() const { return m_timer.isActive(); }
    bool lastTickFailed() const { return m_lastTickFailed; }

    /// Simulated seconds a finished order is kept, and a delete's tombstone.
    void setRetention(qint64 orderSecs, qint64 tombstoneSecs);
    /// What accepting or cancelling an order would do now; nothing changes until it is committed.
    OrderDecision planOrder(const domain::DispatchOrder &request) const;
    OrderDecision planCancel(const QString &orderId) const;
    int openOrders() const { return m_orders.openCount(); }
    /// The trucks' energy accounting so far (checked every simulated minute).
    const TruckAccounting &accounting() const { return m_ledger; }

signals:
    /// Each simulated minute once its balance and the assets' outputs are computed, before the
    /// tick's commit (EnergyHistoryStore records it for that commit).
    void minuteComputed(const et::domain::EnergyBalance &balance, const QList<et::domain::Asset> &assets);

private:
    void tick();
    void simulateMinute(QList<EntityWrite> &writes);
    void issueDueForecast(QList<EntityWrite> &writes);
    /// Plans the truck dispatch when a round falls due (DispatchPlanning) and writes the plan.
    void planDueDispatch(QList<EntityWrite> &writes);
    void noteChanges(const QList<domain::Change> &changes);
    void orderWrites(QList<EntityWrite> &writes) const;
    QString stateJson() const;

    Store &m_store;
    domain::energy::IslandModel m_model;
    std::shared_ptr<const domain::energy::KpxIslandSeries> m_replay;
    std::optional<domain::energy::KpxReplayDispatch> m_replayDispatch;
    TruckMover m_mover;
    quint64 m_seed;
    QList<domain::Asset> m_assets;
    QHash<QString, domain::Disaster> m_disasters; ///< every registered disaster, by id
    QList<domain::Truck> m_trucks;
    QList<domain::Truck> m_writtenTrucks;
    OrderBook m_orders;
    QMap<QString, domain::DispatchOrder> m_writtenOrders;
    QHash<QString, domain::AssetStatus> m_assetStatus; ///< as of the last simulated minute
    qint64 m_orderRetentionSecs = 86400;
    qint64 m_tombstoneRetentionSecs = 7 * 86400;
    bool m_writing = false;        ///< our own commit: Store::committed has nothing new for us
    bool m_lastTickFailed = false;
    domain::EnergyBalance m_balance;
    QDateTime m_simTime;
    qint64 m_forecastIntervalSecs = 900;
    QDateTime m_forecastIssued;
    QDateTime m_forecastDue;            ///< the last quarter-hour this tick at which one fell due
    QSet<QString> m_forecastOffline;    ///< assets out of service then
    QElapsedTimer m_forecastWallClock;  ///< real time since the last forecast
    std::optional<domain::energy::EnergyForecastResult> m_forecast; ///< the last issued, for the dispatch
    DispatchPlanning m_dispatch;
    FleetBatteries m_batteries;
    TruckAccounting m_ledger;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    double m_speed = 1.0;
    double m_carryMs = 0.0;
};

} // namespace et::backend
