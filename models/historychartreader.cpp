// SPDX-License-Identifier: MIT
#include "historychartreader.h"

#include "client/store.h"
#include "domain/energyhistorypage.h"

namespace et::models {

HistoryChartReader::HistoryChartReader(QString cachePath, QObject *parent) : QObject(parent), m_cachePath(std::move(cachePath)) {}

HistoryChartReader::~HistoryChartReader() = default;

domain::Result<HistoryChartSeries> HistoryChartReader::read(const QString &assetId)
{
    if (!m_store) {
        auto store = std::make_unique<client::Store>();
        if (auto opened = store->open(m_cachePath, client::Store::Access::Reader); !opened.ok())
            return opened.error();
        m_store = std::move(store);
    }
    const QDateTime oldest = m_store->oldestHistoryMinute();
    const QDateTime newest = m_store->newestHistoryMinute();
    if (!oldest.isValid() || !newest.isValid())
        return HistoryChartSeries::of({}, assetId);
    const auto page = m_store->history(oldest, newest.addSecs(60));
    if (!page.ok())
        return page.error();
    return HistoryChartSeries::of(page.value(), assetId);
}

} // namespace et::models
