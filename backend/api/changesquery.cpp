// SPDX-License-Identifier: MIT
#include "api/changesquery.h"

#include "domain/change.h"

namespace et::backend {

namespace {
// Parses a whole number query parameter in [min, max]; absent gives `fallback`.
domain::Result<qint64> integerParam(const QUrlQuery &query, const QString &key, qint64 min, qint64 max, qint64 fallback)
{
    if (!query.hasQueryItem(key))
        return fallback;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok)
        return domain::Error{key, QStringLiteral("\"%1\" is not a whole number").arg(text)};
    if (v < min || v > max)
        return domain::Error{key, QStringLiteral("%1 is out of range [%2, %3]").arg(v).arg(min).arg(max)};
    return v;
}
} // namespace

domain::Result<ChangesQuery> ChangesQuery::parse(const QUrlQuery &query)
{
    auto since = integerParam(query, QStringLiteral("since"), 0, domain::kMaxCursor, 0);
    if (!since.ok())
        return since.error();
    auto limit = integerParam(query, QStringLiteral("limit"), 1, kMaxLimit, kDefaultLimit);
    if (!limit.ok())
        return limit.error();
    ChangesQuery q;
    q.since = since.value();
    q.limit = int(limit.value());
    return q;
}

} // namespace et::backend
