// SPDX-License-Identifier: MIT
#include "centersearch.h"

#include "store.h"

#include "domain/centers/noticeoverride.h"
#include "domain/geo/geodesy.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace et::client {

using domain::Center;
using domain::centers::CenterRanking;
using domain::centers::ClosingDays;
using domain::centers::OpenNow;
using domain::centers::OpenState;
using domain::centers::RankedCenter;

namespace {

constexpr double kKmPerDegree = 111.32;

/// The box of latitudes and longitudes around a circle (a little larger, never smaller).
void boxAround(double lat, double lon, double radiusKm, Store::CenterFilter &filter)
{
    const double dLat = radiusKm / kKmPerDegree * 1.01;
    const double cosLat = std::max(std::cos(qDegreesToRadians(lat)), 0.01);
    const double dLon = std::min(radiusKm / (kKmPerDegree * cosLat) * 1.01, 180.0);
    filter.hasBox = true;
    filter.south = lat - dLat;
    filter.north = lat + dLat;
    filter.west = lon - dLon;
    filter.east = lon + dLon;
}

} // namespace

CenterSearch::CenterSearch(const OpenNow &openNow, const domain::centers::CenterNeeds &needs)
    : m_openNow(openNow), m_needs(needs)
{
}

domain::Result<QList<RankedCenter>> CenterSearch::run(const Store &store, const CenterQuery &query) const
{
    if (auto checked = query.weights.check(); !checked.ok())
        return checked.error();
    if (!std::isfinite(query.radiusKm) || query.radiusKm < 0.0)
        return domain::Error{QStringLiteral("radius"), QStringLiteral("the radius must be 0 km (any) or more")};
    if (query.origin) {
        const auto [lat, lon] = *query.origin;
        if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90.0 || std::abs(lon) > 180.0)
            return domain::Error{QStringLiteral("origin"), QStringLiteral("not a position on Earth")};
    }
    Store::CenterFilter filter{query.text, query.category};
    const bool inRadius = query.origin && query.radiusKm > 0.0;
    if (inRadius)
        boxAround(query.origin->first, query.origin->second, query.radiusKm, filter);

    struct Candidate
    {
        std::optional<double> km;
        OpenState open;
    };
    QList<Center> centers = store.centerCandidates(filter);
    QList<Candidate> kept;
    QList<qsizetype> keptAt; // index into `centers`
    kept.reserve(centers.size());
    keptAt.reserve(centers.size());
    QHash<QString, ClosingDays> closingTexts; // the data repeats a few dozen texts
    QHash<QString, OpenState> openStates;     // and a few dozen sets of hours
    QHash<QString, QList<domain::CenterNotice>> noticesOf;
    for (const domain::CenterNotice &n : query.notices)
        noticesOf[n.centerId] << n;
    double farthest = 0.0;
    for (qsizetype i = 0; i < centers.size(); ++i) {
        const Center &c = centers.at(i);
        if (!query.onlyIds.isEmpty() && !query.onlyIds.contains(c.id))
            continue;
        std::optional<double> km;
        if (query.origin) {
            km = domain::geo::Geodesy::distanceKm(query.origin->first, query.origin->second, c.lat, c.lon);
            if (inRadius && !(*km <= query.radiusKm))
                continue;
        }
        auto closing = closingTexts.constFind(c.closedDays);
        if (closing == closingTexts.cend())
            closing = closingTexts.insert(c.closedDays, ClosingDays::parse(c.closedDays));
        if (query.eveningsOnly && !OpenNow::opensEvenings(c, *closing))
            continue;
        if (query.weekendsOnly && !OpenNow::opensWeekends(c, *closing))
            continue;
        // Open-now depends only on the hours, the closing days and whether it is on Jeju (4·3).
        const QString hoursKey = c.closedDays + u'|' + c.opensAt.toString() + u'|' + c.closesAt.toString() + u'|'
                                 + (OpenNow::isInJeju(c) ? u'j' : u'-');
        auto known = openStates.constFind(hoursKey);
        if (known == openStates.cend())
            known = openStates.insert(hoursKey, m_openNow.at(c, *closing, query.now));
        OpenState open = *known;
        if (const auto notices = noticesOf.constFind(c.id); notices != noticesOf.cend())
            open = domain::centers::NoticeOverride::apply(c.id, open, *notices, query.now).state;
        if (query.openNowOnly && open.kind != OpenState::Kind::Open)
            continue;
        if (km)
            farthest = std::max(farthest, *km);
        kept.append({km, std::move(open)});
        keptAt.append(i);
    }

    // The distance part runs from 1 at the origin to 0 at the radius; with any distance, at the
    // farthest center found (at least 1 km, so a lone center next door is not scored 0). Every
    // candidate is scored; only the best `limit` are explained in words.
    const double scale = inRadius ? query.radiusKm : std::max(farthest, 1.0);
    QList<RankedCenter> ranked;
    ranked.reserve(kept.size());
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const Center &c = centers.at(keptAt.at(k));
        ranked << CenterRanking::score(c, kept.at(k).km, scale, query.needs, query.weights, kept.at(k).open, m_needs.of(c),
                                       query.now, /*explain=*/false);
    }
    const qsizetype shown = query.limit > 0 ? std::min<qsizetype>(query.limit, ranked.size()) : ranked.size();
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), &CenterRanking::before);
    ranked.resize(shown);
    for (RankedCenter &r : ranked) {
        const std::optional<double> km = query.origin ? std::optional<double>(r.distanceKm) : std::nullopt;
        r = CenterRanking::score(r.center, km, scale, query.needs, query.weights, r.open, m_needs.of(r.center), query.now);
    }

    // The candidates carried only what the ranking reads; what is shown is read whole.
    QStringList ids;
    for (const RankedCenter &r : std::as_const(ranked))
        ids << r.center.id;
    const QList<Center> whole = store.centersById(ids);
    QHash<QString, Center> byId;
    for (const Center &c : whole)
        byId.insert(c.id, c);
    QList<RankedCenter> out;
    out.reserve(ranked.size());
    for (RankedCenter &r : ranked) {
        const auto found = byId.constFind(r.center.id);
        if (found == byId.cend())
            continue; // gone between the two reads
        r.center = *found;
        out << std::move(r);
    }
    return out;
}

} // namespace et::client
