// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerranking.h"

#include <QCoreApplication>
#include <QVariantList>

namespace et::models {

/// The ranking's reasons in the user's language: each of the four parts of a center's score
/// (domain::centers::RankPart: a value and a reason code) as a line a person can check — "1.2 km
/// away, within 5 km", "open now", "mental-health expertise for mood and sleep" — and the whole as
/// one short line for the list.
class CenterRankWording
{
    Q_DECLARE_TR_FUNCTIONS(CenterRankWording)
public:
    /// [{part, label, weight, value, points, text}] in the order distance, open now, expertise, program.
    static QVariantList reasons(const domain::centers::RankedCenter &ranked, const domain::centers::RankingWeights &weights);
    /// "Match 82 · 1.2 km · open now · mood, sleep".
    static QString summary(const domain::centers::RankedCenter &ranked);
    /// A need of the self-check's profile in words ("mood" -> "low mood").
    static QString needName(const QString &need);
    static QString partText(const domain::centers::RankPart &part);
};

} // namespace et::models
