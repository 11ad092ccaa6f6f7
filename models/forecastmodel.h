// SPDX-License-Identifier: MIT
#pragma once

#include "offlineforecaster.h"

#include "domain/energy/energyforecast.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <optional>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// The island's energy forecast as the Energy view shows it: when it was issued and how old it
/// is, the curtailment windows of the next 24 h, the first one as an alert with how many energy
/// trucks could absorb it, and the lowest-carbon hours. `available` is false until a forecast is
/// cached. Charts read the whole result (forecast()).
///
/// The forecast is the one the server issued last (cached in the Store) — or, while the console
/// is offline (setOffline) and that one is a quarter-hour old or more, the same computed again
/// by the console at the newest quarter-hour (`source` Offline, `recomputed`), from the cached
/// assets and the inputs the server sent with it (OfflineForecaster, off the GUI thread), every
/// quarter-hour while it stays offline. A forecast the server sends replaces it.
///
/// "Now" is the simulation's time, which only the server knows: the newest cached balance's
/// time, advanced by the wall time since it arrived (at start, since the cache was last
/// written). Offline this ASSUMES the simulation runs at real time; a server running faster
/// (the bundled one runs 60×) is further on than that, which cannot be known without it.
class ForecastModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QDateTime issuedAt READ issuedAt NOTIFY changed)
    /// Where the forecast shown comes from, and the same as a flag.
    Q_PROPERTY(Source source READ source NOTIFY changed)
    Q_PROPERTY(bool recomputed READ recomputed NOTIFY changed)
    /// When the outlook it was computed from was issued: the server's forecast's issue time.
    Q_PROPERTY(QDateTime outlookIssuedAt READ outlookIssuedAt NOTIFY changed)
    /// Simulated seconds since it was issued (-1 without a forecast), and as a phrase ("25 min").
    Q_PROPERTY(int ageSeconds READ ageSeconds NOTIFY ageChanged)
    Q_PROPERTY(QString ageText READ ageText NOTIFY ageChanged)
    /// Why the forecast could not be computed again offline ("" when nothing stands in the way).
    Q_PROPERTY(QString recomputeError READ recomputeError NOTIFY changed)
    /// The curtailment windows of the next 24 h: {start, end, hours, mwh, mwhP10, mwhP90, peakMw}.
    Q_PROPERTY(QVariantList windows READ windows NOTIFY changed)
    /// The first window, when there is one: the alert the Energy view raises.
    Q_PROPERTY(bool alert READ alert NOTIFY changed)
    Q_PROPERTY(QVariantMap alertWindow READ alertWindow NOTIFY changed)
    /// Trucks that could take the alert window's energy — expected, or P90 when only the P90
    /// curtails — (their free battery, the emptiest first), and how many are in service at all.
    Q_PROPERTY(int alertTrucks READ alertTrucks NOTIFY changed)
    Q_PROPERTY(int trucksInService READ trucksInService NOTIFY changed)
    /// Whether those trucks could take all of it.
    Q_PROPERTY(bool alertCovered READ alertCovered NOTIFY changed)
    /// The three hours of the next 24 h with the lowest expected carbon intensity, earliest
    /// first: {start, gPerKwh}.
    Q_PROPERTY(QVariantList lowCarbonHours READ lowCarbonHours NOTIFY changed)
public:
    enum class Source { Server, Offline };
    Q_ENUM(Source)
    /// The wall clock (UTC); tests replace it rather than wait a quarter-hour.
    using Clock = std::function<QDateTime()>;

    explicit ForecastModel(client::Store *store, QObject *parent = nullptr);

    bool available() const { return m_server.has_value(); }
    QDateTime issuedAt() const { return available() ? shown().issued : QDateTime(); }
    Source source() const { return m_recomputed ? Source::Offline : Source::Server; }
    bool recomputed() const { return m_recomputed.has_value(); }
    QDateTime outlookIssuedAt() const { return m_server ? m_server->issued : QDateTime(); }
    int ageSeconds() const { return m_ageSeconds; }
    QString ageText() const;
    QString recomputeError() const { return m_recomputeError; }
    QVariantList windows() const;
    bool alert() const { return available() && !shown().windows.isEmpty(); }
    QVariantMap alertWindow() const;
    int alertTrucks() const { return m_alertTrucks; }
    int trucksInService() const { return m_trucksInService; }
    bool alertCovered() const { return m_alertCovered; }
    QVariantList lowCarbonHours() const;

    /// A window whose expected energy is at least 1 MWh (not only its P90).
    static bool isLikely(const domain::energy::CurtailmentWindow &window) { return window.energyMwh.p50 >= 1.0; }

    /// The whole forecast shown (empty when none is cached).
    const domain::energy::EnergyForecastResult &forecast() const;

    /// Reads the forecast and the trucks from the store again.
    void reload();
    /// Whether the server cannot be reached: offline, a stale forecast is computed again.
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }
    /// The simulation's time as this model reckons it (see the class comment); invalid without data.
    QDateTime simulatedNow() const;
    void setClock(Clock clock);
    /// How often age and staleness are looked at (wall ms; 5 s by default).
    void setCheckInterval(int ms) { m_tick.setInterval(ms); }
    /// Looks now how old the forecast is, and recomputes it if it is stale and the console offline.
    void check();
    /// A recomputation runs or waits.
    bool recomputing() const { return m_forecaster.busy(); }

signals:
    void changed();
    void ageChanged();

private:
    const domain::energy::EnergyForecastResult &shown() const { return m_recomputed ? *m_recomputed : *m_server; }
    void countTrucks();
    void noteBalance();
    void refreshAge();
    void takeRecomputed(const OfflineForecaster::Outcome &outcome);

    client::Store *m_store;
    std::optional<domain::energy::EnergyForecastResult> m_server;
    std::optional<domain::energy::EnergyForecastResult> m_recomputed;
    OfflineForecaster m_forecaster;
    QDateTime m_requested;      ///< the issue time last asked of the forecaster
    QString m_recomputeError;
    bool m_offline = false;
    Clock m_clock;
    QDateTime m_anchorSim;      ///< the newest simulated time known …
    QDateTime m_anchorWall;     ///< … and the wall time it arrived
    int m_ageSeconds = -1;
    QTimer m_tick;
    int m_alertTrucks = 0;
    int m_trucksInService = 0;
    bool m_alertCovered = false;
};

} // namespace et::models
