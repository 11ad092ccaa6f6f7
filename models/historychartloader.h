// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace et::client {
class Store;
}

namespace et::models {

class EnergyChartData;
class HistoryChartReader;
struct HistoryChartSeries;

/// Keeps the Energy chart's measured series (EnergyChartData) equal to the cache's energy history
/// — the whole week the cache keeps, so the chart can pan and the time cursor scrub across it —
/// without the GUI thread touching SQLite: a HistoryChartReader reads on a thread of its own
/// whenever the store says its history changed or another asset is chosen, and the series it
/// built are handed to the chart here. What is asked while a read runs is folded into one more
/// read after it, so a burst of history pages costs at most two reads.
class HistoryChartLoader : public QObject
{
    Q_OBJECT
public:
    /// Follows `store`'s history (read through a Store of its own on the same file) into `chart`.
    HistoryChartLoader(client::Store *store, EnergyChartData *chart, QObject *parent = nullptr);
    ~HistoryChartLoader() override;

    /// Whose output the chart's AssetOutput shows ("" for none); reads again when it changes.
    void setAssetId(const QString &assetId);
    QString assetId() const { return m_assetId; }
    /// Reads the history again (at once, or after the read under way).
    void reload();
    bool reading() const { return m_reading; }

signals:
    /// A read was handed to the chart: `error` is empty, or says why the chart kept its series.
    void loaded(const QString &error);

private:
    void startRead();
    void apply(const domain::Result<HistoryChartSeries> &read);

    EnergyChartData *m_chart;
    QThread m_thread;
    HistoryChartReader *m_reader = nullptr; ///< lives on m_thread; deleted there when it finishes
    QString m_assetId;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace et::models
