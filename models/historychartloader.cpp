// SPDX-License-Identifier: MIT
#include "historychartloader.h"

#include "client/store.h"
#include "energychartdata.h"
#include "historychartreader.h"
#include "modelslogging.h"

namespace et::models {

HistoryChartLoader::HistoryChartLoader(client::Store *store, EnergyChartData *chart, QObject *parent)
    : QObject(parent), m_chart(chart)
{
    if (!store || store->filePath().isEmpty())
        return;
    m_thread.setObjectName(QStringLiteral("et-history-chart"));
    m_reader = new HistoryChartReader(store->filePath());
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    connect(store, &client::Store::historyChanged, this, &HistoryChartLoader::reload);
    reload();
}

HistoryChartLoader::~HistoryChartLoader()
{
    // A read under way finishes first (tens of milliseconds at most); its answer is dropped, as
    // it is addressed to this object.
    m_thread.quit();
    m_thread.wait();
}

void HistoryChartLoader::setAssetId(const QString &assetId)
{
    if (assetId == m_assetId)
        return;
    m_assetId = assetId;
    reload();
}

void HistoryChartLoader::reload()
{
    if (!m_reader)
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    startRead();
}

void HistoryChartLoader::startRead()
{
    m_reading = true;
    m_readAgain = false;
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, loader = this, assetId = m_assetId] {
        auto read = reader->read(assetId);
        QMetaObject::invokeMethod(loader, [loader, read = std::move(read)] { loader->apply(read); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void HistoryChartLoader::apply(const domain::Result<HistoryChartSeries> &read)
{
    m_reading = false;
    domain::Status status = domain::Ok{};
    if (!read.ok()) {
        status = read.error();
    } else if (auto measured = m_chart->setMeasured(read.value().island); !measured.ok()) {
        status = measured;
    } else if (read.value().assetId == m_assetId) { // else a read for the new asset follows
        status = m_chart->setAssetOutput(read.value().assetId, read.value().asset);
    }
    if (!status.ok())
        qCWarning(lcModels).noquote() << "the energy chart keeps its series: reading the history failed:" << status.error().toString();
    emit loaded(status.error().toString());
    if (m_readAgain)
        startRead();
}

} // namespace et::models
