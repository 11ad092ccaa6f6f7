// SPDX-License-Identifier: MIT
#include "domain/dispatch/suggestionorder.h"

#include <cmath>

namespace et::domain::dispatch {

DispatchOrder orderForSuggestion(const DispatchSuggestion &suggestion, const QString &orderId, const QDateTime &now)
{
    DispatchOrder order;
    order.id = orderId;
    order.truckId = suggestion.truckId;
    order.kind = suggestion.task.kind == PlanTask::Kind::Deliver ? OrderKind::Deliver : OrderKind::Charge;
    order.targetAssetId = suggestion.task.siteId;
    order.kwh = std::round(suggestion.pairing.parts.energyKwh);
    order.createdAt = now;
    order.updatedAt = now;
    return order;
}

} // namespace et::domain::dispatch
