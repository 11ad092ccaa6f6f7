// SPDX-License-Identifier: MIT
#pragma once

#include "domain/truckdaytotals.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// Today's KPIs of the energy trucks for the Dispatch view, as the latest synced balance carries
/// them (domain::TruckDayTotals, summed by the server minute by minute over the KST day): MWh
/// absorbed from curtailment, MWh delivered, the value at SMP, CO₂ avoided with the factor it
/// used, and the share of the day's surplus the trucks absorbed. Read from the offline cache, so
/// the figures stay on screen with no network (with the balance's age beside them).
class TruckDayKpis : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    Q_PROPERTY(double absorbedMwh READ absorbedMwh NOTIFY changed)
    Q_PROPERTY(double deliveredMwh READ deliveredMwh NOTIFY changed)
    Q_PROPERTY(double gridChargedMwh READ gridChargedMwh NOTIFY changed)
    Q_PROPERTY(double valueKrw READ valueKrw NOTIFY changed)
    Q_PROPERTY(double co2AvoidedKg READ co2AvoidedKg NOTIFY changed)
    /// g/kWh the CO₂ figure used on average (the consumed mix's intensity at delivery).
    Q_PROPERTY(double co2FactorGPerKwh READ co2FactorGPerKwh NOTIFY changed)
    /// 0..1, or −1 while nothing was curtailed or absorbed today.
    Q_PROPERTY(double shareAbsorbed READ shareAbsorbed NOTIFY changed)
public:
    explicit TruckDayKpis(client::Store *store, QObject *parent = nullptr);

    bool available() const { return m_totals.has_value(); }
    QString day() const;
    double absorbedMwh() const { return m_totals ? m_totals->absorbedMwh : 0.0; }
    double deliveredMwh() const { return m_totals ? m_totals->deliveredMwh : 0.0; }
    double gridChargedMwh() const { return m_totals ? m_totals->gridChargedMwh : 0.0; }
    double valueKrw() const { return m_totals ? m_totals->valueKrw : 0.0; }
    double co2AvoidedKg() const { return m_totals ? m_totals->co2AvoidedKg : 0.0; }
    double co2FactorGPerKwh() const { return m_totals ? m_totals->avoidedGPerKwh() : 0.0; }
    double shareAbsorbed() const { return m_totals ? m_totals->shareAbsorbed().value_or(-1.0) : -1.0; }

signals:
    void changed();

private:
    void reload();

    client::Store *m_store;
    std::optional<domain::TruckDayTotals> m_totals;
};

} // namespace et::models
