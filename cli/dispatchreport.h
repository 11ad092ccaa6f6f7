// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/dispatchplan.h"
#include "domain/truck.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace et::cli {

/// `energytruck-cli dispatch suggest`: the cached dispatch plan as a table — each suggestion's
/// short id, truck (with its battery's SoH), task, site, arrival in KST with its P10–P90, the
/// energy it absorbs or delivers, its value and the truck it beat — or the plan's JSON.
class DispatchReport
{
    Q_DECLARE_TR_FUNCTIONS(DispatchReport)
public:
    /// 0 when printed, 1 (and a message on err) when no plan is cached yet.
    static int print(const std::optional<domain::dispatch::DispatchPlan> &plan, const QList<domain::Truck> &trucks, bool json,
                     QTextStream &out, QTextStream &err);
    /// "s-" and six hex digits of the suggestion id's SHA-1: short enough to type, the same for
    /// the same suggestion in every round.
    static QString shortId(const QString &suggestionId);
    /// The suggestion whose id or short id is `id`.
    static std::optional<domain::dispatch::DispatchSuggestion> find(const domain::dispatch::DispatchPlan &plan, const QString &id);
};

} // namespace et::cli
