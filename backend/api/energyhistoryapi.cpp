// SPDX-License-Identifier: MIT
#include "api/energyhistoryapi.h"

#include "api/energyhistoryquery.h"
#include "store/energyhistorystore.h"

#include "domain/energyhistoryaggregator.h"
#include "domain/energyhistorypage.h"

namespace et::backend {

using domain::HistoryStep;

EnergyHistoryApi::EnergyHistoryApi(EnergyHistoryStore &history) : m_history(history) {}

void EnergyHistoryApi::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("/api/v1/energy/history"), QHttpServerRequest::Method::Get, Access::needs(domain::Permission::ReadGrid),
                 [this](const ApiRequest &r) { return history(r); });
}

ApiResponse EnergyHistoryApi::history(const ApiRequest &request) const
{
    auto parsed = EnergyHistoryQuery::parse(request.raw.query());
    if (!parsed.ok())
        return ApiResponse::badRequest(parsed.error().toString());
    const EnergyHistoryQuery &q = parsed.value();
    const bool hourly = q.step == HistoryStep::Hour || q.step == HistoryStep::Day;
    // Beyond the minutes' retention only hourly means are left: a finer step there would be a
    // different thing under the same name, so it is refused with where the minutes begin.
    if (const QDateTime horizon = m_history.minuteHorizon(); !hourly && horizon.isValid() && q.from < horizon)
        return ApiResponse::badRequest(QStringLiteral("from: 1-minute history is kept for %1 days, back to %2; before that ask with "
                                                      "step=1h or 1d")
                                           .arg(m_history.minuteDays())
                                           .arg(domain::toIsoUtc(horizon)));

    const qint64 stepSecs = domain::historyStepSeconds(q.step);
    // The page begins at the first bucket that has history, so a range that starts before the
    // simulation did costs one answer, not one per empty page.
    auto first = m_history.firstAtOrAfter(q.from.toSecsSinceEpoch(), hourly);
    if (!first.ok())
        return ApiResponse::internal(first.error());
    const qint64 start = first.value() ? std::max(q.from.toSecsSinceEpoch(), domain::historyBucketStart(*first.value(), q.step))
                                       : q.to.toSecsSinceEpoch();
    const QDateTime pageEnd = std::min(q.to, QDateTime::fromSecsSinceEpoch(start + q.limit * stepSecs, Qt::UTC));
    auto rows = m_history.read(start, pageEnd.toSecsSinceEpoch(), hourly);
    if (!rows.ok())
        return ApiResponse::internal(rows.error());

    domain::EnergyHistoryPage page;
    page.from = q.from;
    page.step = q.step;
    page.columns = rows.value().columns;
    const auto points = q.step == HistoryStep::Minute ? rows.value().points
                                                      : domain::EnergyHistoryAggregator::aggregate(rows.value().points, q.step);
    page.points.reserve(points.size());
    for (const auto &p : points)
        page.points << p.roundedToHundredths();
    const QDateTime newest = m_history.newest();
    page.hasMore = pageEnd < q.to && newest.isValid() && newest >= pageEnd;
    page.to = page.hasMore ? pageEnd : q.to;
    return ApiResponse::ok(page.toJson());
}

} // namespace et::backend
