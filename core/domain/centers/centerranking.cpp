// SPDX-License-Identifier: MIT
#include "domain/centers/centerranking.h"

#include "domain/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace et::domain::centers {

namespace {

/// The share of the profile's weight that `matched` covers, with the needs it covered.
RankPart coverage(const QHash<QString, double> &needs, const QHash<QString, QString> &matched, const QString &covers)
{
    double total = 0.0, covered = 0.0;
    QStringList which;
    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        const double w = std::clamp(it.value(), 0.0, 1.0);
        total += w;
        if (w > 0.0 && matched.contains(it.key())) {
            covered += w;
            which << it.key();
        }
    }
    if (total <= 0.0)
        return {0.0, QStringLiteral("no_profile"), {}};
    std::sort(which.begin(), which.end());
    return which.isEmpty() ? RankPart{0.0, QStringLiteral("none"), {}} : RankPart{covered / total, covers, which};
}

} // namespace

Status RankingWeights::check() const
{
    for (const double w : {distance, openNow, expertise, program}) {
        if (!std::isfinite(w) || w < 0.0 || w > 1.0)
            return Error{QStringLiteral("weights"), QStringLiteral("each weight must be between 0 and 1")};
    }
    const double sum = distance + openNow + expertise + program;
    if (std::abs(sum - 1.0) > 1e-6)
        return Error{QStringLiteral("weights"), QStringLiteral("the weights must sum to 1, not %1").arg(sum, 0, 'g', 6)};
    return Ok{};
}

RankPart CenterRanking::openPart(const OpenState &s, const QDateTime &now)
{
    switch (s.kind) {
    case OpenState::Kind::Open:
        return s.minutesUntilChange(now) < kClosesSoonMinutes
                   ? RankPart{0.5, QStringLiteral("closes_soon"), {QString::number(s.minutesUntilChange(now))}}
                   : RankPart{1.0, QStringLiteral("open"), {}};
    case OpenState::Kind::Closed:
        if (s.opensAt.isValid() && OpenNow::jejuTime(s.opensAt).date() == OpenNow::jejuTime(now).date())
            return {0.25, QStringLiteral("opens_later"), {OpenNow::jejuTime(s.opensAt).toString(QStringLiteral("HH:mm"))}};
        return {0.0, QStringLiteral("closed"), {}};
    case OpenState::Kind::ClosedToday:
        return {0.0, QStringLiteral("closed"), {s.reason}};
    case OpenState::Kind::Uncertain:
        break;
    }
    return {0.0, QStringLiteral("uncertain"), {s.rawText}};
}

RankedCenter CenterRanking::score(const Center &c, std::optional<double> distanceKm, double radiusKm,
                                   const QHash<QString, double> &needs, const RankingWeights &weights, const OpenState &open,
                                   const CenterNeeds::Match &match, const QDateTime &now, bool explain)
{
    RankedCenter r;
    r.center = c;
    r.open = open;
    if (distanceKm && radiusKm > 0.0) {
        r.distanceKm = *distanceKm;
        r.distance = {std::clamp(1.0 - *distanceKm / radiusKm, 0.0, 1.0), QStringLiteral("km"), {}};
        if (explain)
            r.distance.detail = QStringList{QString::number(*distanceKm, 'f', 1), QString::number(radiusKm, 'g', 3)};
    } else {
        r.distance = {0.0, QStringLiteral("no_origin"), {}};
    }
    r.openNow = openPart(open, now);
    r.expertise = coverage(needs, match.expertise, QStringLiteral("covers"));
    r.program = coverage(needs, match.programs, QStringLiteral("offers"));
    if (!explain) {
        r.openNow.detail.clear();
        r.expertise.detail.clear();
        r.program.detail.clear();
    }
    r.score = weights.distance * r.distance.value + weights.openNow * r.openNow.value + weights.expertise * r.expertise.value
              + weights.program * r.program.value;
    return r;
}

bool CenterRanking::before(const RankedCenter &a, const RankedCenter &b)
{
    if (std::abs(a.score - b.score) > 1e-12)
        return a.score > b.score;
    if (a.distanceKm != b.distanceKm)
        return a.distanceKm < b.distanceKm;
    return a.center.name < b.center.name;
}

void CenterRanking::sortBest(QList<RankedCenter> &ranked)
{
    std::stable_sort(ranked.begin(), ranked.end(), &CenterRanking::before);
}

Result<QList<RankedCenter>> CenterRanking::rank(const QList<Center> &centers, double lat, double lon, double radiusKm,
                                                const QHash<QString, double> &needs, const RankingWeights &weights,
                                                const OpenNow &openNow, const CenterNeeds &centerNeeds, const QDateTime &now)
{
    if (auto checked = weights.check(); !checked.ok())
        return checked.error();
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90.0 || std::abs(lon) > 180.0)
        return Error{QStringLiteral("origin"), QStringLiteral("not a position on Earth")};
    if (!std::isfinite(radiusKm) || radiusKm <= 0.0)
        return Error{QStringLiteral("radius"), QStringLiteral("the radius must be more than 0 km")};
    QList<RankedCenter> out;
    for (const Center &c : centers) {
        const double d = geo::Geodesy::distanceKm(lat, lon, c.lat, c.lon);
        if (!(d <= radiusKm))
            continue;
        out << score(c, d, radiusKm, needs, weights, openNow.at(c, now), centerNeeds.of(c), now);
    }
    sortBest(out);
    return out;
}

} // namespace et::domain::centers
