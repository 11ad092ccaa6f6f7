// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/energy/energyforecast.h"
#include "domain/energy/forecastinputs.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace et::models {

/// Computes the island's forecast again at a new issue time (domain::energy::OfflineForecast) on
/// a thread of its own, so the GUI thread never waits for it: a forecast is a few hundred
/// thousand balance steps. One runs at a time; a request made meanwhile waits, and a newer one
/// replaces it (only the newest issue time matters). `finished` comes on the thread the
/// forecaster lives on. Destroying it waits for the one running.
class OfflineForecaster : public QObject
{
    Q_OBJECT
public:
    /// What came of one request: the forecast, or why there is none.
    struct Outcome
    {
        QDateTime issued;
        std::optional<domain::energy::EnergyForecastResult> forecast;
        QString error;
    };

    explicit OfflineForecaster(QObject *parent = nullptr);
    ~OfflineForecaster() override;

    void request(const domain::energy::ForecastInputs &inputs, const QList<domain::Asset> &assets, const QDateTime &issued);
    /// A request runs or waits.
    bool busy() const { return m_running || m_waiting.has_value(); }

signals:
    void finished(const et::models::OfflineForecaster::Outcome &outcome);

private:
    struct Request
    {
        domain::energy::ForecastInputs inputs;
        QList<domain::Asset> assets;
        QDateTime issued;
    };
    void start(Request request);
    void done();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_waiting;
    bool m_running = false;
    QThreadPool m_pool; ///< last: destroyed first, it waits for the running computation
};

} // namespace et::models
