// SPDX-License-Identifier: MIT
#pragma once

#include "energychartdata.h"

#include <QObject>
#include <QString>

namespace et::client {
class Store;
}

namespace et::models {

/// The minutes the cached history has not brought yet, from the island's live balances: the sync
/// engine fetches history at most every 10 s (ten simulated minutes at the bundled server's 60×),
/// while a balance arrives every simulated minute. Each new balance becomes one point of every
/// series (HistoryChartSeries, so carbon intensity is worked out in the same one place) and of the
/// chosen asset's output, handed to EnergyChartData::setLive(); points the history has caught up
/// with are dropped, so the chart, its legend and the KPI tiles reach "now" at once. At most a
/// day of points is kept, should the history stop coming.
class LiveChartTail : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxAgeMs = 24LL * 3600 * 1000;

    LiveChartTail(client::Store *store, EnergyChartData *chart, QObject *parent = nullptr);

    /// Reads the store's balance (and the assets' outputs) and adds it when it is newer than the
    /// last point.
    void addBalance();
    /// Whose output the tail follows (the live points of another asset are dropped).
    void setAssetId(const QString &assetId);
    /// Drops the points the chart's history has reached, and hands the rest to the chart.
    void trim();

private:
    void publish();

    client::Store *m_store;
    EnergyChartData *m_chart;
    QString m_assetId;
    EnergyChartData::SeriesPoints m_points;
};

} // namespace et::models
