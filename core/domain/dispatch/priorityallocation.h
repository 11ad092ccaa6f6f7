// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace et::domain::dispatch {

/// One site's claim on emergency energy: how much it needs and whether it is life-critical
/// (a hospital, a shelter's medical post, water pumping) or not.
struct EnergyNeed
{
    QString id;
    double mwh = 0.0;
    bool lifeCritical = false;
};

/// What a site is given and the rule that placed it.
struct EnergyShare
{
    QString id;
    double mwh = 0.0;
    enum class Rule { LifeCritical, FairShare } rule = Rule::FairShare;
};

/// Shares out scarce emergency energy (seed 001: "emergency supply to critical facilities first,
/// with fair distribution"): life-critical needs are met first — in full while the energy lasts,
/// and shared max-min fairly among themselves when it does not — and what is left is shared
/// max-min fairly across the rest (water-filling: every unmet site gets the same amount, and a
/// site that needs less than that gets what it needs and gives the rest back). No site gets more
/// than it needs; the result is in the needs' order.
class PriorityAllocation
{
public:
    static QList<EnergyShare> allocate(double availableMwh, const QList<EnergyNeed> &needs);
    /// Max-min fair shares of `available` over `needs` (each capped at its need), in their order.
    static QList<double> maxMinFair(double available, const QList<double> &needs);
};

} // namespace et::domain::dispatch
