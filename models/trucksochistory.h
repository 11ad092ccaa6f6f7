// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// One truck's state of charge over the last 24 hours, for its chart in the Dispatch view: the
/// cache's samples (client::Store::truckSocHistory, a sample a simulated minute, kept offline),
/// as points of (hours before the cache's latest minute, SoC in %), the last sample held until
/// that minute (a truck that stands still sends no updates), re-read when the cache's trucks or
/// balance change. The line joins the samples across a time the console was not syncing.
class TruckSocHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString truckId READ truckId NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The newest sample's SoC, %, or −1 without samples.
    Q_PROPERTY(double latestPercent READ latestPercent NOTIFY changed)
public:
    static constexpr int kHours = 24;

    explicit TruckSocHistory(client::Store *store, QObject *parent = nullptr);

    QString truckId() const { return m_truckId; }
    void setTruckId(const QString &id);
    int count() const { return int(m_points.size()); }
    double latestPercent() const { return m_points.isEmpty() ? -1.0 : m_points.last().y(); }
    /// x: hours before the cache's latest minute (−24 … 0), y: SoC in %.
    const QList<QPointF> &points() const { return m_points; }

signals:
    void changed();

private:
    void reload();

    client::Store *m_store;
    QString m_truckId;
    QList<QPointF> m_points;
};

} // namespace et::models
