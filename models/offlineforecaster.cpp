// SPDX-License-Identifier: MIT
#include "offlineforecaster.h"

#include "domain/energy/offlineforecast.h"

#include <QPromise>

#include <memory>

namespace et::models {

OfflineForecaster::OfflineForecaster(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("offline-forecast"));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &OfflineForecaster::done);
}

OfflineForecaster::~OfflineForecaster()
{
    m_pool.waitForDone();
}

void OfflineForecaster::request(const domain::energy::ForecastInputs &inputs, const QList<domain::Asset> &assets, const QDateTime &issued)
{
    Request r{inputs, assets, issued};
    if (m_running)
        m_waiting = std::move(r);
    else
        start(std::move(r));
}

void OfflineForecaster::start(Request request)
{
    m_running = true;
    // QPromise is move-only; the pool's task is a copyable std::function, so both share it.
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    m_pool.start([promise, request = std::move(request)] {
        Outcome out;
        out.issued = request.issued;
        auto f = domain::energy::OfflineForecast::recompute(request.inputs, request.assets, request.issued);
        if (f.ok())
            out.forecast = std::move(f).value();
        else
            out.error = f.error().toString();
        promise->addResult(std::move(out));
        promise->finish();
    });
}

void OfflineForecaster::done()
{
    m_running = false;
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome{};
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
    }
    emit finished(outcome);
}

} // namespace et::models
