// SPDX-License-Identifier: MIT
#pragma once

#include "domain/dispatch/dispatchplan.h"
#include "domain/dispatchorder.h"

namespace et::domain::dispatch {

/// What accepting a dispatch suggestion sends: an ordinary dispatch order (the suggestion's truck,
/// a charge or delivery at the task's site, the pairing's energy rounded to whole kWh) with the id
/// `orderId`, made at `now`. It travels through the outbox like an order made by hand, so it is
/// applied exactly once however often the send is retried.
DispatchOrder orderForSuggestion(const DispatchSuggestion &suggestion, const QString &orderId, const QDateTime &now);

} // namespace et::domain::dispatch
