// SPDX-License-Identifier: MIT
// The centers' notices and reviews in the offline cache (class Store, see store.h): what
// operators posted and users wrote, read offline, with what the outbox will do shown already.
#include "store.h"

#include "cachedecode.h"

namespace et::client {

QList<domain::CenterNotice> Store::centerNotices(const QString &centerId, const QDateTime &after) const
{
    // Every row: a notice queued in the outbox is not in the table yet, so the filter is applied
    // after the effects (the tables hold tens of rows).
    QList<domain::CenterNotice> list = decodeObjects<domain::CenterNotice>(
        withOptimisticEffects(domain::EntityKind::CenterNotice, QStringLiteral("SELECT id, json FROM center_notices")), "notice");
    list.removeIf([&](const domain::CenterNotice &n) { return (!centerId.isEmpty() && n.centerId != centerId) || n.endsAt <= after; });
    std::sort(list.begin(), list.end(), [](const domain::CenterNotice &a, const domain::CenterNotice &b) {
        return a.startsAt != b.startsAt ? a.startsAt > b.startsAt : a.id < b.id;
    });
    return list;
}

QList<domain::CenterReview> Store::centerReviews(const QString &centerId) const
{
    QList<QJsonObject> rows = withOptimisticEffects(domain::EntityKind::CenterReview, QStringLiteral("SELECT id, json FROM center_reviews"));
    // A hide waiting in the outbox: gone for the admin at once (OperatorCommand::optimisticEffect).
    rows.removeIf([](const QJsonObject &o) { return o.value(QStringLiteral("hiding")).toBool(); });
    QList<domain::CenterReview> list = decodeObjects<domain::CenterReview>(rows, "review");
    list.removeIf([&](const domain::CenterReview &r) { return !centerId.isEmpty() && r.centerId != centerId; });
    std::sort(list.begin(), list.end(), [](const domain::CenterReview &a, const domain::CenterReview &b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id;
    });
    return list;
}

} // namespace et::client
