// SPDX-License-Identifier: MIT
#include "livecharttail.h"

#include "client/store.h"
#include "domain/energyhistorypage.h"
#include "historychartseries.h"
#include "modelslogging.h"

namespace et::models {

LiveChartTail::LiveChartTail(client::Store *store, EnergyChartData *chart, QObject *parent)
    : QObject(parent), m_store(store), m_chart(chart)
{
}

void LiveChartTail::addBalance()
{
    const auto balance = m_store ? m_store->balance() : std::nullopt;
    if (!balance || !balance->timestamp.isValid())
        return;
    const double x = double(balance->timestamp.toMSecsSinceEpoch());
    const QList<QPointF> &newest = m_points[EnergyChartData::Demand];
    if (!newest.isEmpty() && x <= newest.constLast().x())
        return;
    const QList<domain::Asset> assets = m_store->assets();
    domain::EnergyHistoryPage minute;
    minute.columns = domain::EnergyHistoryColumns::of(*balance, assets);
    minute.points = {domain::EnergyHistoryPoint::fromBalance(*balance, assets)};
    const HistoryChartSeries point = HistoryChartSeries::of(minute, m_assetId);
    for (int s = 0; s <= EnergyChartData::CarbonIntensity; ++s)
        m_points[size_t(s)] += point.island[size_t(s)];
    m_points[EnergyChartData::AssetOutput] += point.asset;
    trim();
}

void LiveChartTail::setAssetId(const QString &assetId)
{
    if (assetId == m_assetId)
        return;
    m_assetId = assetId;
    m_points[EnergyChartData::AssetOutput].clear();
    publish();
}

void LiveChartTail::trim()
{
    const QList<QPointF> &history = m_chart->measuredPoints(EnergyChartData::Demand);
    const QList<QPointF> &newest = m_points[EnergyChartData::Demand];
    double keepAfter = history.isEmpty() ? -qInf() : history.constLast().x();
    if (!newest.isEmpty())
        keepAfter = std::max(keepAfter, newest.constLast().x() - double(kMaxAgeMs));
    for (auto &series : m_points) {
        const auto firstKept = std::upper_bound(series.cbegin(), series.cend(), keepAfter,
                                                [](double x, const QPointF &p) { return x < p.x(); });
        series.erase(series.cbegin(), firstKept);
    }
    publish();
}

void LiveChartTail::publish()
{
    if (auto set = m_chart->setLive(m_points, m_assetId); !set.ok())
        qCWarning(lcModels).noquote() << "the chart's live points were refused:" << set.error().toString();
}

} // namespace et::models
