// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/planinputs.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QString>

#include <optional>

namespace et::domain::dispatch {

/// The parts of one pairing's value, in KRW: the energy's worth, what it cost to take (SMP while
/// charging, or the stored energy's cost for a delivery), the battery wear, the drive and
/// lateness. value = energyValue − energyCost − wear − travel − lateness.
struct ValueParts
{
    double energyKwh = 0.0;
    double energyValueKrw = 0.0;
    double energyCostKrw = 0.0;
    double wearKrw = 0.0;
    double travelKrw = 0.0;
    double latenessKrw = 0.0;
    double valueKrw() const { return energyValueKrw - energyCostKrw - wearKrw - travelKrw - latenessKrw; }
    bool operator==(const ValueParts &) const = default;
};

/// What a truck would do for a task, if sent now.
struct Pairing
{
    bool feasible = false;
    QString whyNot;       ///< when not feasible, in words
    QDateTime arrival;    ///< expected
    QDateTime arrivalP10;
    QDateTime arrivalP90;
    double travelMetres = 0.0;
    bool onRoads = true;
    ValueParts parts;
    bool operator==(const Pairing &) const = default;
};

/// The runner-up a suggestion beat: the best other truck for the same task.
struct Alternative
{
    QString truckId;
    QString truckName;
    Pairing pairing;
    bool operator==(const Alternative &) const = default;
};

/// One suggestion of a planning round: send this truck to this task.
struct DispatchSuggestion
{
    QString id; ///< the task's id and the truck's: the same suggestion keeps its id between rounds
    QString truckId;
    QString truckName;
    PlanTask task;
    Pairing pairing;
    std::optional<Alternative> alternative; ///< none when no other truck could do it
    QList<QGeoCoordinate> route; ///< the drive's road junctions, for the map (empty: a straight line)
    bool operator==(const DispatchSuggestion &) const = default;
};

/// The outcome of a planning round.
struct DispatchPlan
{
    QDateTime computedAt;
    QList<DispatchSuggestion> suggestions; ///< by value, highest first
    double totalValueKrw = 0.0;
    double chargeKwh = 0.0;  ///< curtailed energy the suggestions absorb
    double deliverKwh = 0.0;
    double deliveredValueKrwPerKwh = 0.0; ///< what the round valued a kWh absorbed from curtailment at
    int trucksConsidered = 0;
    int tasksConsidered = 0;
    bool operator==(const DispatchPlan &) const = default;
};

} // namespace et::domain::dispatch
