// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/energyforecast.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// The island's energy forecast from the Store (the last one the server issued), as the Energy
/// view shows it: when it was issued, the curtailment windows of the next 24 h, the first one as
/// an alert with how many energy trucks could absorb it, and the lowest-carbon hours.
/// `available` is false until a forecast is cached. Charts read the whole result (forecast()).
class ForecastModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QDateTime issued READ issued NOTIFY changed)
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
    explicit ForecastModel(client::Store *store, QObject *parent = nullptr);

    bool available() const { return m_forecast.has_value(); }
    QDateTime issued() const { return m_forecast ? m_forecast->issued : QDateTime(); }
    QVariantList windows() const;
    bool alert() const { return m_forecast && !m_forecast->windows.isEmpty(); }
    QVariantMap alertWindow() const;
    int alertTrucks() const { return m_alertTrucks; }
    int trucksInService() const { return m_trucksInService; }
    bool alertCovered() const { return m_alertCovered; }
    QVariantList lowCarbonHours() const;

    /// A window whose expected energy is at least 1 MWh (not only its P90).
    static bool isLikely(const domain::energy::CurtailmentWindow &window) { return window.energyMwh.p50 >= 1.0; }

    /// The whole forecast (empty when none is cached).
    const domain::energy::EnergyForecastResult &forecast() const;

    /// Reads the forecast and the trucks from the store again.
    void reload();

signals:
    void changed();

private:
    void countTrucks();

    client::Store *m_store;
    std::optional<domain::energy::EnergyForecastResult> m_forecast;
    int m_alertTrucks = 0;
    int m_trucksInService = 0;
    bool m_alertCovered = false;
};

} // namespace et::models
