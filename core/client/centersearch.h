// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerneeds.h"
#include "domain/centers/centerranking.h"
#include "domain/centernotice.h"
#include "domain/centers/opennow.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace et::client {

class Store;

/// One search of the Centers view (issue 19): what to look for, around where, and for whom.
struct CenterQuery
{
    QString text;                 ///< words that must each occur in the name, an address or the services
    QString category;             ///< 건강증진센터구분, exactly; "" for all
    std::optional<std::pair<double, double>> origin; ///< latitude, longitude; none = no distance
    double radiusKm = 0.0;        ///< 0 = any distance
    bool openNowOnly = false;
    bool eveningsOnly = false;    ///< open after 18:00
    bool weekendsOnly = false;    ///< open on Saturday or Sunday
    QSet<QString> onlyIds;        ///< when not empty, only these (the favorites)
    QHash<QString, double> needs; ///< the self-check's profile (need -> weight); empty = none
    domain::centers::RankingWeights weights;
    int limit = 0;                ///< the best `limit`; 0 = all
    QDateTime now;
    /// Operators' notices (any center, any time): an active temporary closure overrides open-now
    /// (domain::centers::NoticeOverride), in the filter and in the ranking alike.
    QList<domain::CenterNotice> notices;
};

/// Runs a CenterQuery over the offline cache: the text through the cache's FTS5 trigram index,
/// the radius through its position index (a box first, then the great-circle distance), then
/// open-now on Jeju's clock (overridden by operators' temporary closures), the filters and
/// CenterRanking's explained score, best first. The
/// candidates carry only the fields the ranking reads; the results are read whole. Each distinct
/// closing-days text is parsed once per search. Pure apart from the reads: the console runs it
/// for its list, the benchmark for 100,000 centers.
class CenterSearch
{
public:
    CenterSearch(const domain::centers::OpenNow &openNow, const domain::centers::CenterNeeds &needs);

    domain::Result<QList<domain::centers::RankedCenter>> run(const Store &store, const CenterQuery &query) const;

private:
    const domain::centers::OpenNow &m_openNow;
    const domain::centers::CenterNeeds &m_needs;
};

} // namespace et::client
