// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"
#include "domain/disaster.h"
#include "domain/dispatch/dispatchplan.h"
#include "domain/hazard/incidentimpact.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace et::client {
class Store;
}

namespace et::report {

/// What a situation report on one incident holds, read from the offline cache in one go (so the
/// PDF can be laid out on another thread, and the CLI makes the same one headless): the incident
/// with the server's assessment, the cached plan's trucks bound for its priority supply, and its
/// alarms (the incident's own and the ones grouped under it) with their journals.
struct ReportContent
{
    domain::Disaster disaster;
    std::optional<domain::hazard::IncidentImpact> impact; ///< none until the server assessed it
    QList<domain::dispatch::DispatchSuggestion> trucks;  ///< the plan's priority trips to its facilities
    QList<domain::alarm::Alarm> alarms;                   ///< the incident's first, then by time raised
    QDateTime syncedAt;                                   ///< the cache's last sync (invalid: never)
    QDateTime madeAt;

    /// Reads incident `disasterId` from `store`; an error names what is missing.
    static domain::Result<ReportContent> fromCache(const client::Store &store, const QString &disasterId, const QDateTime &madeAt);
};

} // namespace et::report
