// SPDX-License-Identifier: MIT
#pragma once

#include "api/commandgate.h"
#include "http/apiserver.h"

namespace et::backend {

class Simulation;
class Store;

/// What people add to the centers (issue 19; docs/api.md "Centers: import, notices, reviews"):
/// - `POST centers/import` (manage_centers): Jeju centers from the standard data, merged by their
///   stable key; `"dry_run": true` only answers what would change. Idempotency-Key optional.
/// - `POST centers/{id}/notices` (manage_centers): a notice or a temporary closure, with a reason
///   and an end in the future (domain::CenterNotice).
/// - `POST centers/{id}/reviews` (review_centers): the signed-in user's review, created or edited.
/// - `POST centers/reviews/{id}/hide` (moderate_reviews): deletes a review from every cache; the
///   server keeps it in meta with the reason, and its author cannot write it again.
/// All go through the CommandGate and the change log (channel "centers"); the audit trail names
/// the import's counts and the hide's reason. Notices and reviews are timed on the wall clock:
/// they are about real opening hours, not the simulated grid.
class CentersApi
{
public:
    CentersApi(Store &store, Simulation &simulation, CommandGate &gate);
    void registerRoutes(ApiServer &server);

    /// The meta key under which a hidden review is kept.
    static QString hiddenKey(const QString &reviewId);

private:
    CommandOutcome importCenters(const ApiRequest &request);
    CommandOutcome postNotice(const ApiRequest &request);
    CommandOutcome writeReview(const ApiRequest &request);
    CommandOutcome hideReview(const ApiRequest &request);
    /// 404 unless center `id` is stored.
    std::optional<ApiResponse> centerMissing(const QString &id) const;

    Store &m_store;
    Simulation &m_simulation;
    CommandGate &m_gate;
};

} // namespace et::backend
