// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/centers/centerneeds.h"
#include "domain/centers/opennow.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace et::domain::centers {

/// The weights of the ranking's four parts (seed 004: 0.35 distance, 0.25 open now, 0.20
/// expertise, 0.20 program); the settings may change them, and they must sum to 1.
struct RankingWeights
{
    double distance = 0.35;
    double openNow = 0.25;
    double expertise = 0.20;
    double program = 0.20;

    /// Each in [0, 1] and together 1 (within 1e-6); else an error naming the fault.
    Status check() const;
};

/// One part of a center's score: a value in [0, 1] and why, as a code the console words
/// ("km", "no_origin"; "open", "closes_soon", "opens_later", "closed", "uncertain"; "covers", "offers",
/// "none", "no_profile") with its details (the distance and radius; the needs matched).
struct RankPart
{
    double value = 0.0;
    QString why;
    QStringList detail;
    bool operator==(const RankPart &) const = default;
};

struct RankedCenter
{
    Center center;
    double distanceKm = 0.0;
    OpenState open;
    RankPart distance;
    RankPart openNow;
    RankPart expertise;
    RankPart program;
    double score = 0.0;
};

/// The centers within a radius of a point, ranked and explained (issue 19):
/// score = w_d·distance + w_o·open-now + w_e·expertise + w_p·program, each part in [0, 1]:
/// - distance: 1 − d / radius (1 at the point, 0 at the edge);
/// - open now: 1 open, 0.5 when it closes within 30 minutes, 0.25 closed but opening later
///   today, 0 closed today or uncertain (never a guess);
/// - expertise and program: the share of the needs profile's weight (need → weight in [0, 1],
///   from the private self-check) that the center's kind and name, or its services, cover
///   (CenterNeeds); 0 without a profile.
/// Ties go by distance, then name.
class CenterRanking
{
public:
    static constexpr int kClosesSoonMinutes = 30;

    static Result<QList<RankedCenter>> rank(const QList<Center> &centers, double lat, double lon, double radiusKm,
                                            const QHash<QString, double> &needs, const RankingWeights &weights,
                                            const OpenNow &openNow, const CenterNeeds &centerNeeds, const QDateTime &now);
    /// One center's parts and score. Without a distance (no origin) the distance part is 0
    /// with the reason "no_origin". `explain` false leaves the parts' details empty (the same
    /// values and score, no words): a search scores thousands and explains the few it shows.
    static RankedCenter score(const Center &center, std::optional<double> distanceKm, double radiusKm,
                              const QHash<QString, double> &needs, const RankingWeights &weights, const OpenState &open,
                              const CenterNeeds::Match &match, const QDateTime &now, bool explain = true);
    /// Whether `a` ranks before `b`: by score, ties by distance, then name.
    static bool before(const RankedCenter &a, const RankedCenter &b);
    /// Best first: by score, ties by distance, then name.
    static void sortBest(QList<RankedCenter> &ranked);
    /// The open-now part alone (also for the list's sort by "open now").
    static RankPart openPart(const OpenState &state, const QDateTime &now);
};

} // namespace et::domain::centers
