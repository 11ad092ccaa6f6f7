// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "historychartseries.h"

#include <QObject>
#include <QString>

#include <memory>

namespace et::client {
class Store;
}

namespace et::models {

/// Reads the cached energy history for the Energy chart, on the thread it lives on (never the GUI
/// thread: HistoryChartLoader gives it one). It has a client::Store of its own on the console's
/// cache file, opened at the first read: SQLite connections belong to one thread, and in WAL mode
/// a reader neither waits for the sync engine's writes nor holds them up.
class HistoryChartReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryChartReader(QString cachePath, QObject *parent = nullptr);
    ~HistoryChartReader() override;

    /// Every cached minute as the chart's series, with `assetId`'s output; an Error when the
    /// cache cannot be opened or read.
    domain::Result<HistoryChartSeries> read(const QString &assetId);

private:
    QString m_cachePath;
    std::unique_ptr<client::Store> m_store;
};

} // namespace et::models
