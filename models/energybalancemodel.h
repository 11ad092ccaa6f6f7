// SPDX-License-Identifier: MIT
#pragma once

#include "energyinstant.h"

#include "domain/energybalance.h"

#include <QDateTime>
#include <QObject>

#include <optional>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The island-wide energy balance at the instant the Energy view shows (EnergyInstant: the latest
/// cached balance, or a minute of the cached history), as plain properties for the panel.
/// `available` is false until the cache holds a balance, and for a scrubbed minute the cache lacks;
/// the numbers are then 0 and must not be shown as data. The links' flows are
/// Console.hvdcFlows (HvdcFlowModel), over the same instant.
class EnergyBalanceModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QDateTime timestamp READ timestamp NOTIFY changed)
    Q_PROPERTY(double demandMw READ demandMw NOTIFY changed)
    Q_PROPERTY(double thermalMw READ thermalMw NOTIFY changed)
    Q_PROPERTY(double windMw READ windMw NOTIFY changed)
    Q_PROPERTY(double solarMw READ solarMw NOTIFY changed)
    Q_PROPERTY(double truckDischargeMw READ truckDischargeMw NOTIFY changed)
    Q_PROPERTY(double hvdcImportMw READ hvdcImportMw NOTIFY changed)
    Q_PROPERTY(double curtailmentMw READ curtailmentMw NOTIFY changed)
    Q_PROPERTY(double renewableShare READ renewableShare NOTIFY changed)
    Q_PROPERTY(double smpKrwPerKwh READ smpKrwPerKwh NOTIFY changed)
    /// gCO₂eq/kWh of what Jeju consumes; 0 when the server did not say.
    Q_PROPERTY(double carbonGPerKwh READ carbonGPerKwh NOTIFY changed)
public:
    explicit EnergyBalanceModel(EnergyInstant *instant, QObject *parent = nullptr);

    bool available() const { return m_balance.has_value(); }
    QDateTime timestamp() const { return m_balance ? m_balance->timestamp : QDateTime(); }
    double demandMw() const { return m_balance ? m_balance->demandMw : 0.0; }
    double thermalMw() const { return m_balance ? m_balance->thermalMw : 0.0; }
    double windMw() const { return m_balance ? m_balance->windMw : 0.0; }
    double solarMw() const { return m_balance ? m_balance->solarMw : 0.0; }
    double truckDischargeMw() const { return m_balance ? m_balance->truckDischargeMw : 0.0; }
    double hvdcImportMw() const { return m_balance ? m_balance->hvdcImportMw() : 0.0; }
    double curtailmentMw() const { return m_balance ? m_balance->curtailmentMw : 0.0; }
    double renewableShare() const { return m_balance ? m_balance->renewableShare : 0.0; }
    double smpKrwPerKwh() const { return m_balance ? m_balance->smpKrwPerKwh : 0.0; }
    double carbonGPerKwh() const { return m_balance ? m_balance->carbonGPerKwh : 0.0; }

    /// Takes the instant's balance again; emits changed() only when it differs.
    void reload();

signals:
    void changed();

private:
    const EnergyInstant *m_instant;
    std::optional<domain::EnergyBalance> m_balance;
};

} // namespace et::models
