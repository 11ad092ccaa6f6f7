// SPDX-License-Identifier: MIT
#include "api/energyhistoryquery.h"

#include "domain/jsonfieldreader.h"

namespace et::backend {

using domain::Error;

domain::Result<EnergyHistoryQuery> EnergyHistoryQuery::parse(const QUrlQuery &query)
{
    EnergyHistoryQuery q;
    if (query.hasQueryItem(QStringLiteral("step"))) {
        const QString text = query.queryItemValue(QStringLiteral("step"), QUrl::FullyDecoded);
        const auto step = domain::historyStepFromString(text);
        if (!step)
            return Error{QStringLiteral("step"), QStringLiteral("\"%1\" is not one of %2").arg(text, domain::historyStepNames().join(u", "))};
        q.step = *step;
    }
    // The times are read as the JSON codecs read them: ISO 8601 with an explicit zone, years 1-9999.
    QJsonObject times;
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!query.hasQueryItem(key))
            return Error{key, QStringLiteral("is required (an ISO 8601 time with a zone, e.g. 2024-04-13T00:00:00Z)")};
        times.insert(key, query.queryItemValue(key, QUrl::FullyDecoded));
    }
    domain::JsonFieldReader r(times);
    q.from = r.dateTime(QStringLiteral("from"));
    q.to = r.dateTime(QStringLiteral("to"));
    if (!r.ok())
        return r.error();
    const QString step = domain::toString(q.step);
    for (const auto &[key, time] : {std::pair{QStringLiteral("from"), q.from}, std::pair{QStringLiteral("to"), q.to}}) {
        if (!domain::isHistoryBucketStart(time, q.step))
            return Error{key, QStringLiteral("%1 is not on a %2 boundary (%2 buckets start at midnight in Jeju time, UTC+9, "
                                             "and follow each other without gaps)").arg(domain::toIsoUtc(time), step)};
    }
    if (q.to <= q.from)
        return Error{QStringLiteral("to"), QStringLiteral("%1 is not after from (%2)").arg(domain::toIsoUtc(q.to), domain::toIsoUtc(q.from))};
    q.limit = maxPoints(q.step);
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).trimmed();
        bool ok = false;
        const qint64 limit = text.toLongLong(&ok);
        if (!ok || limit < 1 || limit > maxPoints(q.step))
            return Error{QStringLiteral("limit"), QStringLiteral("\"%1\" is not a whole number in [1, %2] (points at step %3)")
                                                      .arg(text).arg(maxPoints(q.step)).arg(step)};
        q.limit = int(limit);
    }
    const qint64 range = q.from.secsTo(q.to);
    if (range > domain::historyStepMaxRangeSeconds(q.step))
        return Error{QStringLiteral("to"), QStringLiteral("the range is %1 days; at step %2 at most %3 may be asked at once "
                                                          "(use a coarser step or several requests)")
                                               .arg(double(range) / 86400.0, 0, 'g', 6)
                                               .arg(step, domain::historyStepMaxRangeText(q.step))};
    return q;
}

} // namespace et::backend
