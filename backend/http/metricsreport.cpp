// SPDX-License-Identifier: MIT
#include "http/metricsreport.h"

namespace et::backend {

namespace {
void header(QByteArray &out, const char *name, const char *help, const char *type)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const QByteArray &name, double value)
{
    out += name + ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

void gauge(QByteArray &out, const char *name, const char *help, double value)
{
    header(out, name, help, "gauge");
    sample(out, name, value);
}

void counter(QByteArray &out, const char *name, const char *help, quint64 value)
{
    header(out, name, help, "counter");
    sample(out, name, double(value));
}

void histogram(QByteArray &out, const char *name, const char *help, const LatencyHistogram &h)
{
    header(out, name, help, "histogram");
    const QList<quint64> cumulative = h.cumulative();
    for (qsizetype i = 0; i < h.bounds().size(); ++i)
        sample(out, QByteArray(name) + "_bucket{le=\"" + QByteArray::number(h.bounds()[i], 'g', 6) + "\"}", double(cumulative[i]));
    sample(out, QByteArray(name) + "_bucket{le=\"+Inf\"}", double(h.count()));
    sample(out, QByteArray(name) + "_sum", h.sum());
    sample(out, QByteArray(name) + "_count", double(h.count()));
}
} // namespace

QByteArray MetricsReport::render(const MetricsSnapshot &m)
{
    QByteArray out;
    out += "# HELP et_http_responses_total HTTP answers sent, by status code.\n"
           "# TYPE et_http_responses_total counter\n";
    for (auto it = m.httpResponsesByStatus.cbegin(); it != m.httpResponsesByStatus.cend(); ++it)
        out += "et_http_responses_total{status=\"" + QByteArray::number(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';
    histogram(out, "et_http_request_duration_seconds", "Time to answer an HTTP request, seconds.", m.httpLatency);
    counter(out, "et_idempotent_replays_total", "Operator commands answered from their idempotency record.", m.idempotentReplays);
    gauge(out, "et_websocket_clients", "Connected WebSocket clients.", m.webSocketClients);
    counter(out, "et_websocket_events_sent_total", "Events written to WebSocket clients.", m.webSocketEventsSent);
    counter(out, "et_websocket_events_dropped_total", "Events not sent to WebSocket clients that stopped reading.", m.webSocketEventsDropped);
    counter(out, "et_websocket_resyncs_total", "Resync messages sent to WebSocket clients that caught up.", m.webSocketResyncs);
    gauge(out, "et_orders_open", "Dispatch orders accepted or active.", m.openOrders);
    gauge(out, "et_change_cursor", "Newest change-log cursor.", double(m.cursor));
    gauge(out, "et_sim_time_seconds", "Simulated time, Unix seconds.", double(m.simTime.toSecsSinceEpoch()));
    gauge(out, "et_demand_mw", "Island demand in the newest balance, MW.", m.demandMw);
    gauge(out, "et_curtailment_mw", "Renewable output curtailed in the newest balance, MW.", m.curtailmentMw);
    gauge(out, "et_smp_krw_per_kwh", "System marginal price in the newest balance, KRW/kWh.", m.smpKrwPerKwh);
    gauge(out, "et_renewable_share", "Wind and solar share of demand in the newest balance, 0..1.", m.renewableShare);
    return out;
}

} // namespace et::backend
