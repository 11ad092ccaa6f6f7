// SPDX-License-Identifier: MIT
#include "centerrankwording.h"

#include <QStringList>
#include <QVariantMap>
#include <cmath>

namespace et::models {

using domain::centers::RankedCenter;
using domain::centers::RankPart;

namespace {

QString needList(const QStringList &needs)
{
    QStringList words;
    for (const QString &n : needs)
        words << CenterRankWording::needName(n);
    return words.join(QStringLiteral(", "));
}

QVariantMap reason(const QString &part, const QString &label, double weight, const RankPart &p)
{
    return {{QStringLiteral("part"), part},
            {QStringLiteral("label"), label},
            {QStringLiteral("weight"), weight},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("points"), weight * p.value},
            {QStringLiteral("text"), CenterRankWording::partText(p)}};
}

} // namespace

QString CenterRankWording::needName(const QString &need)
{
    if (need == u"stress") return tr("stress");
    if (need == u"mood") return tr("low mood");
    if (need == u"sleep") return tr("sleep");
    if (need == u"addiction") return tr("addiction");
    if (need == u"family") return tr("family");
    if (need == u"crisis") return tr("crisis");
    if (need == u"physical") return tr("physical health");
    return need;
}

QString CenterRankWording::partText(const RankPart &p)
{
    const QString first = p.detail.value(0);
    if (p.why == u"km")
        return tr("%1 km away, within %2 km").arg(first, p.detail.value(1));
    if (p.why == u"no_origin")
        return tr("no position to measure from");
    if (p.why == u"open")
        return tr("open now");
    if (p.why == u"closes_soon")
        return tr("open, but closes in %1 min").arg(first);
    if (p.why == u"opens_later")
        return tr("closed, opens at %1 today").arg(first);
    if (p.why == u"closed")
        return first.isEmpty() ? tr("closed now") : tr("closed today (%1)").arg(first);
    if (p.why == u"uncertain")
        return tr("hours uncertain, never counted as open");
    if (p.why == u"covers")
        return tr("its kind covers %1").arg(needList(p.detail));
    if (p.why == u"offers")
        return tr("its services offer help with %1").arg(needList(p.detail));
    if (p.why == u"none")
        return tr("nothing listed for your needs");
    if (p.why == u"no_profile")
        return tr("no needs given: take the self-check");
    return p.why;
}

QVariantList CenterRankWording::reasons(const RankedCenter &r, const domain::centers::RankingWeights &w)
{
    return {reason(QStringLiteral("distance"), tr("Distance"), w.distance, r.distance),
            reason(QStringLiteral("openNow"), tr("Open now"), w.openNow, r.openNow),
            reason(QStringLiteral("expertise"), tr("Expertise"), w.expertise, r.expertise),
            reason(QStringLiteral("program"), tr("Programs"), w.program, r.program)};
}

QString CenterRankWording::summary(const RankedCenter &r)
{
    QStringList parts{tr("Match %1").arg(std::lround(r.score * 100))};
    if (r.distance.why == u"km")
        parts << tr("%1 km").arg(r.distanceKm, 0, 'f', 1);
    if (r.openNow.why == u"open" || r.openNow.why == u"closes_soon")
        parts << tr("open now");
    QStringList needs = r.expertise.detail;
    for (const QString &n : r.program.detail) {
        if (!needs.contains(n))
            needs << n;
    }
    if (r.expertise.why == u"covers" || r.program.why == u"offers")
        parts << tr("helps with %1").arg(needList(needs));
    return parts.join(QStringLiteral(" · "));
}

} // namespace et::models
