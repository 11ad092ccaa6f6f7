// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/energybalance.h"
#include "gridmodel.h"
#include "domain/result.h"
#include "domain/truck.h"
#include "truckmover.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace et::backend {

class Store;
struct EntityWrite;

/// The deterministic Jeju simulation. A simulated clock advances by (real time × speed) on each
/// timer tick, in fixed one-second steps: trucks move every step; every whole simulated minute
/// the weather moves on (wind regime and gusts, cloudiness), demand follows its daily curve (plus
/// the trucks that charge) and the grid model dispatches a new energy balance. The random numbers of minute M come from a
/// stream seeded by (seed, M), so the same seed and start give the same minutes however the real
/// ticks fall. Everything that changed is written to the store in one transaction per tick
/// (which also broadcasts it), together with the simulation state, so a restart continues.
/// Registered disasters act on the grid: assets inside an active one become `emergency` or
/// `offline` (see DisasterImpact), and offline plants, links, wind and solar produce nothing.
class Simulation : public QObject
{
    Q_OBJECT
public:
    Simulation(Store &store, const SeedData &seed, quint64 rngSeed, QObject *parent = nullptr);

    /// Loads the state from the store, or starts at `start` (floored to the minute) on a fresh
    /// store, computing and writing the first minute.
    domain::Status initialize(const QDateTime &start);
    /// Ticks every `tickMs` real milliseconds at `speed` simulated seconds per real second.
    void start(double speed, int tickMs);
    void stop();

    /// Runs `seconds` simulated seconds at once and writes the result (what a tick does).
    domain::Status advance(qint64 seconds);

    QDateTime simTime() const { return m_simTime; }
    const domain::EnergyBalance &balance() const { return m_balance; }

private:
    void tick();
    void simulateMinute(QList<EntityWrite> &writes);
    void noteDisasters(const QList<domain::Change> &changes);
    QString stateJson() const;

    Store &m_store;
    GridModel m_model;
    TruckMover m_mover;
    quint64 m_seed;
    QList<domain::Asset> m_assets;
    QHash<QString, domain::Disaster> m_disasters; ///< every registered disaster, by id
    QList<domain::Truck> m_trucks;
    QList<domain::Truck> m_writtenTrucks;
    domain::EnergyBalance m_balance;
    QDateTime m_simTime;
    double m_windMw = 0.0;
    double m_windTargetMw = 0.0;
    double m_cloudiness = 0.4;

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    double m_speed = 1.0;
    double m_carryMs = 0.0;
};

} // namespace et::backend
