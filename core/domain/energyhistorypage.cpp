// SPDX-License-Identifier: MIT
#include "energyhistorypage.h"

namespace et::domain {

namespace {
Status checkRange(const EnergyHistoryPage &p)
{
    for (const auto &[field, time] : {std::pair{QStringLiteral("from"), p.from}, std::pair{QStringLiteral("to"), p.to}}) {
        if (!isHistoryBucketStart(time, p.step))
            return Error{field, QStringLiteral("%1 is not on a %2 boundary").arg(toIsoUtc(time), toString(p.step))};
    }
    if (p.from >= p.to)
        return Error{QStringLiteral("to"), QStringLiteral("%1 is not after from (%2)").arg(toIsoUtc(p.to), toIsoUtc(p.from))};
    if (p.from.secsTo(p.to) > historyStepMaxRangeSeconds(p.step))
        return Error{QStringLiteral("to"), QStringLiteral("the range is longer than %1, the limit at step %2")
                                               .arg(historyStepMaxRangeText(p.step), toString(p.step))};
    return Ok{};
}

Status checkPoint(const EnergyHistoryPoint &point, const EnergyHistoryPage &page, const QDateTime &previous)
{
    if (point.timestamp < page.from || point.timestamp >= page.to)
        return Error{QStringLiteral("timestamp"), QStringLiteral("%1 is outside [from, to)").arg(toIsoUtc(point.timestamp))};
    if (!isHistoryBucketStart(point.timestamp, page.step))
        return Error{QStringLiteral("timestamp"), QStringLiteral("%1 is not on a %2 boundary").arg(toIsoUtc(point.timestamp), toString(page.step))};
    if (previous.isValid() && point.timestamp <= previous)
        return Error{QStringLiteral("timestamp"),
                     QStringLiteral("%1 does not come after the point before it (%2)").arg(toIsoUtc(point.timestamp), toIsoUtc(previous))};
    if (point.minutes > historyStepMinutes(page.step))
        return Error{QStringLiteral("minutes"),
                     QStringLiteral("%1 is more than a %2 bucket holds").arg(point.minutes).arg(toString(page.step))};
    return Ok{};
}
} // namespace

Result<EnergyHistoryPage> EnergyHistoryPage::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("history page: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    EnergyHistoryPage page;
    page.from = r.dateTime(QStringLiteral("from"));
    page.to = r.dateTime(QStringLiteral("to"));
    const QString stepText = r.string(QStringLiteral("step"));
    page.hasMore = r.boolean(QStringLiteral("has_more"));
    const QJsonArray links = r.array(QStringLiteral("hvdc_link_ids"));
    const QJsonArray assets = r.array(QStringLiteral("asset_ids"));
    const QJsonArray points = r.array(QStringLiteral("points"));
    if (!r.ok())
        return r.error();
    const auto step = historyStepFromString(stepText);
    if (!step)
        return Error{QStringLiteral("step"), QStringLiteral("unknown value \"%1\" (expected one of: %2)").arg(stepText, historyStepNames().join(u", "))};
    page.step = *step;
    if (auto s = checkRange(page); !s.ok())
        return s.error();
    auto linkIds = EnergyHistoryColumns::idsFromJson(links, QStringLiteral("hvdc_link_ids"));
    if (!linkIds.ok())
        return linkIds.error();
    auto assetIds = EnergyHistoryColumns::idsFromJson(assets, QStringLiteral("asset_ids"));
    if (!assetIds.ok())
        return assetIds.error();
    page.columns = {linkIds.value(), assetIds.value()};

    page.points.reserve(points.size());
    QDateTime previous;
    for (qsizetype i = 0; i < points.size(); ++i) {
        auto point = EnergyHistoryPoint::fromJson(points.at(i), page.columns);
        if (point.ok()) {
            if (auto s = checkPoint(point.value(), page, previous); !s.ok())
                point = s.error();
        }
        if (!point.ok())
            return point.error().prefixed(QStringLiteral("points[%1]").arg(i));
        previous = point.value().timestamp;
        page.points.append(std::move(point).value());
    }
    return page;
}

QJsonObject EnergyHistoryPage::toJson() const
{
    QJsonArray list;
    for (const auto &p : points)
        list.append(p.toJson());
    return {
        {QStringLiteral("from"), toIsoUtc(from)},
        {QStringLiteral("to"), toIsoUtc(to)},
        {QStringLiteral("step"), toString(step)},
        {QStringLiteral("has_more"), hasMore},
        {QStringLiteral("hvdc_link_ids"), EnergyHistoryColumns::idsToJson(columns.hvdcLinkIds)},
        {QStringLiteral("asset_ids"), EnergyHistoryColumns::idsToJson(columns.assetIds)},
        {QStringLiteral("points"), list},
    };
}

} // namespace et::domain
