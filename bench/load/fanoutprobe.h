// SPDX-License-Identifier: MIT
#pragma once

#include "latencystats.h"

#include <QHostAddress>
#include <QJsonObject>

namespace et::bench {

class SubscriberFleet;

/// What one fan-out measurement found.
struct FanoutResult
{
    int triggers = 0;
    int created = 0;            ///< POSTs answered 201
    int clients = 0;            ///< subscribers connected when it started
    qint64 expected = 0;        ///< created × clients
    qint64 received = 0;        ///< (client, event) pairs seen, duplicates excluded
    qint64 duplicates = 0;
    int completeClients = 0;    ///< clients that saw every created disaster
    LatencyStats fromSend;      ///< POST written → event arrived at a client
    LatencyStats postAnswer;    ///< POST written → its 201 arrived
    LatencyStats firstReceipt;  ///< per event: POST written → the first client had it
    LatencyStats spread;        ///< per event: first client had it → last client had it
    QString error;

    QJsonObject toJson() const;
};

/// Measures event fan-out end to end: registers disasters with `POST /api/v1/disasters` (a
/// harmless one: severity 1, half a kilometre wide, at sea south-west of Jeju, so the
/// simulation is not disturbed), and for every subscriber takes the time from writing the POST
/// to that subscriber's receipt of the matching `disaster.created` event (matched by the id in
/// the 201 answer). The event may arrive before the 201: the server publishes on commit.
class FanoutProbe
{
public:
    /// The POSTs carry `accessToken` (an operator's: `manage_disasters`).
    FanoutProbe(SubscriberFleet &fleet, quint16 port, const QByteArray &accessToken);

    /// `triggers` POSTs, `gapMs` apart; then waits up to `settleMs` for every subscriber.
    FanoutResult run(int triggers, int gapMs, int settleMs = 10000);

private:
    SubscriberFleet &m_fleet;
    quint16 m_port;
    QByteArray m_accessToken;
};

} // namespace et::bench
